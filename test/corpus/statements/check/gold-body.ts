/**
 * Gold bodies cut from the raw page by their anchors, following the contract's rule
 * (first `bodyStart`, then the first `bodyEnd` ending no earlier), written apart from
 * the scorer so that the check compares two readings of the same rule.
 * @module
 */

/** Where an anchor first occurs at or after `from`: as written, or with white space relaxed. */
export function findAnchor(text: string, anchor: string, from = 0): { start: number; end: number } | null {
  const at = text.indexOf(anchor, from);
  if (at !== -1) return { start: at, end: at + anchor.length };
  const pattern = new RegExp(anchor.trim().split(/\s+/u).map(escapeRegExp).join('\\s+'), 'gu');
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** How many times an anchor occurs in the text (as written). */
export function countOccurrences(text: string, anchor: string): number {
  let count = 0;
  for (let at = text.indexOf(anchor); at !== -1; at = text.indexOf(anchor, at + 1)) count++;
  return count;
}

/** A raw page is HTML when its first non-blank character opens a tag. */
export function isHtml(raw: string): boolean {
  return /^\s*</u.test(raw);
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…',
  laquo: '«', raquo: '»', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', copy: '©',
};

/** The visible text of an HTML fragment: scripts, styles and comments dropped, tags to spaces. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/giu, ' ')
    .replace(/<!--[\s\S]*?-->/gu, ' ')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, name: string) => {
      if (name.startsWith('#')) {
        const code = /^#x/iu.test(name) ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return NAMED[name.toLowerCase()] ?? whole;
    });
}

/** A pattern for a removal string: case kept, white space relaxed, never inside a longer word. */
export function removalPattern(text: string): RegExp {
  const trimmed = text.trim();
  const head = /^[\p{L}\p{N}]/u.test(trimmed) ? '(?<![\\p{L}\\p{N}])' : '';
  const tail = /[\p{L}\p{N}]$/u.test(trimmed) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(head + trimmed.split(/\s+/u).map(escapeRegExp).join('\\s+') + tail, 'gu');
}

/** The text with every removal string replaced by a space, longest first. */
export function removeStrings(text: string, strings: readonly string[]): string {
  return [...strings].sort((a, b) => b.length - a.length).reduce((rest, s) => rest.replace(removalPattern(s), ' '), text);
}

/** The removal strings that occur in the text. */
export function stringsFound(text: string, strings: readonly string[]): string[] {
  return strings.filter((s) => removalPattern(s).test(text));
}

/** A statement's gold body as plain text (and before the removals), or why it cannot be cut. */
export function cutGoldBody(raw: string, bodyStart: string, bodyEnd: string, mustRemove: readonly string[]): { body: string; uncut: string } | { problem: string } {
  const start = findAnchor(raw, bodyStart);
  if (!start) return { problem: `bodyStart ${JSON.stringify(bodyStart)} not found` };
  let end = findAnchor(raw, bodyEnd, start.start);
  while (end && end.end < start.end) end = findAnchor(raw, bodyEnd, end.start + 1);
  if (!end) return { problem: `bodyEnd ${JSON.stringify(bodyEnd)} not found after bodyStart` };
  const slice = raw.slice(start.start, end.end);
  const uncut = isHtml(raw) ? htmlToText(slice) : slice;
  return { body: removeStrings(uncut, mustRemove), uncut };
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
