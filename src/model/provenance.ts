/**
 * Where a document came from. Every stored document keeps its provenance, so a
 * researcher can always go back to the file, the WARC record or the JSONL line.
 * @module
 */

/** Input formats Communiqué reads. */
export const INPUT_FORMATS = ['text', 'html', 'warc', 'jsonl', 'pdf'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Media type of a document's decoded content. */
export type MediaType = 'text/html' | 'text/plain';

export interface Provenance {
  /** The path or URL as given by the user (or the target URI of a WARC record). */
  readonly source: string;
  /** The file the bytes were read from; "-" for standard input. */
  readonly file: string;
  /** The container format the document was read from. */
  readonly format: InputFormat;
  /** Whether the file was gzip-compressed. */
  readonly gzip?: boolean;
  /** 1-based record number (WARC record) or line number (JSONL) inside the file. */
  readonly record?: number;
  /** Byte offset of the record in the (uncompressed) file. */
  readonly offset?: number;
  /** URL of the page: WARC target URI, or `url` of a JSONL line. */
  readonly url?: string;
  /** When the page was captured (WARC-Date) or the date a JSONL line gives. */
  readonly capturedAt?: string;
  /** The `id` a JSONL line gives. */
  readonly externalId?: string;
  /** The charset the bytes were decoded with, and how it was decided. */
  readonly charset?: string;
  readonly charsetSource?: 'bom' | 'http' | 'meta' | 'declared' | 'utf8' | 'detected';
}

/** A document as an ingest reader yields it: decoded text plus provenance. */
export interface SourceDocument {
  readonly provenance: Provenance;
  readonly mediaType: MediaType;
  /** Decoded content: HTML source or plain text. */
  readonly content: string;
  /** Size of the raw bytes, for throughput figures. */
  readonly byteLength: number;
}
