/**
 * @module
 * The boilerplate step: marks the debris of a page (navigation, bylines,
 * share and print rows, tag lines, related-post lists, cookie notices,
 * copyright footers, mail headers…) as `boilerplate`, one block per line,
 * with the debris kind in `reason`. It learns from the lines themselves
 * (shape, position, runs, repetition across the site) and from short cue
 * lists in several languages; HTML role hints are respected and re-judged.
 */
import type { Block, Page } from '../../model/page.js';
import type { CueSet } from './model/cues.js';
import { DEBRIS_CUES } from './model/cues.js';
import type { DebrisKind } from './debris-kind.js';
import { isDebrisKind } from './debris-kind.js';
import { createCueMatcher } from './cue-matcher.js';
import type { LineRecord } from './line-record.js';
import type { SiteProfile } from './site-profile.js';
import { rememberMeasures, splitLines } from './passes/01-split-lines.js';
import { markCuedLines } from './passes/03-cue-lines.js';
import { markMenuLines } from './passes/04-menu-lines.js';
import { markHeaderRuns } from './passes/05-header-runs.js';
import { markSiteHeader } from './passes/06-site-header.js';
import { markRepeatedLines } from './passes/07-repeated-lines.js';
import { applyHints } from './passes/08-hinted-lines.js';
import { markWrappedDebris } from './passes/09-wrapped-debris.js';
import { markPageFurniture } from './passes/10-page-furniture.js';
import { markQuotedMail } from './passes/11-quoted-mail.js';

export type { DebrisKind } from './debris-kind.js';
export { DEBRIS_KINDS, INLINE_DEBRIS, SOFT_DEBRIS, isDebrisKind } from './debris-kind.js';
export type { LineRecord } from './line-record.js';
export type { SiteProfile } from './site-profile.js';
export { buildSiteProfile, normalizeLine, siteShare } from './site-profile.js';
export { measureLine } from './passes/02-measure-lines.js';
export type { CueSet } from './model/cues.js';
export * as lineShape from './line-shape.js';
export { continuesWrapped, wrapWidth } from './wrap.js';

export interface BoilerplateOptions {
  /** Cue phrases by debris kind (defaults: `model/cues.ts`). */
  readonly cues?: Readonly<Partial<Record<DebrisKind, CueSet>>>;
}

/** Marks debris lines of a page; the site profile (when given) adds repetition across the site's pages. */
export type BoilerplateMarker = (page: Page, site?: SiteProfile) => Page;

/** Builds the boilerplate step. */
export function createBoilerplateMarker(options: BoilerplateOptions = {}): BoilerplateMarker {
  const match = createCueMatcher(options.cues ?? DEBRIS_CUES);
  return (page, site) => {
    const lines = splitLines(page);
    markCuedLines(lines, match); // 3. lines that name themselves
    markMenuLines(lines); // 4. menus, trails, rules, links, mail headers
    markHeaderRuns(lines); // 5. items under list headers, cookie buttons
    markSiteHeader(lines, page.meta); // 6. site name and tagline
    markRepeatedLines(lines, site); // 7. repeated across the site
    applyHints(lines); // 8. HTML hints, re-judged
    markWrappedDebris(lines); // 9. wrapped continuations of debris lines
    markPageFurniture(lines); // 10. page numbers, running headers
    markQuotedMail(lines); // 11. quoted mail, reply messages
    return { meta: page.meta, blocks: lines.map(toBlock) };
  };
}

function toBlock(line: LineRecord): Block {
  // A block the HTML reader put in a comment stays the comments step's to judge, whatever its words look like here.
  const role = line.hint === 'comment' ? 'comment' : line.kind !== null ? 'boilerplate' : line.hint === 'boilerplate' ? undefined : line.hint;
  const block: Block = {
    text: line.text,
    tag: line.tag,
    ...(role !== undefined ? { role } : {}),
    ...(line.group !== undefined ? { group: line.group } : {}),
    ...(line.linkDensity !== undefined ? { linkDensity: line.linkDensity } : {}),
    ...(line.kind !== null ? { reason: `${line.kind} ${line.why ?? ''}`.trim() } : line.why ? { reason: line.why } : {}),
    breakBefore: line.breakBefore,
  };
  rememberMeasures(block, line);
  return block;
}

/** The debris kind a marked block carries (from its `reason`), or null. */
export function debrisKindOf(block: Block): DebrisKind | null {
  if (block.role !== 'boilerplate') return null;
  const word = block.reason?.split(' ')[0];
  return isDebrisKind(word) ? word : 'hint';
}

/** Line records of a page the boilerplate step has marked (one block per line), kinds read back from the blocks. */
export function linesOf(page: Page): LineRecord[] {
  const lines = splitLines(page);
  for (const line of lines) line.kind = debrisKindOf(page.blocks[line.block]!);
  return lines;
}
