/**
 * HTML to page tree: every visible text block of the page in reading order,
 * each with a role hint (`title`, `main`, `comment`, `boilerplate`), plus the
 * metadata the page carries (`<title>`, Open Graph, JSON-LD, `<time>`,
 * `<html lang>`).
 *
 * The work is linear in the size of the page: a tokenizer-driven tree
 * builder, one walk to cut blocks, and a few passes over the flat element
 * array to weigh subtrees, pick the main container, the title and the comment
 * sections.
 * @module
 */
import type { Page } from '../../model/page.js';
import { assignRoles } from './assign-roles.js';
import { chooseContainers } from './choose-container.js';
import { collectBlocks } from './collect-blocks.js';
import { findComments } from './find-comments.js';
import { findTitle } from './find-title.js';
import { readJsonLd } from './json-ld.js';
import { analyzeLayout } from './layout.js';
import { IGNORED_TIME_ZONES } from './model/title-cues.js';
import { parseHtml } from './parse-html.js';
import { collectMetaTags, declaredTitles, readMeta } from './read-meta.js';

/** Options of `htmlToPage`. */
export interface HtmlToPageOptions {
  /** The page's URL, when known (it goes to `meta.url`). */
  readonly url?: string;
}

/** Turns an HTML document into a Page: all visible blocks with role hints, and the page metadata. */
export function htmlToPage(html: string, options: HtmlToPageOptions = {}): Page {
  const tree = parseHtml(html);
  const layout = analyzeLayout(tree, collectBlocks(tree.root));
  const boxes = chooseContainers(layout);
  const metas = collectMetaTags(tree);
  const ld = readJsonLd(tree.jsonLd);
  const title = findTitle(layout, boxes, declaredTitles(tree, metas, ld));
  const blocks = assignRoles(layout, boxes, title, findComments(layout));
  const meta = readMeta(tree, metas, ld, {
    ...(options.url === undefined ? {} : { url: options.url }),
    ...(title >= 0 ? { heading: layout.blocks[title]!.text } : {}),
    ignoreTime: (el) => {
      const zone = layout.zone[el.index];
      return zone !== null && zone !== undefined && IGNORED_TIME_ZONES.has(zone);
    },
  });
  return { blocks, meta };
}

/** The main body text: the `main` blocks (not the title), paragraphs separated by a blank line. */
export function mainText(page: Page): string {
  return page.blocks.filter((b) => b.role === 'main').map((b) => b.text).join('\n\n');
}
