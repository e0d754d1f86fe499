/**
 * Arabic forms for gazetteer look-up: a token often carries a conjunction or
 * preposition (و ف ب ل ك) and the article (ال) glued to the name.
 * @module
 */

const CLITICS = /^(?:و|ف)?(?:ب|ل|ك)?/u;

/** Look-up forms of an Arabic token, most specific first: as written, without clitics, without the article. */
export function arabicForms(token: string): string[] {
  const forms = new Set<string>([token]);
  const bare = token.replace(CLITICS, '');
  if (bare.length >= 2) forms.add(bare);
  // "لل" is "ل" + "ال"
  if (token.startsWith('لل') && token.length > 3) forms.add('ال' + token.slice(2));
  for (const f of [...forms]) if (f.startsWith('ال') && f.length > 3) forms.add(f.slice(2));
  return [...forms];
}

/** Whether a token is written in Arabic script. */
export function isArabic(token: string): boolean {
  return /\p{Script=Arabic}/u.test(token);
}

/** Length of the clitics glued before an Arabic name in `token` (و، ف، ب، ل، ك), when the rest is `isName`; else 0. */
export function arabicCliticLength(token: string, isName: (form: string) => boolean): number {
  if (!isArabic(token) || isName(token)) return 0;
  const m = CLITICS.exec(token);
  const n = m === null ? 0 : m[0].length;
  return n > 0 && token.length - n >= 2 && isName(token.slice(n)) ? n : 0;
}
