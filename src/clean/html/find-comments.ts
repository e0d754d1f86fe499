/**
 * Finds reader comments: the comment sections (elements cued as comments),
 * and inside them each single comment, so that its author line, date line
 * and text blocks share one group number. Section headers, forms and
 * Reply/Report links stay outside any group.
 * @module
 */
import type { HtmlElement } from './dom.js';
import type { Layout } from './layout.js';
import {
  COMMENT_ACTION, COMMENT_ITEM_CLASSES, COMMENT_ITEM_ID, COMMENT_ITEMTYPE, COMMENT_LIST_TAGS,
} from './model/comment-cues.js';

/** Where each block stands with respect to comments, by block index. */
export interface CommentMap {
  /** True for blocks inside a comment section. */
  readonly inSection: readonly boolean[];
  /** The comment's group number (0, 1, …) for blocks of a comment; null otherwise. */
  readonly group: ReadonlyArray<number | null>;
}

/** Locates comment sections and numbers their comments in page order. */
export function findComments(layout: Layout): CommentMap {
  const els = layout.tree.elements;
  const section: Array<HtmlElement | null> = new Array<HtmlElement | null>(els.length).fill(null);
  const item: Array<HtmlElement | null> = new Array<HtmlElement | null>(els.length).fill(null);
  const kind = new Uint8Array(els.length);
  for (let i = 1; i < els.length; i++) {
    const el = els[i]!;
    const p = el.parent!.index;
    // Only cues that survived the layout-wrapper check open a section.
    const own = layout.zoneElement[i] === el && layout.zone[i] === 'comments';
    section[i] = section[p] ?? (own ? el : null);
    if (section[i] !== null) kind[i] = itemKind(el, layout);
  }
  dropSectionWrappers(els, kind);
  for (let i = 1; i < els.length; i++) {
    if (section[i] === null) continue;
    item[i] = kind[i] !== NOT_ITEM ? els[i]! : item[els[i]!.parent!.index] ?? null;
  }
  groupDefinitionLists(layout, section, item);
  const groups = new Map<HtmlElement, number>();
  const inSection: boolean[] = [];
  const group: Array<number | null> = [];
  for (const b of layout.blocks) {
    const i = b.owner.index;
    inSection.push(section[i] !== null);
    const it = item[i];
    if (it === null || it === undefined || isAction(b.text)) {
      group.push(null);
      continue;
    }
    let g = groups.get(it);
    if (g === undefined) groups.set(it, (g = groups.size));
    group.push(g);
  }
  return { inSection, group };
}

const NOT_ITEM = 0;
/** Marked as one comment by its id or microdata: trusted. */
const BY_ID = 1;
/** Marked by a class name or list position: a wrapper of several comments can look the same. */
const BY_CLASS = 2;

function itemKind(el: HtmlElement, layout: Layout): number {
  const a = el.attrs;
  if (a.id !== undefined && COMMENT_ITEM_ID.test(a.id)) return BY_ID;
  if (a.itemprop?.toLowerCase() === 'comment' || COMMENT_ITEMTYPE.test(a.itemtype ?? '')) return BY_ID;
  if (a.class !== undefined && a.class.split(/\s+/).some((c) => COMMENT_ITEM_CLASSES.has(c.toLowerCase()))) return BY_CLASS;
  // Rows of a list that is itself cued as the comment list (`ol.comment-list > li`).
  const p = el.parent;
  return el.tag === 'li' && p !== null && COMMENT_LIST_TAGS.has(p.tag) && layout.cues[p.index]!.zone === 'comments' ? BY_CLASS : NOT_ITEM;
}

/** A class-marked "comment" holding two or more comments of its own is the section's wrapper. */
function dropSectionWrappers(els: readonly HtmlElement[], kind: Uint8Array): void {
  const inner = new Uint16Array(els.length);
  for (let i = els.length - 1; i > 0; i--) {
    if (kind[i] === BY_CLASS && inner[i]! >= 2) kind[i] = NOT_ITEM;
    const p = els[i]!.parent!.index;
    // Count the nearest items below each element: an item passes itself up, anything else its count.
    const up = kind[i] !== NOT_ITEM ? 1 : inner[i]!;
    inner[p] = Math.min(65535, inner[p]! + up);
  }
}

/** Old Blogger lays a comment out as `<dt>` author, `<dd>` text, `<dd>` date: each `<dt>` starts one. */
function groupDefinitionLists(layout: Layout, section: ReadonlyArray<HtmlElement | null>, item: Array<HtmlElement | null>): void {
  for (const dl of layout.tree.elements) {
    if (dl.tag !== 'dl' || section[dl.index] === null || item[dl.index] !== null) continue;
    let current: HtmlElement | null = null;
    for (const k of dl.children) {
      if (typeof k === 'string') continue;
      if (k.tag === 'dt') current = k;
      if (current === null || item[k.index] !== null) continue;
      // Everything under this row belongs to the comment its <dt> opened.
      const end = layout.stats.subtreeEnd[k.index]!;
      for (let j = k.index; j < end; j++) if (item[j] === null) item[j] = current;
    }
  }
}

function isAction(text: string): boolean {
  return text.length <= 40 && COMMENT_ACTION.test(text.trim());
}
