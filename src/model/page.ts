/**
 * The page tree every cleaning step works on: a document reduced to blocks of
 * visible text in reading order, with hints about what each block is.
 *
 * HTML pages become one block per block-level element (the main-text extractor
 * adds `role` hints); text scrapes become one block per line. Later steps
 * (boilerplate, comments, segmentation, metadata) read and refine the same
 * shape, so HTML and text share one path after the first step.
 * @module
 */

/** What kind of element a block came from. `line` is a line of a text scrape. */
export type BlockTag =
  | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'
  | 'p' | 'li' | 'blockquote' | 'pre' | 'td' | 'dt' | 'dd' | 'figcaption' | 'div'
  | 'line';

/**
 * What a block is, as far as a step could tell.
 * - `main`: part of the page's main content (statements live here).
 * - `title`: the main heading of the page or of a statement.
 * - `boilerplate`: navigation, share buttons, bylines, related posts, footers, cookie notices…
 * - `comment`: part of a reader comment.
 */
export type BlockRole = 'main' | 'title' | 'boilerplate' | 'comment';

export interface Block {
  /** Visible text; lines inside the block (from `<br>`) are joined with "\n". */
  readonly text: string;
  readonly tag: BlockTag;
  /** A hint from the step that made the block; undefined when nothing is known. */
  readonly role?: BlockRole;
  /** Share of the block's text inside links (0–1), for HTML blocks. */
  readonly linkDensity?: number;
  /** Blocks with the same group number belong together (one reader comment, one list). */
  readonly group?: number;
  /** Why a step gave the role it did (for `communique show` and debugging). */
  readonly reason?: string;
  /** True when a blank line (or block break) separates it from the previous block. */
  readonly breakBefore?: boolean;
}

/** Metadata the page itself carries (`<title>`, Open Graph, JSON-LD, `<time>`, `<html lang>`). */
export interface PageMeta {
  readonly title?: string;
  /** ISO date (YYYY-MM-DD) the page says it was published. */
  readonly published?: string;
  /** ISO date the page says it was modified. */
  readonly modified?: string;
  readonly author?: string;
  readonly siteName?: string;
  /** Language declared by the page (`<html lang>`, `og:locale`), as an ISO 639-1 code. */
  readonly language?: string;
  readonly url?: string;
  readonly description?: string;
}

export interface Page {
  readonly blocks: readonly Block[];
  readonly meta: PageMeta;
}

/** Text of the blocks with the given role, paragraphs separated by a blank line. */
export function textOfRole(page: Page, role: BlockRole): string {
  return page.blocks.filter((b) => b.role === role).map((b) => b.text).join('\n\n');
}
