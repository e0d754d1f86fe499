/**
 * @module
 * Reading a page the way a careful archivist does: its statements in order
 * (title, issuers, dates, place, body), its reader comments, and the list
 * of what was removed as debris. The steps run in a declared order, each on
 * the page the previous one marked:
 *
 * 1. boilerplate: debris lines (navigation, bylines, share rows, footers…)
 * 2. comments: reader comments read out and set apart
 * 3. segment: statements cut out, with titles and kickers
 * 4. metadata: issuers, dates and places; the page's own date
 */
import type { Comment, Statement } from '../model/contract.js';
import type { Page } from '../model/page.js';
import type { SiteProfile } from './boilerplate/index.js';
import { createBoilerplateMarker } from './boilerplate/index.js';
import { createCommentFinder } from './comments/index.js';
import { createSegmenter } from './segment/index.js';
import type { Segmentation } from './segment/index.js';
import { bodyText, pageDateLines, removedText } from './segment/statement-text.js';
import { createMetadataExtractor, findPublished } from '../extract/metadata/index.js';
import type { MetadataExtractor } from '../extract/metadata/index.js';

/** What the caller knows about the page beyond its content. */
export interface PageContext {
  readonly url?: string;
  readonly capturedAt?: string;
  /** Repetition across the pages of the same site (see `buildSiteProfile`). */
  readonly site?: SiteProfile;
  /** Past this many milliseconds, remaining steps are skipped with a warning. */
  readonly timeBudgetMs?: number;
}

/** A statement without the parts later steps add (entities, stances, events). */
export type StatementDraft = Omit<Statement, 'entities' | 'stances' | 'events'>;

export interface PageAnalysis {
  readonly statements: StatementDraft[];
  readonly comments: Comment[];
  /** Text of the lines dropped as debris, in page order. */
  readonly removed: string[];
  readonly warnings: string[];
}

/** Reads one page; the steps are built once and reused. */
export type PageUnderstander = (page: Page, context?: PageContext) => PageAnalysis;

/** Builds the composed steps. */
export function createPageUnderstander(): PageUnderstander {
  const markBoilerplate = createBoilerplateMarker();
  const findComments = createCommentFinder();
  const segment = createSegmenter();
  const describe = createMetadataExtractor();
  return (page, context = {}) => {
    const started = performance.now();
    const warnings: string[] = [];
    // Steps are linear in the page, but a budget still bounds a pathological page: later steps are skipped.
    const overBudget = (step: string) => {
      const spent = performance.now() - started;
      if (context.timeBudgetMs === undefined || spent <= context.timeBudgetMs) return false;
      warnings.push(`understand-page: time budget of ${context.timeBudgetMs} ms used up after the ${step} step (${Math.round(spent)} ms); later steps skipped, the result is coarser`);
      return true;
    };
    const marked = markBoilerplate(page, context.site); // 1. boilerplate
    if (overBudget('boilerplate')) return coarse(marked, [], warnings);
    const { page: withComments, comments } = findComments(marked); // 2. comments
    if (overBudget('comments')) return coarse(withComments, comments, warnings);
    const seg = segment(withComments); // 3. segmentation
    const withMeta = overBudget('segment') ? null : describe;
    return assemble(withComments, seg, comments, withMeta, warnings); // 4. metadata
  };
}

function assemble(page: Page, seg: Segmentation, comments: Comment[], describe: MetadataExtractor | null, warnings: string[]): PageAnalysis {
  const published = findPublished(pageDateLines(seg), page.meta.published, seg.lines.flatMap((l) => l.dates));
  const metas = describe
    ? describe(
        { texts: seg.lines.flatMap((l, i) => (l.kind === null && l.hint !== 'comment' && (seg.classes[i]!.unitStart ?? i) === i ? [unitText(seg, i)] : [])), pageDates: seg.lines.flatMap((l) => l.dates), published },
        seg.statements.map((s) => ({
          body: s.body.map((i) => seg.lines[i]!.text),
          title: s.title,
          kickers: s.kickers.map((i) => unitText(seg, i)),
          header: s.header.filter((i) => seg.lines[i]!.kind === null && (seg.classes[i]!.unitStart ?? i) === i).map((i) => unitText(seg, i)),
        })),
      )
    : null;
  const statements = seg.statements.map((s, n): StatementDraft => ({
    title: s.title,
    issuers: metas?.[n]?.issuers ?? [],
    date: metas?.[n]?.date ?? null,
    published,
    place: metas?.[n]?.place ?? null,
    body: bodyText(seg, s),
  }));
  return { statements, comments, removed: removedText(seg), warnings };
}

/** A line's text, or the whole wrapped unit it starts. */
const unitText = (seg: Segmentation, i: number): string => seg.classes[i]!.unitText ?? seg.lines[i]!.text;

/** Without segmentation: one statement of every line that is neither debris nor comment. */
function coarse(page: Page, comments: Comment[], warnings: string[]): PageAnalysis {
  const kept = page.blocks.filter((b) => b.role !== 'boilerplate' && b.role !== 'comment');
  const removed = page.blocks.filter((b) => b.role === 'boilerplate').map((b) => b.text);
  const body = kept.map((b) => b.text).join('\n\n');
  const statements: StatementDraft[] = body.trim() === '' ? [] : [{ title: page.meta.title ?? null, issuers: [], date: null, published: page.meta.published ?? null, place: null, body }];
  return { statements, comments, removed, warnings };
}

let shared: PageUnderstander | null = null;

/** Reads one page with the default steps. */
export function understandPage(page: Page, context?: PageContext): PageAnalysis {
  shared ??= createPageUnderstander();
  return shared(page, context);
}
