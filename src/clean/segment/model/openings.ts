/**
 * How statements open: salutations ("Dear comrades,") and the words of
 * editors' introductions ("Below we publish…", "The following
 * statement…"). Closings (valedictions, signatory-list heads) are in
 * `extract/metadata/model/signature-cues.ts`. Phrases are folded before matching.
 */

/** First words of a salutation line. */
export const SALUTATIONS: readonly string[] = [
  'dear', 'brothers', 'sisters', 'comrades', 'friends', 'colleagues', 'fellow', 'to the', 'to all', 'greetings',
  'chers', 'cheres', 'cher', 'chere', 'camarades', 'amis', 'amies', 'freres', 'soeurs', 'aux', 'a tous', 'a toutes', 'salut',
  'queridos', 'queridas', 'querido', 'querida', 'estimados', 'estimadas', 'companeros', 'companeras', 'hermanos', 'hermanas', 'a los', 'a las', 'saludos',
  'liebe', 'lieber', 'genossinnen', 'genossen', 'kolleginnen', 'kollegen', 'freundinnen', 'freunde', 'an die', 'an alle',
  'sevgili', 'degerli', 'yoldaslar', 'arkadaslar', 'dostlar', 'kardeslerimiz',
  'أيها', 'أيتها', 'الأعزاء', 'الرفاق', 'الإخوة', 'الاخوة', 'إلى',
];

/** Words of an editor's introduction to a text reproduced below it. */
export const INTRO_CUES: readonly string[] = [
  'below', 'the following', 'following statement', 'following is', 'we publish', 'we reproduce', 'we republish', 'reproduced below', 'published below', 'we received', 'we have received', 'was issued', 'were issued', 'translated from', 'translated by', 'translation', 'readers can', 'editor\'s note', 'editors\' note', 'ed. note', 'here is', 'here are',
  'ci-dessous', 'ci-apres', 'suivant', 'suivante', 'nous publions', 'nous reproduisons', 'nous relayons', 'traduit de', 'note de la redaction',
  'a continuacion', 'siguiente', 'publicamos', 'reproducimos', 'compartimos', 'traducido', 'nota de la redaccion',
  'im folgenden', 'nachfolgend', 'dokumentieren', 'veroffentlichen wir', 'ubersetzt', 'anmerkung der redaktion',
  'asagida', 'yayinliyoruz', 'paylasiyoruz', 'cevirisi', 'editorun notu',
  'فيما يلي', 'ننشر', 'أدناه', 'ادناه', 'التالي', 'ترجمة',
];

/** Words of a line that announces the statement below it and ends with a colon. */
export const ANNOUNCE_CUES: readonly string[] = [
  'the following statement', 'following statement', 'the following press statement', 'the following declaration', 'the following resolution', 'the following communique', 'the following message', 'the following letter', 'statement reads', 'full text', 'full statement', 'the text of the statement', 'below is', 'here is the',
  'la declaration suivante', 'le communique suivant', 'la resolution suivante', 'voici', 'texte integral', 'ci-dessous',
  'el siguiente comunicado', 'la siguiente declaracion', 'el siguiente pronunciamiento', 'a continuacion', 'texto completo',
  'folgende erklarung', 'die folgende erklarung', 'folgende stellungnahme', 'im wortlaut', 'nachfolgend',
  'asagidaki aciklama', 'asagidaki aciklamayi', 'aciklamanin tam metni',
  'البيان التالي', 'ما يلي', 'نص البيان',
];
