/**
 * Reads a whole file as one document (a text scrape or an HTML page), within
 * the document size limit, so a 200 MB log is refused before it fills memory.
 * @module
 */
import type { InputFormat, MediaType } from '../../model/provenance.js';
import { decodeBytes } from '../charset/decode.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { formatBytes, readError, type FormatReader } from '../reader.js';

/** A reader for files that hold a single document of the given media type. */
export function singleDocumentReader(format: InputFormat, mediaType: MediaType): FormatReader {
  return async function* readSingleDocument(bytes, ctx) {
    const limit = ctx.maxDocumentBytes;
    // A plain file's size says it all; no need to read 200 MB to refuse them.
    if (!ctx.gzip && ctx.size !== undefined && ctx.size > limit) {
      yield readError(ctx.file, format, `document is ${formatBytes(ctx.size)}, over the ${formatBytes(limit)} limit for one document (raise it with --max-document-mb); skipped`);
      return;
    }
    if (await bytes.fill(limit + 1)) {
      const skipped = await bytes.skip(Number.MAX_SAFE_INTEGER);
      yield readError(ctx.file, format, `document is ${formatBytes(skipped)}, over the ${formatBytes(limit)} limit for one document (raise it with --max-document-mb); skipped`);
      return;
    }
    // A document cut short by a broken stream is not kept; the caller reports why.
    if (bytes.failure) return;
    const raw = await bytes.read(bytes.available);
    if (raw.toString('latin1').trim() === '') {
      yield { kind: 'skipped', file: ctx.file, reason: 'empty file' };
      return;
    }
    const decoded = decodeBytes(raw, { html: mediaType === 'text/html' });
    const diagnostics: Diagnostic[] = decoded.warnings.map((message) => ({ severity: 'warning', step: 'decode', message, file: ctx.file }));
    yield {
      kind: 'document',
      diagnostics,
      document: {
        mediaType,
        content: decoded.text,
        byteLength: raw.length,
        provenance: {
          source: ctx.file,
          file: ctx.file,
          format,
          ...(ctx.gzip ? { gzip: true } : {}),
          charset: decoded.charset,
          charsetSource: decoded.source,
        },
      },
    };
  };
}
