/**
 * Pass 3: lines that name themselves: share rows, bylines, tag lines,
 * cookie notices, copyright footers, "Related posts", "- END -"… (the
 * phrases are in `model/cues.ts`, in several languages).
 */
import type { CueHit, CueContext } from '../cue-matcher.js';
import type { LineRecord } from '../line-record.js';

/** Marks every line whose cue the matcher recognises. */
export function markCuedLines(lines: LineRecord[], match: (text: string, ctx: CueContext) => CueHit | null): void {
  for (const line of lines) {
    if (line.kind !== null) continue;
    const hit = match(line.text, { words: line.words, prose: line.prose, dated: line.dates.length > 0 || line.hasTime, dateFirst: line.dates[0]?.start === 0 });
    if (hit) {
      // "READ ALSO:" alone heads a list of links (hard debris); with a title after it, it is one link inside the text.
      line.kind = hit.kind === 'read-also' && line.words <= 3 ? 'related' : hit.kind;
      line.why = `cue:${hit.how}`;
    }
  }
}
