/**
 * Repetition across the pages of one site. Navigation, footers, share rows
 * and sidebars repeat on every page of a site while statements do not, so a
 * line seen on most pages of the same site is furniture. The pipeline builds
 * a profile per site (same host or same folder) when it processes several
 * pages together; a page processed alone simply has no profile.
 */
import type { Page } from '../../model/page.js';
import { foldForCues } from '../text/fold-text.js';

/** How many pages of one site contain each normalized line. */
export interface SiteProfile {
  /** Number of pages the profile was built from. */
  readonly pages: number;
  /** Normalized line → number of pages holding it (each page counted once). */
  readonly lines: ReadonlyMap<string, number>;
}

// Longer lines are prose; hashing them costs time and they rarely repeat verbatim.
const MAX_PROFILED_CHARS = 400;

/**
 * The form lines are compared in: folded (lower case, no accents), runs of
 * digits as "#" (so "Hits: 1532" and "Hits: 877" are one line), white space
 * collapsed. Returns "" for lines too long to profile.
 */
export function normalizeLine(text: string): string {
  if (text.length > MAX_PROFILED_CHARS) return '';
  return foldForCues(text).replace(/[0-9\u0660-\u0669\u06f0-\u06f9]+/g, '#');
}

/** Counts, for each normalized line, the pages of `pages` that contain it. */
export function buildSiteProfile(pages: readonly Page[]): SiteProfile {
  const lines = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set<string>();
    for (const block of page.blocks) {
      for (const line of block.text.split('\n')) {
        const key = normalizeLine(line.trim());
        if (key === '' || seen.has(key)) continue;
        seen.add(key);
        lines.set(key, (lines.get(key) ?? 0) + 1);
      }
    }
  }
  return { pages: pages.length, lines };
}

/** Share (0–1) of the profile's pages that contain `text`; 0 without a profile. */
export function siteShare(profile: SiteProfile | undefined, text: string): number {
  if (!profile || profile.pages === 0) return 0;
  const key = normalizeLine(text);
  return key === '' ? 0 : (profile.lines.get(key) ?? 0) / profile.pages;
}
