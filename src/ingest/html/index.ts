/**
 * Saved HTML pages: one file, one document; the charset comes from the BOM,
 * `<meta charset>` or detection.
 * @module
 */
import { singleDocumentReader } from '../text/single-document-reader.js';

/** Reads an HTML file as one `text/html` document. */
export const readHtml = singleDocumentReader('html', 'text/html');
