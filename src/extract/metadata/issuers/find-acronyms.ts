/**
 * Acronym definitions written in the text ("the Revolutionary Democratic
 * Front of India (RDFI)"), found with the Schwartz–Hearst algorithm: the
 * short form's letters are matched right to left against the words before
 * the parenthesis, the first letter at the start of a word. It runs in time
 * linear in the words looked at, and needs no word list.
 */

const SHORT_RE = /\(([\p{Lu}\d][\p{L}\d&.\-]{1,11})\)/gu;
const LEADING_ARTICLES_RE = /^(?:the|la|le|les|el|los|las|l'|die|der|das|des|du|del|de la|a|an|our|notre|nuestra|nuestro|unser|unsere)\s+/iu;
const SENTENCE_STOP_RE = /[.;:!?()"“”«»]|\s[–—-]\s/u;

/** A plausible short form: mostly capitals (at least two), few characters. */
function isShortForm(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  const upper = s.replace(/[^\p{Lu}]/gu, '').length;
  return letters.length >= 2 && upper >= 2 && upper >= letters.length * 0.6;
}

/** The long form ending where `before` ends whose letters spell `short`, or null. */
export function longFormFor(short: string, before: string): string | null {
  const words = before.trim().split(/\s+/u);
  const maxWords = Math.min(short.length + 5, short.length * 2 + 1);
  const window = words.slice(-maxWords).join(' ');
  const stop = lastStop(window);
  const text = stop >= 0 ? window.slice(stop + 1).trim() : window;
  const s = short.toLowerCase();
  const l = text.toLowerCase();
  let si = s.length - 1;
  let li = l.length - 1;
  while (si >= 0) {
    const c = s[si]!;
    if (!/[\p{L}\p{N}]/u.test(c)) {
      si--;
      continue;
    }
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && /[\p{L}\p{N}]/u.test(l[li - 1]!)))) li--;
    if (li < 0) return null;
    li--;
    si--;
  }
  const start = text.lastIndexOf(' ', li) + 1;
  let long = text.slice(start).trim().replace(LEADING_ARTICLES_RE, '');
  long = long.replace(/^[^\p{L}\p{N}]+/u, '');
  if (long.split(/\s+/u).length < 2 || !/^[\p{Lu}\d]/u.test(long)) return null;
  return long;
}

function lastStop(text: string): number {
  let last = -1;
  const re = new RegExp(SENTENCE_STOP_RE.source, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) last = m.index + m[0].length - 1;
  return last;
}

/** Short form → long form for every definition in `texts` (mixed-case long forms win over all-caps ones). */
export function findAcronyms(texts: readonly string[], maxChars = 5000): Map<string, string> {
  const map = new Map<string, string>();
  for (const raw of texts) {
    const text = raw.length > maxChars ? raw.slice(0, maxChars) : raw;
    SHORT_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SHORT_RE.exec(text)) !== null) {
      const short = m[1]!.replace(/\.$/u, '');
      if (!isShortForm(short)) continue;
      const long = longFormFor(short, text.slice(Math.max(0, m.index - 300), m.index));
      if (!long) continue;
      const prior = map.get(short);
      if (!prior || (isCaps(prior) && !isCaps(long))) map.set(short, long);
    }
  }
  return map;
}

const isCaps = (s: string) => s === s.toUpperCase();
