/**
 * Communiqué's own extractor: `htmlToPage` then the text of the `main` blocks.
 * @module
 */
import { htmlToPage, mainText } from '../../../src/clean/html/index.js';
import type { ExtractorPeer } from './peer.js';

/** Communiqué's HTML extractor as a benchmark peer. */
export const communiquePeer: ExtractorPeer = {
  name: 'ours',
  extract: (html, url) => mainText(htmlToPage(html, url === undefined ? {} : { url })),
};
