/**
 * Walks the light tree in document order and cuts its visible text into
 * blocks: one per block-level element (text around nested blocks becomes
 * blocks of its own), `<br>` kept as a line break, a run of two or more
 * `<br>` treated as a paragraph break (hand-written pages of the 2000s lay
 * out whole statements in one cell that way).
 * @module
 */
import type { BlockTag } from '../../model/page.js';
import type { HtmlElement } from './dom.js';
import { BLOCK_TAG_OF, BLOCK_TAGS, PREFORMATTED_TAGS, SPACED_INLINE_TAGS } from './model/html-tags.js';
import { isHidden } from './visibility.js';

/** A block of visible text with the element it came from. */
export interface RawBlock {
  readonly text: string;
  readonly tag: BlockTag;
  /** The nearest block-level element holding the text. */
  readonly owner: HtmlElement;
  /** Non-space characters of the text. */
  readonly chars: number;
  /** Non-space characters inside links. */
  readonly linkChars: number;
}

const BR = '\uE000';
const BR_RUN = /\s*\uE000[\s\uE000]*/g;
const SPACES = /[\s\u200b\u2060\ufeff\u00ad]+/g;

/** Cuts the visible text under `root` into blocks, in reading order. */
export function collectBlocks(root: HtmlElement): RawBlock[] {
  const blocks: RawBlock[] = [];
  let buf = '';
  let linkChars = 0;
  let linkDepth = 0;
  let preDepth = 0;
  let textSinceBr = true;
  const owners: HtmlElement[] = [root];

  const flush = (): void => {
    if (buf === '') return;
    const owner = owners[owners.length - 1]!;
    const text = preDepth > 0 ? normalizePre(buf) : normalize(buf);
    const chars = countChars(text);
    if (chars > 0) blocks.push({ text, tag: BLOCK_TAG_OF.get(owner.tag) ?? 'div', owner, chars, linkChars: Math.min(linkChars, chars) });
    buf = '';
    linkChars = 0;
  };

  // Explicit stack of (element, next child) so page depth never reaches the call stack.
  const els: HtmlElement[] = [root];
  const next: number[] = [0];
  while (els.length > 0) {
    const top = els.length - 1;
    const el = els[top]!;
    const i = next[top]!;
    if (i >= el.children.length) {
      els.pop();
      next.pop();
      leave(el);
      continue;
    }
    next[top] = i + 1;
    const child = el.children[i]!;
    if (typeof child === 'string') {
      buf += child.indexOf(BR) >= 0 ? child.replaceAll(BR, ' ') : child;
      if (linkDepth > 0) linkChars += countChars(child);
      if (!textSinceBr && countChars(child) > 0) textSinceBr = true;
      continue;
    }
    if (child.tag === 'br') {
      // A second <br> with no text since the first ends the paragraph.
      if (!textSinceBr) flush();
      else buf += BR;
      textSinceBr = false;
      continue;
    }
    if (isHidden(child)) continue;
    enter(child);
    els.push(child);
    next.push(0);
  }
  flush();
  return blocks;

  function enter(el: HtmlElement): void {
    if (BLOCK_TAGS.has(el.tag)) {
      flush();
      owners.push(el);
      textSinceBr = true;
    } else if (el.tag === 'a') linkDepth++;
    else if (SPACED_INLINE_TAGS.has(el.tag)) buf += ' ';
    if (PREFORMATTED_TAGS.has(el.tag)) preDepth++;
  }

  function leave(el: HtmlElement): void {
    if (BLOCK_TAGS.has(el.tag)) {
      flush();
      owners.pop();
      textSinceBr = true;
    } else if (el.tag === 'a') linkDepth--;
    else if (SPACED_INLINE_TAGS.has(el.tag)) buf += ' ';
    if (PREFORMATTED_TAGS.has(el.tag)) preDepth--;
  }
}

function normalize(raw: string): string {
  return raw.replace(SPACES, ' ').replace(BR_RUN, '\n').trim();
}

function normalizePre(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replaceAll(BR, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** Number of non-space characters. */
export function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0x200b && c !== 0x3000) n++;
  }
  return n;
}
