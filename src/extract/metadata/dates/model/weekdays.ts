/**
 * Weekday names by language (and the common English abbreviations). A weekday
 * beside a date marks a page or posting date ("Monday, 03 November 2014"),
 * which the boilerplate step uses; the weekday itself never changes the date.
 */
export const WEEKDAYS: Readonly<Record<string, readonly string[]>> = {
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  de: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag'],
  tr: ['pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar'],
  ar: ['الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'الاحد'],
  pt: ['segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado', 'domingo'],
  it: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  ru: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
};

/** Words that may stand between the parts of a date ("14 de marzo de 2019", "the 9th of October"). */
export const DATE_PARTICLES: readonly string[] = ['de', 'del', 'of', 'the', 'den', 'der', 'am', 'el', 'le', 'la', 'в', 'في'];

/** Ordinal suffixes written after a day number ("9th", "1er", "1º"). */
export const ORDINAL_SUFFIXES: readonly string[] = ['st', 'nd', 'rd', 'th', 'er', 'ere', 're', 'e', 'eme', 'º', 'ª', 'o', 'a', 'inci', 'nci', 'ncı', 'üncü', 'uncu'];

/** Words that introduce a time after a date ("at 3:17 pm", "à 10 h 14", "a las 7:21"). */
export const TIME_LEADS: readonly string[] = ['at', 'à', 'a', 'las', 'um', 'saat', 'alle', 'om', 'в', 'الساعة', 'h', 'uhr'];
