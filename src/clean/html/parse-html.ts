/**
 * Builds the light element tree from HTML with htmlparser2's Tokenizer.
 *
 * htmlparser2's own `Parser` keeps its open-element stack with
 * `Array.unshift` and scans it on every stray end tag, which makes deeply
 * nested pages quadratic (100,000 nested `<div>`s take seconds; stray end tags
 * minutes). This builder keeps the stack as a plain push/pop array with a
 * count of open elements per tag name, so every operation is amortised O(1),
 * and caps the tree depth the way browsers do.
 * @module
 */
import { Tokenizer } from 'htmlparser2';
import type { HtmlElement, HtmlTree } from './dom.js';
import {
  KEPT_ATTRIBUTES, MAX_INPUT_CHARS, MAX_TREE_DEPTH, OPEN_IMPLIES_CLOSE, VOID_TAGS,
} from './model/html-tags.js';

interface MutableElement {
  tag: string;
  attrs: Record<string, string>;
  parent: MutableElement | null;
  children: Array<MutableElement | string>;
  index: number;
  depth: number;
}

const RAW_TEXT_DROPPED = new Set(['script', 'style', 'iframe', 'noembed', 'noframes', 'xmp']);

/** Parses an HTML string into a light tree; never throws, never recurses. */
export function parseHtml(input: string): HtmlTree {
  const html = input.length > MAX_INPUT_CHARS ? input.slice(0, MAX_INPUT_CHARS) : input;
  const root: MutableElement = { tag: '#document', attrs: {}, parent: null, children: [], index: 0, depth: 0 };
  const elements: MutableElement[] = [root];
  const stack: MutableElement[] = [root];
  const openCount = new Map<string, number>();
  const jsonLd: string[] = [];
  let title: string | null = null;
  let foreign = 0;
  let pending: MutableElement | null = null;
  let attrName: string | null = null;
  let attrValue = '';

  const top = (): MutableElement => stack[stack.length - 1]!;
  const pop = (): void => {
    const el = stack.pop()!;
    openCount.set(el.tag, (openCount.get(el.tag) ?? 1) - 1);
    if (el.tag === 'svg' || el.tag === 'math') foreign--;
    if (el.tag === 'title' && title === null) title = textOf(el);
    if (el.tag === 'script' && /ld\+json/i.test(el.attrs.type ?? '')) jsonLd.push(textOf(el));
  };
  const appendText = (text: string): void => {
    const parent = top();
    if (RAW_TEXT_DROPPED.has(parent.tag) && !(parent.tag === 'script' && /ld\+json/i.test(parent.attrs.type ?? ''))) return;
    const kids = parent.children;
    const last = kids.length - 1;
    if (last >= 0 && typeof kids[last] === 'string') kids[last] = (kids[last] as string) + text;
    else kids.push(text);
  };
  const open = (tag: string): MutableElement => {
    const closes = OPEN_IMPLIES_CLOSE.get(tag);
    if (closes) while (stack.length > 1 && closes.has(top().tag)) pop();
    const parent = top();
    const el: MutableElement = { tag, attrs: {}, parent, children: [], index: elements.length, depth: parent.depth + 1 };
    elements.push(el);
    parent.children.push(el);
    return el;
  };
  const finishOpen = (selfClosing: boolean): void => {
    const el = pending;
    pending = null;
    if (el === null || VOID_TAGS.has(el.tag)) return;
    if (selfClosing && foreign > 0) return;
    // Past the depth cap, elements still hold their text but stay off the stack (flat, like Blink).
    if (stack.length >= MAX_TREE_DEPTH) return;
    stack.push(el);
    openCount.set(el.tag, (openCount.get(el.tag) ?? 0) + 1);
    if (el.tag === 'svg' || el.tag === 'math') foreign++;
  };

  const tokenizer = new Tokenizer({ decodeEntities: true }, {
    onopentagname(start, end) {
      finishOpen(false);
      const tag = html.slice(start, end).toLowerCase();
      // A second <form> inside a form is ignored by browsers; its content joins the outer form.
      pending = tag === 'form' && (openCount.get('form') ?? 0) > 0 ? null : open(tag);
    },
    onattribname(start, end) {
      const name = html.slice(start, end).toLowerCase();
      attrName = KEPT_ATTRIBUTES.has(name) ? name : null;
      attrValue = '';
    },
    onattribdata(start, end) {
      if (attrName !== null) attrValue += html.slice(start, end);
    },
    onattribentity(codepoint) {
      if (attrName !== null) attrValue += String.fromCodePoint(codepoint);
    },
    onattribend() {
      if (attrName !== null && pending !== null && !(attrName in pending.attrs)) pending.attrs[attrName] = attrValue;
      attrName = null;
    },
    onopentagend() {
      finishOpen(false);
    },
    onselfclosingtag() {
      finishOpen(true);
    },
    onclosetag(start, end) {
      finishOpen(false);
      const tag = html.slice(start, end).toLowerCase();
      if (tag === 'br') {
        open('br');
        return;
      }
      if ((openCount.get(tag) ?? 0) <= 0) return;
      while (stack.length > 1) {
        const done = top().tag === tag;
        pop();
        if (done) break;
      }
    },
    ontext(start, end) {
      finishOpen(false);
      appendText(html.slice(start, end));
    },
    ontextentity(codepoint) {
      finishOpen(false);
      appendText(String.fromCodePoint(codepoint));
    },
    oncdata() {},
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {
      finishOpen(false);
      while (stack.length > 1) pop();
    },
    isInForeignContext: () => foreign > 0,
  });
  tokenizer.write(html);
  tokenizer.end();
  return { root: root as HtmlElement, elements: elements as HtmlElement[], title: title ?? '', jsonLd };
}

/** Concatenated text of an element's direct text children (raw-text elements hold nothing else). */
function textOf(el: MutableElement): string {
  let out = '';
  for (const c of el.children) if (typeof c === 'string') out += c;
  return out;
}
