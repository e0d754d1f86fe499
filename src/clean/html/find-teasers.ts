/**
 * Finds teaser cards: runs of sibling elements built alike (same tag and
 * class), each a linked headline with a short blurb, as "more stories" and
 * "latest news" lists are. Their blurbs read like body text, so without this
 * a long list of them can outweigh a short article.
 * @module
 */
import type { HtmlElement, HtmlTree } from './dom.js';
import {
  TEASER_MAX_BLURB_CHARS, TEASER_MAX_PAGE_SHARE, TEASER_MIN_HEADLINE_CHARS, TEASER_MIN_ITEMS,
  TEASER_MIN_LINKED_SHARE,
} from './model/thresholds.js';
import type { SubtreeStats } from './subtree-stats.js';

/** Flags (by element index) the elements that are teaser cards. */
export function findTeasers(tree: HtmlTree, stats: SubtreeStats): Uint8Array {
  const flags = new Uint8Array(tree.elements.length);
  const total = stats.contentChars[0]!;
  for (const parent of tree.elements) {
    const kids = parent.children;
    if (kids.length < TEASER_MIN_ITEMS) continue;
    const groups = new Map<string, HtmlElement[]>();
    for (const k of kids) {
      if (typeof k === 'string' || stats.chars[k.index] === 0) continue;
      const sig = signature(k);
      const g = groups.get(sig);
      if (g === undefined) groups.set(sig, [k]);
      else g.push(k);
    }
    for (const items of groups.values()) {
      if (items.length >= TEASER_MIN_ITEMS && isTeaserRun(items, stats, total)) for (const it of items) flags[it.index] = 1;
    }
  }
  return flags;
}

function isTeaserRun(items: readonly HtmlElement[], stats: SubtreeStats, total: number): boolean {
  let linked = 0;
  let blurb = 0;
  let content = 0;
  for (const it of items) {
    const i = it.index;
    if (stats.linkHeavyChars[i]! >= TEASER_MIN_HEADLINE_CHARS) linked++;
    blurb += stats.chars[i]! - stats.linkHeavyChars[i]!;
    content += stats.contentChars[i]!;
  }
  if (linked / items.length < TEASER_MIN_LINKED_SHARE) return false;
  if (blurb / items.length > TEASER_MAX_BLURB_CHARS) return false;
  // A run that is most of the page is the page itself (a list of statements), not a sidebar.
  return total === 0 || content / total <= TEASER_MAX_PAGE_SHARE;
}

function signature(el: HtmlElement): string {
  const cls = el.attrs.class?.trim().split(/\s+/)[0] ?? '';
  return `${el.tag}.${cls.replace(/\d+/g, '')}`;
}
