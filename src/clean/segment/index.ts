/**
 * @module
 * The segmentation step: cuts a marked page (after the boilerplate and
 * comments steps) into statements, in order. Each gets its title, its
 * kickers, its header lines (for metadata) and its body lines: from the
 * first line after the title and kicker (an opening dateline included) to
 * its last line (a closing signature block and list of signatories
 * included), less inline debris. Editors' introductions are left out.
 */
import type { Page } from '../../model/page.js';
import type { LineRecord } from '../boilerplate/index.js';
import { linesOf, measureLine } from '../boilerplate/index.js';
import type { Units } from './passes/00-wrapped-units.js';
import { classifySegLine } from './seg-line.js';
import type { SegClass, SegLine } from './seg-line.js';
import { wrappedUnits } from './passes/00-wrapped-units.js';
import { findSections } from './passes/01-sections.js';
import { walkSection } from './passes/02-walk-statements.js';
import { dropIntros, dropShort } from './passes/03-drop-intros.js';
import { joinAndReclaim } from './passes/04-join-and-reclaim.js';
import { findHeadings } from './passes/05-titles.js';

export { isKicker, isSignatoryHeader, isValediction, isOrgLike, classifySegLine } from './seg-line.js';
export type { SegClass, SegLine } from './seg-line.js';
export { cleanTitle } from './title-text.js';

/** One statement of a page, as line indexes into `Segmentation.lines`. */
export interface SegmentedStatement {
  readonly title: string | null;
  readonly titleLine: number | null;
  readonly kickers: readonly number[];
  /** Lines between the previous statement and the body (title, kickers, bylines, dates). */
  readonly header: readonly number[];
  readonly body: readonly number[];
  /** Inline debris cut out of the body. */
  readonly inline: readonly number[];
}

export interface Segmentation {
  /** The page's lines (one per line of each block), with their debris kinds. */
  readonly lines: readonly LineRecord[];
  readonly classes: readonly SegLine[];
  readonly statements: readonly SegmentedStatement[];
}

export interface SegmenterOptions {
  /** Names the site goes by, to strip from titles (the page's declared site name is added). */
  readonly siteNames?: readonly string[];
}

const CONTINUED: Partial<Record<SegClass, SegClass>> = { Dp: 'B', D: 'O', T: 'O', S: 'B' };

/** Classifies each unit of lines once; the lines of a unit share its class (its first line keeps a dateline). */
function classifyUnits(lines: readonly LineRecord[], units: Units, isComment: (i: number) => boolean): SegLine[] {
  const out: SegLine[] = new Array(lines.length);
  for (const unit of units) {
    const first = lines[unit[0]!]!;
    if (unit.length === 1) {
      out[unit[0]!] = classifySegLine(first, isComment(unit[0]!));
      continue;
    }
    const text = unit.map((i) => lines[i]!.text).join(' ');
    const joined = classifySegLine({ ...first, ...measureLine(text), text }, false);
    unit.forEach((i, n) => {
      // Only the first line opens what the unit is (a dateline, a salutation); the others continue it.
      const cls = n === 0 ? joined.cls : CONTINUED[joined.cls] ?? joined.cls;
      out[i] = { ...joined, cls, line: lines[i]!, dateline: n === 0 ? joined.dateline : null, unitStart: unit[0]!, ...(n === 0 ? { unitText: text } : {}) };
    });
  }
  return out;
}

/** Cuts a marked page into statements. */
export type Segmenter = (page: Page) => Segmentation;

/** Builds the segmentation step. */
export function createSegmenter(options: SegmenterOptions = {}): Segmenter {
  return (page) => {
    const lines = linesOf(page);
    const isComment = (i: number) => lines[i]!.hint === 'comment';
    const units = wrappedUnits(lines, (i) => lines[i]!.kind === null && !isComment(i)); // 0. wrapped lines joined
    const classes = classifyUnits(lines, units, isComment);
    const sections = findSections(classes); // 1. runs between debris
    const drafts = sections.flatMap((s, n) => walkSection(classes, s, n)); // 2. bodies, tails, headers
    dropIntros(classes, drafts); // 3. editors' introductions, stray lines
    const kept = dropShort(classes, joinAndReclaim(classes, drafts, isComment)); // 4. mend across debris, reclaim signatures, drop stray lines
    const siteNames = [...(options.siteNames ?? []), ...(page.meta.siteName ? [page.meta.siteName] : []), ...lines.filter((l) => l.kind === 'site-header').map((l) => l.text)];
    const keptSet = new Set(kept);
    const dropped = new Set(drafts.filter((d) => !keptSet.has(d)).flatMap((d) => d.lines));
    const headings = findHeadings(classes, kept, page.meta, siteNames, isComment, dropped); // 5. titles and kickers
    const statements = kept.map((d, n): SegmentedStatement => ({
      title: headings[n]!.title,
      titleLine: headings[n]!.titleLine,
      kickers: headings[n]!.kickers,
      header: headings[n]!.header,
      body: d.lines,
      inline: d.inline,
    }));
    return { lines, classes, statements };
  };
}
