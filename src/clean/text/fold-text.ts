/**
 * Folding text for look-ups: word lists are written with their accents
 * ("août", "Şubat", "آذار") but pages spell them many ways ("aout", "SUBAT",
 * "اذار"), so both sides are compared after the same folding.
 */

// NFKD leaves these letters whole, yet readers treat them as a base letter with a mark.
const FOLD: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', 'ـ': '' };
const FOLD_RE = /[ıłøđðħßæœþـ]/g;
const MARKS_RE = /\p{M}+/gu;

const ASCII_RE = /^[\x00-\x7f]*$/;

/** Lower-cases text, drops diacritics (Latin and Arabic) and folds a few letters NFKD keeps whole. */
export function foldText(text: string): string {
  if (ASCII_RE.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .toLowerCase()
    .replace(FOLD_RE, (c) => FOLD[c] ?? c);
}

const QUOTES_RE = /[‘’‚‛′`´]/g;
const DQUOTES_RE = /[“”„‟″]/g;
const DASHES_RE = /[‐‑‒–—―−]/g;
const SPACES_RE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/gu;

// Several steps fold the same lines; a bounded memo spares the repeated Unicode normalisation.
const MEMO_LIMIT = 100_000;
const MEMO_MAX_CHARS = 600;
const memo = new Map<string, string>();

/** `foldText` plus plain quotes and dashes and collapsed white space: the form cue patterns are matched against. */
export function foldForCues(text: string): string {
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  // Plain ASCII has no accents, typographic quotes or dashes to fold: lower case and spaces only.
  const folded = ASCII_RE.test(text)
    ? text.toLowerCase().replace(/\s+/g, ' ').trim()
    : foldText(text).replace(QUOTES_RE, "'").replace(DQUOTES_RE, '"').replace(DASHES_RE, '-').replace(SPACES_RE, ' ').trim();
  if (text.length <= MEMO_MAX_CHARS) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, folded);
  }
  return folded;
}
