/**
 * Tag tables for the tree builder and the block collector: which elements are
 * void, which start a new text block, which are never visible, and which open
 * tags implicitly close the element on top of the stack (a subset of the HTML
 * tree-construction rules, enough for the malformed pages found on the web).
 * @module
 */
import type { BlockTag } from '../../../model/page.js';

/** Elements that never have children. */
export const VOID_TAGS: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input',
  'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Elements whose content is never rendered as page text (dropped with their subtree). */
export const INVISIBLE_TAGS: ReadonlySet<string> = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object',
  'embed', 'video', 'audio', 'select', 'datalist', 'textarea', 'noembed', 'noframes', 'map',
]);

/** Elements laid out as blocks: their start and end break the running text into blocks. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main',
  'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'xmp', 'dialog',
]);

/** The block tag a block-level element is reported as; anything else is a `div`. */
export const BLOCK_TAG_OF: ReadonlyMap<string, BlockTag> = new Map<string, BlockTag>([
  ['h1', 'h1'], ['h2', 'h2'], ['h3', 'h3'], ['h4', 'h4'], ['h5', 'h5'], ['h6', 'h6'],
  ['p', 'p'], ['address', 'p'], ['li', 'li'], ['blockquote', 'blockquote'], ['pre', 'pre'],
  ['xmp', 'pre'], ['listing', 'pre'], ['plaintext', 'pre'], ['td', 'td'], ['th', 'td'],
  ['dt', 'dt'], ['dd', 'dd'], ['figcaption', 'figcaption'], ['caption', 'figcaption'],
]);

/** Inline elements drawn as separate boxes: their text never runs into the text beside them. */
export const SPACED_INLINE_TAGS: ReadonlySet<string> = new Set(['button', 'img', 'input', 'label', 'meter', 'progress']);

/** Elements whose text keeps its white space. */
export const PREFORMATTED_TAGS: ReadonlySet<string> = new Set(['pre', 'xmp', 'listing', 'plaintext', 'textarea']);

const P = new Set(['p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const FORM_CONTROLS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DT_DD = new Set(['dt', 'dd', 'p']);

/**
 * For an opening tag, the elements it closes while they are on top of the
 * stack (as htmlparser2's Parser does): `<p>` ends an open `<p>`, `<li>` an
 * open `<li>`, a `<div>` an open `<p>`, and so on.
 */
export const OPEN_IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th', 'td'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li', 'p'])],
  ['p', P],
  ['h1', HEADINGS], ['h2', HEADINGS], ['h3', HEADINGS], ['h4', HEADINGS], ['h5', HEADINGS], ['h6', HEADINGS],
  ['select', FORM_CONTROLS], ['input', FORM_CONTROLS], ['output', FORM_CONTROLS],
  ['button', FORM_CONTROLS], ['datalist', FORM_CONTROLS], ['textarea', FORM_CONTROLS],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DT_DD], ['dt', DT_DD],
  ['address', P], ['article', P], ['aside', P], ['blockquote', P], ['details', P], ['div', P],
  ['dl', P], ['fieldset', P], ['figcaption', P], ['figure', P], ['footer', P], ['form', P],
  ['header', P], ['hr', P], ['main', P], ['nav', P], ['ol', P], ['pre', P], ['section', P],
  ['table', P], ['ul', P], ['center', P], ['menu', P], ['summary', P],
  ['rt', new Set(['rb', 'rt', 'rtc', 'rp'])], ['rp', new Set(['rb', 'rt', 'rtc', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])], ['tfoot', new Set(['thead', 'tbody'])],
]);

/**
 * Attributes the extractor reads; the tree builder keeps only these, which
 * saves slicing every `data-*` and `srcset` value of a page.
 */
export const KEPT_ATTRIBUTES: ReadonlySet<string> = new Set([
  'id', 'class', 'role', 'style', 'hidden', 'aria-hidden', 'itemprop', 'itemtype', 'itemscope',
  'datetime', 'content', 'property', 'name', 'type', 'lang', 'xml:lang', 'rel', 'href',
  'http-equiv', 'aria-label', 'title',
]);

/** Deepest nesting the tree keeps; deeper elements are attached flat, as browsers do (Blink stops at 512). */
export const MAX_TREE_DEPTH = 512;

/** Input beyond this many characters is ignored: no statement page needs more, and it bounds the work. */
export const MAX_INPUT_CHARS = 8_000_000;
