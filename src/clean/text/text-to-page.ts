/**
 * Text scrapes to the page tree: one block per non-empty line, tagged
 * `line`, with `breakBefore` where blank lines stood before it. No roles:
 * a scrape carries no hints, the cleaning steps judge every line.
 */
import type { Block, Page } from '../../model/page.js';

const LINE_BREAK_RE = /\r\n|\r|\n|\u2028|\u2029|\u0085/u;
// Invisible characters scrapes carry (byte-order mark, zero-width spaces and joiners) that only get in the way of matching.
const INVISIBLE_RE = /[\ufeff\u200b\u200c\u200d\u2060\u00ad]/gu;

/** Splits a text scrape into a page of line blocks. */
export function textToPage(text: string): Page {
  const blocks: Block[] = [];
  let blank = false;
  for (const raw of text.split(LINE_BREAK_RE)) {
    const line = raw.replace(INVISIBLE_RE, '').trim();
    if (line === '') {
      blank = true;
      continue;
    }
    blocks.push(blank && blocks.length > 0 ? { text: line, tag: 'line', breakBefore: true } : { text: line, tag: 'line' });
    blank = false;
  }
  return { blocks, meta: {} };
}
