/**
 * The shape every format reader shares: it reads one input's bytes and yields
 * documents with provenance, and problems as diagnostics, never throwing for
 * bad data, so one broken record costs only that record.
 * @module
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceDocument } from '../model/provenance.js';
import type { ByteReader } from './byte-reader.js';

export type ReadItem =
  | { readonly kind: 'document'; readonly document: SourceDocument; readonly diagnostics: readonly Diagnostic[] }
  | { readonly kind: 'diagnostic'; readonly diagnostic: Diagnostic }
  | { readonly kind: 'skipped'; readonly file: string; readonly record?: number; readonly reason: string };

export interface ReaderContext {
  /** The path as the user gave it (or "-" for standard input). */
  readonly file: string;
  /** Whether the bytes were gzip-compressed. */
  readonly gzip: boolean;
  /** Largest single document (or record) to read, in bytes. */
  readonly maxDocumentBytes: number;
  /** Size of the file on disk, when known (not for standard input). */
  readonly size?: number;
}

/** A format reader: bytes in, items out. */
export type FormatReader = (bytes: ByteReader, context: ReaderContext) => AsyncGenerator<ReadItem>;

/** Default limit for one document: far above any statement page, far below the memory. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

/** Builds an error diagnostic for `file`. */
export function readError(file: string, step: string, message: string, record?: number): ReadItem {
  return { kind: 'diagnostic', diagnostic: { severity: 'error', step, message, file, ...(record === undefined ? {} : { record }) } };
}

/** Formats a byte count for messages: "200.0 MB". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
