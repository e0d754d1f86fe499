/**
 * Turns the payload of an archived HTTP response into a document, or says why
 * it is not one (an image, a redirect, an error page).
 * @module
 */
import type { Diagnostic } from '../../model/diagnostic.js';
import type { MediaType, Provenance } from '../../model/provenance.js';
import { decodeBytes } from '../charset/decode.js';
import type { ReadItem } from '../reader.js';
import { sniffFormat } from '../sniff.js';
import { mediaTypeOf, parseHttpResponse } from './http-payload.js';

export interface ArchivedRecord {
  /** The record block: an HTTP response, or the resource itself. */
  readonly block: Buffer;
  /** Content-Type of the block as the archive declares it. */
  readonly blockType: string | undefined;
  readonly provenance: Provenance;
  readonly maxDocumentBytes: number;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const TEXT_TYPES = new Set(['text/plain']);

/** The document in an archived record, a `skipped` item, or an error. */
export function payloadDocument(rec: ArchivedRecord): ReadItem {
  const { provenance: p } = rec;
  const isHttp = /application\/http/i.test(rec.blockType ?? '') || rec.block.subarray(0, 5).toString('latin1') === 'HTTP/';
  let body = rec.block;
  let contentType = rec.blockType;
  if (isHttp) {
    const http = parseHttpResponse(rec.block, rec.maxDocumentBytes);
    if (!http) {
      return { kind: 'diagnostic', diagnostic: { severity: 'error', step: p.format, message: 'response record does not hold an HTTP response; skipped', file: p.file, record: p.record! } };
    }
    if (http.status < 200 || http.status >= 300) return skipped(p, `HTTP ${http.status}`);
    body = http.body;
    contentType = http.headers.get('content-type');
  }
  const declared = mediaTypeOf(contentType);
  let mediaType: MediaType | null = HTML_TYPES.has(declared) ? 'text/html' : TEXT_TYPES.has(declared) ? 'text/plain' : null;
  if (!declared) {
    const sniffed = sniffFormat(body.subarray(0, 4096));
    mediaType = sniffed === 'html' ? 'text/html' : sniffed === 'text' ? 'text/plain' : null;
  }
  if (!mediaType) return skipped(p, `not HTML or text (${declared || 'unknown type'})`);
  if (body.toString('latin1').trim() === '') return skipped(p, 'empty payload');
  const decoded = decodeBytes(body, { ...(contentType ? { contentType } : {}), html: mediaType === 'text/html' });
  const diagnostics: Diagnostic[] = decoded.warnings.map((message) => ({ severity: 'warning', step: 'decode', message, file: p.file, record: p.record! }));
  return {
    kind: 'document',
    diagnostics,
    document: {
      mediaType,
      content: decoded.text,
      byteLength: body.length,
      provenance: { ...p, charset: decoded.charset, charsetSource: decoded.source },
    },
  };
}

function skipped(p: Provenance, reason: string): ReadItem {
  return { kind: 'skipped', file: p.file, record: p.record!, reason };
}
