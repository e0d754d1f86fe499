/**
 * Pass 7: lines the site repeats on most of its pages (menus, footers,
 * sidebars, newsletter boxes). They are soft debris: a signature block that
 * closes every statement of the site also repeats, and the segmentation step
 * takes such lines back when they close a statement.
 */
import type { SiteProfile } from '../site-profile.js';
import { normalizeLine } from '../site-profile.js';
import type { LineRecord } from '../line-record.js';
import { REPEATED_MIN_PAGES, REPEATED_SHARE } from '../model/thresholds.js';

/** Marks lines found on at least `REPEATED_SHARE` of the site's pages. */
export function markRepeatedLines(lines: LineRecord[], site: SiteProfile | undefined): void {
  if (!site || site.pages < REPEATED_MIN_PAGES) return;
  for (const line of lines) {
    if (line.kind !== null) continue;
    const key = normalizeLine(line.text);
    if (key === '') continue;
    const count = site.lines.get(key) ?? 0;
    if (count >= REPEATED_MIN_PAGES && count / site.pages >= REPEATED_SHARE) {
      line.kind = 'repeated';
      line.why = `site:${count}/${site.pages}`;
    }
  }
}
