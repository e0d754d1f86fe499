/**
 * The common shape of an extractor in the benchmark: a name and a function
 * from an HTML page to its article text. Adding a peer is one small file.
 * @module
 */

/** One extractor under test. */
export interface ExtractorPeer {
  readonly name: string;
  /** Returns the article body text of the page (parsing included). */
  readonly extract: (html: string, url?: string) => string;
}
