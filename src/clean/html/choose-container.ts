/**
 * Picks the elements that hold the main text. First the subtree whose blocks
 * weigh most (body-like text for, links and furniture against, discounted a
 * little per level so the nearest holder of the paragraphs wins over a
 * distant wrapper), outside any furniture zone; then the siblings that
 * continue it, since many sites cut an article into several alike sections
 * around figures and pull quotes.
 * @module
 */
import type { HtmlElement } from './dom.js';
import type { Layout } from './layout.js';
import { SIBLING_LEVELS, SIBLING_SHARE } from './model/thresholds.js';

/** The main-text containers in document order; empty when no subtree weighs anything. */
export function chooseContainers(layout: Layout): HtmlElement[] {
  const els = layout.tree.elements;
  let best: HtmlElement | null = null;
  let bestScore = 0;
  for (let i = 0; i < els.length; i++) {
    const s = layout.score[i]!;
    // `>=` prefers the deeper of two equal subtrees (pre-order visits parents first).
    if (s > 0 && s >= bestScore && layout.zoneElement[i] === null) {
      best = els[i]!;
      bestScore = s;
    }
  }
  if (best === null) return [];
  return withContinuations(layout, best, bestScore);
}

/**
 * Climbs from the best container through its wrappers and keeps the siblings
 * that continue the text: next to the container itself, any sibling built
 * alike or holding a fair share of text; further up, through wrappers only,
 * any sibling built alike (an article cut into sections). Above a level that
 * has other content, only alike siblings holding a fair share of text count
 * (the next post of a blog page that shows several), and they join the
 * container itself rather than the ancestor that spans both.
 */
function withContinuations(layout: Layout, best: HtmlElement, bestScore: number): HtmlElement[] {
  let anchor = best;
  let pastOthers = false;
  for (let level = 0; level < SIBLING_LEVELS; level++) {
    const parent = anchor.parent;
    if (parent === null) break;
    const sig = signature(anchor);
    let others = 0;
    const keep: HtmlElement[] = [];
    for (const k of parent.children) {
      if (typeof k === 'string' || k === anchor || layout.stats.chars[k.index] === 0) continue;
      others++;
      if (layout.zoneElement[k.index] !== null) continue;
      const s = layout.score[k.index]!;
      const alike = signature(k) === sig;
      const ok = level === 0 ? s > 0 && (alike || s >= bestScore * SIBLING_SHARE)
        : pastOthers ? alike && s >= bestScore * SIBLING_SHARE
        : alike && s > 0;
      if (ok) keep.push(k);
    }
    if (keep.length > 0) return [pastOthers ? best : anchor, ...keep].sort((a, b) => a.index - b.index);
    if (others > 0) pastOthers = true;
    anchor = parent;
  }
  return [best];
}

function signature(el: HtmlElement): string {
  return `${el.tag}.${(el.attrs.class ?? '').trim().replace(/\d+/g, '')}`;
}
