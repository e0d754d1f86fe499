/**
 * Pass 6: the site's name and tagline. They sit in the first lines, above
 * the first menu or cookie notice, or they repeat the site name the page
 * declares or its copyright line names. They are soft debris: a statement
 * never starts there, but nothing else is decided from them.
 */
import type { PageMeta } from '../../../model/page.js';
import { foldForCues } from '../../text/fold-text.js';
import type { DebrisKind } from '../debris-kind.js';
import type { LineRecord } from '../line-record.js';
import { TOP_WINDOW_LINES } from '../model/thresholds.js';

const TOP_MARKERS: ReadonlySet<DebrisKind> = new Set<DebrisKind>(['menu', 'nav', 'breadcrumb', 'cookie', 'prevnext']);
const MAX_HEADER_WORDS = 12;

/** Marks the site name and tagline lines. */
export function markSiteHeader(lines: LineRecord[], meta: PageMeta): void {
  const top = lines.slice(0, TOP_WINDOW_LINES);
  const marker = top.findIndex((l) => l.kind !== null && TOP_MARKERS.has(l.kind));
  for (let i = 0; i < marker; i++) {
    const line = lines[i]!;
    if (line.kind === null && !line.prose && line.words <= MAX_HEADER_WORDS && line.hint !== 'title' && line.hint !== 'main') {
      line.kind = 'site-header';
      line.why = 'top:above-menu';
    }
  }
  const names = new Set<string>();
  if (meta.siteName) names.add(foldForCues(meta.siteName));
  const footer = lines.filter((l) => l.kind === 'copyright').map((l) => foldForCues(l.text)).join(' \u0000 ');
  for (let i = 0; i < Math.min(lines.length, TOP_WINDOW_LINES); i++) {
    const line = lines[i]!;
    if (line.kind !== null || line.prose || line.words > MAX_HEADER_WORDS || line.words < 2 || line.hint === 'title') continue;
    const key = foldForCues(line.text);
    // "© 2024 Caribbean Left Review" names the site; so does the page's declared site name.
    if (names.has(key) || (footer !== '' && footer.includes(key))) {
      line.kind = 'site-header';
      line.why = 'top:site-name';
    }
  }
}
