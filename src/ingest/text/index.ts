/**
 * Plain-text scrapes: one file, one document.
 * @module
 */
import { singleDocumentReader } from './single-document-reader.js';

/** Reads a text file as one `text/plain` document. */
export const readText = singleDocumentReader('text', 'text/plain');
export { singleDocumentReader };
