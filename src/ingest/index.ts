/**
 * Ingest: every supported input format read into `SourceDocument`s with
 * provenance. One reader per format (`text/`, `html/`, `warc/`, `jsonl/`);
 * `readInput` picks the reader from the content.
 * @module
 */
export { readInput, type ReadInputOptions } from './read-input.js';
export { expandInputs, type InputRef } from './expand-inputs.js';
export { DEFAULT_MAX_DOCUMENT_BYTES, type ReadItem } from './reader.js';
export { decodeBytes } from './charset/decode.js';
export { sniffFormat } from './sniff.js';
