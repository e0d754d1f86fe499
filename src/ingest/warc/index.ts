/**
 * Web archives: WARC (`.warc`, `.warc.gz`) and its predecessor ARC.
 * @module
 */
export { readWarc, parseHeaders } from './warc-reader.js';
export { readArc } from './arc-reader.js';
