/**
 * Per-element figures of a page: what furniture zone each element lies in,
 * and how much each subtree weighs as a home for the main text. Linear
 * passes over the pre-order element array (parents before children).
 * @module
 */
import type { RawBlock } from './collect-blocks.js';
import type { HtmlElement, HtmlTree } from './dom.js';
import { findTeasers } from './find-teasers.js';
import {
  LAYOUT_WRAPPER_SHARE, LEVEL_DECAY, LINK_PENALTY, SHORT_PENALTY, TABLE_CELL_WEIGHT, WEAK_CUE_WRAPPER_SHARE,
  ZONE_PENALTY,
} from './model/thresholds.js';
import { RELIABLE_ZONES, STRONG_ZONES } from './model/zone-cues.js';
import type { Zone } from './model/zone-cues.js';
import { isContentLike, isLinkHeavy, subtreeStats } from './subtree-stats.js';
import type { SubtreeStats } from './subtree-stats.js';
import { createCueReader } from './zones.js';
import type { ElementCue } from './zones.js';

/** The figures later passes read, indexed by `HtmlElement.index`. */
export interface Layout {
  readonly tree: HtmlTree;
  readonly blocks: readonly RawBlock[];
  readonly cues: readonly ElementCue[];
  readonly stats: SubtreeStats;
  /** The innermost element marking a furniture zone around (or at) each element, or null. */
  readonly zoneElement: ReadonlyArray<HtmlElement | null>;
  /** The zone each element of `zoneElement` marks. */
  readonly zone: ReadonlyArray<Zone | null>;
  /** Sum of block weights in each subtree: body text counts for, furniture against. */
  readonly score: Float64Array;
}

/** True when `el` is `ancestor` or lies inside it. */
export function isWithin(layout: Layout, el: HtmlElement, ancestor: HtmlElement): boolean {
  return el.index >= ancestor.index && el.index < layout.stats.subtreeEnd[ancestor.index]!;
}

/** The container of `boxes` (disjoint subtrees in document order) that holds `el`, or null. */
export function boxOf(layout: Layout, boxes: readonly HtmlElement[], el: HtmlElement): HtmlElement | null {
  // Binary search for the last box starting at or before `el`: pages can have thousands of alike siblings.
  let lo = 0;
  let hi = boxes.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (boxes[mid]!.index <= el.index) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const box = found < 0 ? null : boxes[found]!;
  return box !== null && isWithin(layout, el, box) ? box : null;
}

/** Computes the zones and subtree weights of a parsed page. */
export function analyzeLayout(tree: HtmlTree, blocks: readonly RawBlock[]): Layout {
  const els = tree.elements;
  const n = els.length;
  const cues = els.map(createCueReader());
  const stats = subtreeStats(tree, blocks);
  const teasers = findTeasers(tree, stats);
  const hint = wrapperHints(tree, cues);
  const total = stats.contentChars[0]!;
  const zoneElement: Array<HtmlElement | null> = new Array<HtmlElement | null>(n).fill(null);
  const zone: Array<Zone | null> = new Array<Zone | null>(n).fill(null);
  for (let i = 1; i < n; i++) {
    const el = els[i]!;
    const own = cues[i]!.zone ?? (teasers[i] ? 'teaser' : null);
    if (own !== null && !isWrapper(el, own, stats.contentChars[i]!, hint[i] === 1, cues[i]!.positive, total)) {
      zoneElement[i] = el;
      zone[i] = own;
    } else {
      zoneElement[i] = zoneElement[el.parent!.index]!;
      zone[i] = zone[el.parent!.index]!;
    }
  }
  const score = new Float64Array(n);
  for (const b of blocks) score[b.owner.index]! += blockWeight(b, zoneElement[b.owner.index] !== null);
  // Each level up discounts what lies below it, so the nearest element holding the paragraphs wins
  // over a distant wrapper that only adds a footer note or a teaser list.
  for (let i = n - 1; i > 0; i--) score[els[i]!.parent!.index]! += score[i]! * LEVEL_DECAY;
  return { tree, blocks, cues, stats, zoneElement, zone, score };
}

/** Flags subtrees holding a sign of the article itself: an `h1`, `main`, `article` or a body class. */
function wrapperHints(tree: HtmlTree, cues: readonly ElementCue[]): Uint8Array {
  const els = tree.elements;
  const hint = new Uint8Array(els.length);
  for (let i = els.length - 1; i >= 0; i--) {
    const el = els[i]!;
    if (el.tag === 'h1' || el.tag === 'main' || el.tag === 'article' || cues[i]!.positive) hint[i] = 1;
    if (hint[i] && el.parent !== null) hint[el.parent.index] = 1;
  }
  return hint;
}

/** A furniture cue on an element that wraps the page's main text is a layout class, not furniture. */
function isWrapper(el: HtmlElement, zone: Zone, chars: number, hint: boolean, ownPositive: boolean, total: number): boolean {
  if (el.tag === 'html' || el.tag === 'body' || el.tag === 'main') return true;
  if (total === 0) return false;
  const share = chars / total;
  // Even a comments cue gives way when the element names itself the body too (`entry-content comments-enabled`).
  if (STRONG_ZONES.has(zone)) return ownPositive && share >= LAYOUT_WRAPPER_SHARE;
  if (hint && share >= LAYOUT_WRAPPER_SHARE) return true;
  return !RELIABLE_ZONES.has(zone) && share >= WEAK_CUE_WRAPPER_SHARE;
}

/** How much a block says for the container holding it. */
export function blockWeight(b: RawBlock, inZone: boolean): number {
  if (inZone) return -b.chars * ZONE_PENALTY - SHORT_PENALTY;
  const ld = b.linkChars / b.chars;
  if (isContentLike(b)) return b.chars * (1 - ld);
  if (isLinkHeavy(b)) return -b.chars * ld * LINK_PENALTY - SHORT_PENALTY;
  // Short cells of a data table are content, not clutter.
  if (b.tag === 'td') return b.chars * (1 - ld) * TABLE_CELL_WEIGHT;
  return -SHORT_PENALTY;
}
