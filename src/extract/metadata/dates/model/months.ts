/**
 * Month names by language, as data. Each language lists the twelve months in
 * order; a month may have several spellings (Levantine and Egyptian Arabic
 * names, "Maerz" for "März"). Abbreviations are kept apart because they are
 * only trusted when a year sits beside them ("5 ago 2020", not "5 ago").
 */

/** Full month names, index 0 = January. */
export const MONTHS_FULL: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [['january'], ['february'], ['march'], ['april'], ['may'], ['june'], ['july'], ['august'], ['september'], ['october'], ['november'], ['december']],
  fr: [['janvier'], ['février'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août'], ['septembre'], ['octobre'], ['novembre'], ['décembre']],
  es: [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre']],
  de: [['januar', 'jänner'], ['februar', 'feber'], ['märz', 'maerz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['dezember']],
  tr: [['ocak'], ['şubat'], ['mart'], ['nisan'], ['mayıs'], ['haziran'], ['temmuz'], ['ağustos'], ['eylül'], ['ekim'], ['kasım'], ['aralık']],
  ar: [
    ['يناير', 'كانون الثاني', 'جانفي'],
    ['فبراير', 'شباط', 'فيفري'],
    ['مارس', 'آذار'],
    ['أبريل', 'ابريل', 'إبريل', 'نيسان', 'أفريل', 'افريل'],
    ['مايو', 'أيار', 'ايار', 'ماي'],
    ['يونيو', 'يونيه', 'حزيران', 'جوان'],
    ['يوليو', 'يوليه', 'تموز', 'جويلية'],
    ['أغسطس', 'اغسطس', 'آب', 'أوت', 'اوت'],
    ['سبتمبر', 'أيلول', 'ايلول'],
    ['أكتوبر', 'اكتوبر', 'تشرين الأول', 'تشرين الاول', 'أكتوبر'],
    ['نوفمبر', 'تشرين الثاني'],
    ['ديسمبر', 'كانون الأول', 'كانون الاول', 'دجنبر'],
  ],
  pt: [['janeiro'], ['fevereiro'], ['março'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro'], ['outubro'], ['novembro'], ['dezembro']],
  it: [['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre'], ['ottobre'], ['novembre'], ['dicembre']],
  nl: [['januari'], ['februari'], ['maart'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december']],
  ru: [
    ['январь', 'января'], ['февраль', 'февраля'], ['март', 'марта'], ['апрель', 'апреля'], ['май', 'мая'], ['июнь', 'июня'],
    ['июль', 'июля'], ['август', 'августа'], ['сентябрь', 'сентября'], ['октябрь', 'октября'], ['ноябрь', 'ноября'], ['декабрь', 'декабря'],
  ],
  fa: [['ژانویه'], ['فوریه'], ['مارس'], ['آوریل'], ['مه'], ['ژوئن'], ['ژوئیه'], ['اوت'], ['سپتامبر'], ['اکتبر'], ['نوامبر'], ['دسامبر']],
};

/** Abbreviated month names (a trailing dot is allowed in the text). */
export const MONTHS_ABBR: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [['jan'], ['feb'], ['mar'], ['apr'], [], ['jun'], ['jul'], ['aug'], ['sep', 'sept'], ['oct'], ['nov'], ['dec']],
  fr: [['janv'], ['févr', 'fév'], [], ['avr'], [], [], ['juil'], [], ['sept'], ['oct'], ['nov'], ['déc']],
  es: [['ene'], ['feb'], ['mar'], ['abr'], ['may'], ['jun'], ['jul'], ['ago'], ['sep', 'sept', 'set'], ['oct'], ['nov'], ['dic']],
  de: [['jan'], ['feb'], ['mär', 'mrz'], ['apr'], [], ['jun'], ['jul'], ['aug'], ['sep', 'sept'], ['okt'], ['nov'], ['dez']],
  tr: [['oca'], ['şub'], ['mar'], ['nis'], ['may'], ['haz'], ['tem'], ['ağu'], ['eyl'], ['eki'], ['kas'], ['ara']],
  pt: [['jan'], ['fev'], ['mar'], ['abr'], ['mai'], ['jun'], ['jul'], ['ago'], ['set'], ['out'], ['nov'], ['dez']],
  it: [['gen'], ['feb'], ['mar'], ['apr'], ['mag'], ['giu'], ['lug'], ['ago'], ['set'], ['ott'], ['nov'], ['dic']],
  nl: [['jan'], ['feb'], ['mrt'], ['apr'], [], ['jun'], ['jul'], ['aug'], ['sep', 'sept'], ['okt'], ['nov'], ['dec']],
};
