/**
 * Picks the block that is the page's main heading: the heading most like the
 * titles the page declares (`og:title`, JSON-LD headline, `<title>`), near
 * the start of the main text and outside sidebars and comments.
 * @module
 */
import type { RawBlock } from './collect-blocks.js';
import type { HtmlElement } from './dom.js';
import { boxOf } from './layout.js';
import type { Layout } from './layout.js';
import { TITLE_CLASS_WORDS, TITLE_MIN_SIMILARITY, TITLE_ZONES } from './model/title-cues.js';
import { splitWords } from './zones.js';

const HEADING_BONUS: Readonly<Record<string, number>> = { h1: 0.5, h2: 0.25, h3: 0.1 };

/** Index of the title block in `layout.blocks`, or -1 when no block is the title. */
export function findTitle(layout: Layout, boxes: readonly HtmlElement[], declared: readonly string[]): number {
  const refs = declared.map(wordSet).filter((s) => s.size > 0);
  const blocks = layout.blocks;
  const firstInBox = blocks.findIndex((b) => boxOf(layout, boxes, b.owner) !== null);
  let best = -1;
  let bestScore = -Infinity;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!isCandidate(layout, b)) continue;
    const words = wordSet(b.text);
    if (words.size === 0) continue;
    const sim = refs.length === 0 ? TITLE_MIN_SIMILARITY : Math.max(...refs.map((r) => dice(words, r)));
    if (sim < TITLE_MIN_SIMILARITY) continue;
    const inBox = boxOf(layout, boxes, b.owner) !== null;
    const before = firstInBox >= 0 && i < firstInBox;
    // Near the start of the main text is where titles sit; far before it (a masthead) or after it is less likely.
    const place = inBox ? 0.4 : before ? Math.max(0, 0.4 - (firstInBox - i) * 0.02) : firstInBox < 0 ? 0.2 : -0.3;
    const score = sim * 2 + (HEADING_BONUS[b.tag] ?? 0) + place;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

function isCandidate(layout: Layout, b: RawBlock): boolean {
  const zone = layout.zone[b.owner.index];
  if (zone !== null && zone !== undefined && !TITLE_ZONES.has(zone)) return false;
  if (b.chars > 300) return false;
  if (b.tag === 'h1' || b.tag === 'h2' || b.tag === 'h3') return true;
  const names = `${b.owner.attrs.class ?? ''} ${b.owner.attrs.id ?? ''}`;
  return splitWords(names).some((w) => TITLE_CLASS_WORDS.has(w)) || b.owner.attrs.itemprop === 'headline';
}

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  // Containment of the heading in the reference counts as much as overlap: `<title>` adds the site name.
  const overlap = (2 * common) / (a.size + b.size);
  const contained = common / a.size;
  return (overlap + contained) / 2;
}
