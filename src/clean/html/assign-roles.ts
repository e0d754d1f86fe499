/**
 * Gives every block its role from what the earlier passes found: the main
 * container, the title block and the comment sections; inside the container,
 * furniture zones, link lists and furniture lines are boilerplate.
 * @module
 */
import type { Block, BlockRole } from '../../model/page.js';
import type { HtmlElement } from './dom.js';
import type { CommentMap } from './find-comments.js';
import { furnitureReason } from './furniture-line.js';
import type { TextPosition } from './furniture-line.js';
import { boxOf } from './layout.js';
import type { Layout } from './layout.js';
import { SIGNATORIES_LEAD } from './model/furniture-lines.js';
import { LINK_HEAVY_DENSITY } from './model/thresholds.js';
import { isContentLike } from './subtree-stats.js';

interface Draft {
  role: BlockRole;
  reason?: string;
  group?: number;
}

/** The page's blocks with roles, in reading order. */
export function assignRoles(layout: Layout, boxes: readonly HtmlElement[], title: number, comments: CommentMap): Block[] {
  const raw = layout.blocks;
  // Short blocks before the title are kickers and labels, but only when the title heads the text.
  const firstText = raw.findIndex((b) => isContentLike(b) && boxOf(layout, boxes, b.owner) !== null);
  const titleHeads = title >= 0 && (firstText < 0 || title < firstText);
  const drafts: Draft[] = raw.map((b, i) => {
    if (comments.inSection[i]) {
      const g = comments.group[i];
      return g === null || g === undefined ? { role: 'boilerplate', reason: 'comments' } : { role: 'comment', group: g };
    }
    if (i === title) return { role: 'title' };
    const zoneEl = layout.zoneElement[b.owner.index];
    const zone = layout.zone[b.owner.index] ?? undefined;
    const box = boxOf(layout, boxes, b.owner);
    if (box === null) return { role: 'boilerplate', reason: zone ?? 'outside' };
    if (zoneEl && zoneEl.depth > box.depth) return { role: 'boilerplate', reason: zone ?? 'zone' };
    if (b.linkChars / b.chars >= LINK_HEAVY_DENSITY) return { role: 'boilerplate', reason: 'links' };
    if (titleHeads && i < title && !isContentLike(b)) return { role: 'boilerplate', reason: 'before-title' };
    return { role: 'main' };
  });
  keepSignatories(layout, drafts, boxes);
  markFurnitureLines(layout, drafts);
  return raw.map((b, i) => {
    const d = drafts[i]!;
    return {
      text: b.text,
      tag: b.tag,
      role: d.role,
      linkDensity: round2(b.linkChars / b.chars),
      breakBefore: true,
      ...(d.group === undefined ? {} : { group: d.group }),
      ...(d.reason === undefined ? {} : { reason: d.reason }),
    };
  });
}

/**
 * Linked names after a "Signed:" line are the statement's signatories, not a
 * link list: they go back into the main text, up to the first block that is
 * not a link list.
 */
function keepSignatories(layout: Layout, drafts: Draft[], boxes: readonly HtmlElement[]): void {
  let open = false;
  drafts.forEach((d, i) => {
    const b = layout.blocks[i]!;
    if (d.role === 'main') {
      const lastLine = b.text.split('\n').at(-1)!.trim();
      open = SIGNATORIES_LEAD.test(lastLine);
      return;
    }
    if (!open || d.role !== 'boilerplate' || boxOf(layout, boxes, b.owner) === null) return;
    if (d.reason === 'links' || d.reason === 'teaser') drafts[i] = { role: 'main' };
    else open = false;
  });
}

/** Bylines and kickers before the running text, contacts after it, share and ad labels anywhere. */
function markFurnitureLines(layout: Layout, drafts: Draft[]): void {
  const main = drafts.flatMap((d, i) => (d.role === 'main' ? [i] : []));
  const isText = (i: number, pos: TextPosition) => isContentLike(layout.blocks[i]!) && furnitureReason(layout.blocks[i]!.text, pos) === null;
  const first = main.findIndex((i) => isText(i, 'before'));
  let last = -1;
  for (let k = main.length - 1; k >= 0; k--) {
    if (isText(main[k]!, 'after')) {
      last = k;
      break;
    }
  }
  let listOf: string | null = null;
  main.forEach((i, k) => {
    const b = layout.blocks[i]!;
    // The list items right after a "Related" or "More stories" heading are that list.
    if (listOf !== null && b.tag === 'li') {
      drafts[i] = { role: 'boilerplate', reason: listOf };
      return;
    }
    const pos: TextPosition = first < 0 || k < first ? 'before' : k > last ? 'after' : 'within';
    const reason = furnitureReason(b.text, pos);
    listOf = reason === 'read-more' || reason === 'promo' ? reason : null;
    if (reason !== null) drafts[i] = { role: 'boilerplate', reason };
  });
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
