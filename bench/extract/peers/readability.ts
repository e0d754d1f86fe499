/**
 * Mozilla Readability on a linkedom document, returning `textContent` as the
 * benchmark's own Readability runner does.
 * @module
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ExtractorPeer } from './peer.js';

/** Mozilla Readability (on linkedom) as a benchmark peer. */
export const readabilityPeer: ExtractorPeer = {
  name: 'readability',
  extract: (html) => {
    const { document } = parseHTML(html);
    try {
      return new Readability(document).parse()?.textContent ?? '';
    } catch {
      return '';
    }
  },
};
