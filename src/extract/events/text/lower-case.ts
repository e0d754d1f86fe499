/**
 * Lower case that keeps every offset: cue patterns are written in lower case
 * and compiled without the costly case-insensitive flag, and the offsets of
 * their matches must still point into the original text.
 */

/** `text` in lower case, character by character where whole-string lowering would change its length. */
export function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const c of text) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}
