/**
 * Pass 8: the HTML extractor's hints. A block it called boilerplate is soft
 * debris unless the text already said more; a block it called main content
 * is cleared of the weak, structural guesses (site header, short-line runs),
 * but keeps what its own words say (a byline or a share row inside the
 * article element is still debris).
 */
import type { LineRecord } from '../line-record.js';
import { SOFT_DEBRIS } from '../debris-kind.js';

/** Applies the page's role hints to lines the text left undecided. */
export function applyHints(lines: LineRecord[]): void {
  for (const line of lines) {
    if (line.hint === 'boilerplate' && line.kind === null) {
      line.kind = 'hint';
      line.why = 'hint:boilerplate';
    } else if ((line.hint === 'main' || line.hint === 'title') && line.kind !== null && SOFT_DEBRIS.has(line.kind) && line.kind !== 'repeated') {
      line.kind = null;
      line.why = 'hint:main';
    }
  }
}
