/**
 * Month and weekday names, and relative day expressions, in English, French
 * and Spanish, for resolving event dates against the statement's date.
 */

/** Month names (and common abbreviations) to month numbers 1–12, lower case. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8,
  septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};

/** Weekday names to JavaScript day numbers (0 = Sunday), lower case. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  domingo: 0, lunes: 1, martes: 2, miércoles: 3, miercoles: 3, jueves: 4, viernes: 5, sábado: 6, sabado: 6,
};

/** Expressions naming a day relative to the statement's date, with the offset in days. */
export const RELATIVE_DAYS: readonly { readonly pattern: string; readonly days: number }[] = [
  { pattern: String.raw`\bthe day before yesterday\b|\bavant-hier\b|\banteayer\b|\bantier\b`, days: -2 },
  { pattern: String.raw`\byesterday\b|\blast night\b|\bhier\b|\bayer\b|\banoche\b|\bla nuit dernière\b`, days: -1 },
  { pattern: String.raw`\btoday\b|\bthis (?:morning|afternoon|evening)\b|\btonight\b|\baujourd'hui\b|\bce matin\b|\bhoy\b|\besta (?:mañana|tarde|noche)\b`, days: 0 },
];

/** "N days ago" in the three languages; group 1 is the number. */
export const DAYS_AGO = String.raw`\b([\p{L}\d-]+) days? ago\b|\bil y a ([\p{L}\d-]+) jours?\b|\bhace ([\p{L}\d-]+) días?\b`;

/** Expressions that put an event on the same day as the one told just before. */
export const SAME_DAY = String.raw`\b(?:the same (?:day|evening|night|morning|afternoon)|on the same day|that (?:same )?(?:day|evening|night)|hours later|later that day|le même jour|le soir même|quelques heures plus tard|ese mismo día|el mismo día|horas después|esa misma noche)\b`;

/** Relative spans resolved to a month or a year. */
export const RELATIVE_SPANS: readonly { readonly pattern: string; readonly unit: 'week' | 'month' | 'year' }[] = [
  { pattern: String.raw`\blast week\b|\bla semaine dernière\b|\bla semana pasada\b`, unit: 'week' },
  { pattern: String.raw`\blast month\b|\ble mois dernier\b|\bel mes pasado\b`, unit: 'month' },
  { pattern: String.raw`\blast year\b|\bl'année dernière\b|\bl'an dernier\b|\bel año pasado\b`, unit: 'year' },
];
