/**
 * @module
 * Plain text: text scrapes turned into the page tree (one block per line),
 * and the text folding every word list is matched with.
 */
export { textToPage } from './text-to-page.js';
export { foldForCues, foldText } from './fold-text.js';
export { PhraseFinder } from './phrase-finder.js';
export type { PhraseHit } from './phrase-finder.js';
