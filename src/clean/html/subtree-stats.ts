/**
 * Text figures of every subtree, summed bottom-up in one loop over the
 * pre-order element array (children always come after their parent).
 * @module
 */
import type { RawBlock } from './collect-blocks.js';
import type { HtmlTree } from './dom.js';
import { LINK_HEAVY_DENSITY, MAX_CONTENT_LINK_DENSITY, MIN_CONTENT_CHARS } from './model/thresholds.js';

/** Per-element sums over the subtree, indexed by `HtmlElement.index`. */
export interface SubtreeStats {
  /** Non-space characters of all blocks. */
  readonly chars: Float64Array;
  /** Characters of body-like blocks (long enough, few links). */
  readonly contentChars: Float64Array;
  /** Characters of link-heavy blocks (menus, headline links). */
  readonly linkHeavyChars: Float64Array;
  /** One past the pre-order index of the last descendant. */
  readonly subtreeEnd: Int32Array;
}

/** True when a block looks like running text by its size and link share. */
export function isContentLike(b: RawBlock): boolean {
  return b.chars >= MIN_CONTENT_CHARS && b.linkChars / b.chars <= MAX_CONTENT_LINK_DENSITY;
}

/** True when most of a block's text is link text. */
export function isLinkHeavy(b: RawBlock): boolean {
  return b.linkChars / b.chars >= LINK_HEAVY_DENSITY;
}

/** Sums block figures over every subtree. */
export function subtreeStats(tree: HtmlTree, blocks: readonly RawBlock[]): SubtreeStats {
  const els = tree.elements;
  const n = els.length;
  const chars = new Float64Array(n);
  const contentChars = new Float64Array(n);
  const linkHeavyChars = new Float64Array(n);
  const subtreeEnd = new Int32Array(n);
  for (const b of blocks) {
    const i = b.owner.index;
    chars[i]! += b.chars;
    if (isContentLike(b)) contentChars[i]! += b.chars;
    else if (isLinkHeavy(b)) linkHeavyChars[i]! += b.chars;
  }
  for (let i = n - 1; i >= 0; i--) {
    if (subtreeEnd[i] === 0) subtreeEnd[i] = i + 1;
    const p = els[i]!.parent;
    if (p === null) continue;
    const j = p.index;
    chars[j]! += chars[i]!;
    contentChars[j]! += contentChars[i]!;
    linkHeavyChars[j]! += linkHeavyChars[i]!;
    if (subtreeEnd[j]! < subtreeEnd[i]!) subtreeEnd[j] = subtreeEnd[i]!;
  }
  return { chars, contentChars, linkHeavyChars, subtreeEnd };
}
