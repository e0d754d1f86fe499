/**
 * The light element tree the HTML extractor works on. Children are elements
 * or text strings; every element also sits in a flat pre-order array, so
 * passes over the tree are loops, never recursion.
 * @module
 */

/** One element of the light tree. */
export interface HtmlElement {
  /** Lower-case tag name. */
  readonly tag: string;
  /** The attributes the extractor reads (see `KEPT_ATTRIBUTES`), lower-case names. */
  readonly attrs: Readonly<Record<string, string>>;
  readonly parent: HtmlElement | null;
  readonly children: ReadonlyArray<HtmlElement | string>;
  /** Position in pre-order (`HtmlTree.elements[index] === this`). */
  readonly index: number;
  readonly depth: number;
}

/** A parsed page: the tree plus the few raw-text contents metadata needs. */
export interface HtmlTree {
  readonly root: HtmlElement;
  /** All elements in pre-order (document order of their start tags). */
  readonly elements: readonly HtmlElement[];
  /** Text of the first `<title>`. */
  readonly title: string;
  /** Contents of `<script type="application/ld+json">` elements. */
  readonly jsonLd: readonly string[];
}
