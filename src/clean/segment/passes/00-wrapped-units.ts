/**
 * Pass 0: hard-wrapped text (see `boilerplate/wrap.ts`): lines of one
 * wrapped paragraph are joined into a unit, so a sentence spread over
 * several short lines is read as the sentence it is.
 */
import type { LineRecord } from '../../boilerplate/index.js';
import { continuesWrapped, wrapWidth } from '../../boilerplate/index.js';

/** Groups of line indexes read as one line (most groups hold one line). */
export type Units = readonly (readonly number[])[];

/** Joins wrapped lines into units (every line its own unit when the page is not wrapped). */
export function wrappedUnits(lines: readonly LineRecord[], isContent: (i: number) => boolean): Units {
  const width = wrapWidth(lines);
  const units: number[][] = [];
  lines.forEach((line, i) => {
    const prev = units[units.length - 1];
    const p = prev?.[prev.length - 1];
    if (width !== null && p === i - 1 && isContent(p) && isContent(i) && !line.breakBefore && continuesWrapped(lines[p]!.text, line.text, width)) prev!.push(i);
    else units.push([i]);
  });
  return units;
}
