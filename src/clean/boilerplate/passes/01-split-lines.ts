/**
 * Pass 1: one record per line. A block's first line keeps the block's
 * break; the lines after it (from `<br>`) follow without one.
 */
import type { Block, Page } from '../../../model/page.js';
import type { LineRecord } from '../line-record.js';
import { measureLine } from './02-measure-lines.js';
import type { LineMeasures } from './02-measure-lines.js';

// Later steps re-read the blocks this step writes; the measures travel with those blocks (under a symbol, so
// they stay out of JSON and out of the Block type), which saves most of the work on long pages.
const MEASURES = Symbol('line measures');
type Measured = Block & { [MEASURES]?: readonly LineMeasures[] };

/** Records the measures of a block made from one measured line, so the next step need not measure it again. */
export function rememberMeasures(block: Block, line: LineMeasures): void {
  (block as Measured)[MEASURES] = [{ words: line.words, prose: line.prose, dates: line.dates, dateCover: line.dateCover, hasTime: line.hasTime }];
}

/** Splits every block of `page` into line records, measured. */
export function splitLines(page: Page): LineRecord[] {
  const out: LineRecord[] = [];
  page.blocks.forEach((block, b) => {
    const parts = (block.text.includes('\n') ? block.text.split('\n') : [block.text]).map((p) => p.trim()).filter((p) => p !== '');
    let measures = (block as Measured)[MEASURES];
    if (!measures || measures.length !== parts.length) measures = parts.map(measureLine);
    let first = true;
    for (const [k, text] of parts.entries()) {
      const m = measures[k]!;
      // Every record gets the same properties in the same order: one object shape keeps long pages fast.
      out.push({
        index: out.length,
        text,
        tag: block.tag,
        hint: block.role,
        group: block.group,
        linkDensity: block.linkDensity,
        // An HTML block stands apart from the one before it unless the reader says otherwise; lines inside a block do not.
        breakBefore: first ? (block.breakBefore ?? (block.tag !== 'line' && out.length > 0)) : false,
        block: b,
        words: m.words,
        prose: m.prose,
        dates: m.dates,
        dateCover: m.dateCover,
        hasTime: m.hasTime,
        kind: null,
        why: undefined,
      });
      first = false;
    }
  });
  return out;
}
