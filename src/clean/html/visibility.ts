/**
 * Decides whether an element's subtree is rendered at all.
 * @module
 */
import type { HtmlElement } from './dom.js';
import { INVISIBLE_TAGS } from './model/html-tags.js';
import { HIDING_CLASS, HIDING_STYLE } from './model/visibility.js';

/** True when the element and everything inside it are not shown on the page. */
export function isHidden(el: HtmlElement): boolean {
  if (INVISIBLE_TAGS.has(el.tag)) return true;
  const a = el.attrs;
  if (a.hidden !== undefined) return true;
  if (a['aria-hidden'] === 'true') return true;
  if (a.type === 'hidden') return true;
  if (a.style !== undefined && HIDING_STYLE.test(a.style)) return true;
  return a.class !== undefined && HIDING_CLASS.test(a.class);
}
