/**
 * Regular expressions whose `\b` and `\w` know accented Latin letters, so
 * that one cue syntax serves English, French and Spanish ("tués",
 * "asesinó").
 */

// Letters of the Latin scripts (with their accents), digits and "_": the cues are English, French and
// Spanish words. A narrow class compiles and runs several times faster than `\p{L}` in V8.
const LETTERS = '0-9A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF';
const WORD = `[${LETTERS}]`;
const NON_WORD = `[^${LETTERS}]`;
/** Start of a word: not preceded by a letter or digit. */
const WORD_START = `(?<!${WORD})`;
/** End of a word: not followed by a letter or digit. */
const WORD_END = `(?!${WORD})`;
// Group openers that do not consume text themselves: look inside them for the first token.
const GROUP_OPEN = /^(?:\(\?:|\(\?<(?![=!])[\w]+>|\((?!\?))/u;
const WORD_TOKEN = /^(?:[\p{L}\p{N}]|\\[dwp])/u;
// A character class that can hold a letter or digit: `[\p{L}…]`, `[a-z]`, `[\w'-]`; not `[ \t]` or `[^…]`.
const WORD_CLASS = /^\[(?!\^)(?:[^\]\\]|\\.)*?(?:\\p\{[LN]|\\[wd]|[\p{L}\p{N}])/u;

/**
 * Compiles `source`, case-insensitive and Unicode, with each `\b` made
 * Unicode-aware. A one-sided test is used (start of a word when a word token
 * follows the `\b`, end of a word otherwise) because the two-sided Unicode
 * boundary is several times slower in V8. `\w` and `\W` are widened to
 * accented Latin letters ("secuestró" is one word).
 */
export function wordPattern(source: string, flags = 'iu'): RegExp {
  const widened = source.replaceAll('\\w', WORD).replaceAll('\\W', NON_WORD);
  return compile(widened, flags);
}

function compile(source: string, flags: string): RegExp {
  let out = '';
  let i = 0;
  for (let at = source.indexOf('\\b'); at >= 0; at = source.indexOf('\\b', i)) {
    out += source.slice(i, at);
    i = at + 2;
    out += startsWord(source.slice(i)) ? WORD_START : WORD_END;
  }
  out += source.slice(i);
  return new RegExp(out, flags.includes('u') ? flags : flags + 'u');
}

function startsWord(rest: string): boolean {
  let s = rest;
  for (let m = GROUP_OPEN.exec(s); m; m = GROUP_OPEN.exec(s)) s = s.slice(m[0].length);
  return WORD_TOKEN.test(s) || WORD_CLASS.test(s);
}
