/**
 * Words that end with a full stop without ending a sentence, in the three
 * languages the extractor reads. Compared in lower case, without the stop.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'cpl', 'pte', 'adm',
  'hon', 'rev', 'st', 'no', 'nos', 'vol', 'art', 'fig', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'etc', 'vs', 'approx', 'est', 'a.m', 'p.m', 'km', 'gov', 'govt',
  'm', 'mme', 'mlle', 'me', 'sr', 'sra', 'srta', 'dña', 'av', 'pág', 'p', 'pp', 'cf', 'env', 'ca',
]);
