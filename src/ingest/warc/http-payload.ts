/**
 * The HTTP response inside a WARC or ARC record: status, headers, and the body
 * with chunked transfer and gzip/deflate/brotli content encodings undone.
 * @module
 */
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

export interface HttpPayload {
  readonly status: number;
  readonly headers: ReadonlyMap<string, string>;
  readonly body: Buffer;
}

/** Parses an HTTP response message; null when the block does not start with a status line. */
export function parseHttpResponse(block: Buffer, maxBodyBytes: number): HttpPayload | null {
  let end = block.indexOf('\r\n\r\n');
  let sepLen = 4;
  if (end < 0) {
    end = block.indexOf('\n\n');
    sepLen = 2;
  }
  const head = block.subarray(0, end < 0 ? block.length : end).toString('latin1');
  const lines = head.split(/\r?\n/);
  const m = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0] ?? '');
  if (!m) return null;
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  let body = end < 0 ? Buffer.alloc(0) : block.subarray(end + sepLen);
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body);
  body = decodeContent(body, headers.get('content-encoding') ?? '', maxBodyBytes);
  return { status: Number(m[1]), headers, body };
}

/** Undoes chunked transfer coding; a malformed stream keeps what was read. */
function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let pos = 0;
  while (pos < body.length) {
    const nl = body.indexOf('\r\n', pos);
    if (nl < 0) break;
    const size = parseInt(body.subarray(pos, nl).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size)) return parts.length ? Buffer.concat(parts) : body;
    if (size === 0) break;
    parts.push(body.subarray(nl + 2, nl + 2 + size));
    pos = nl + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

function decodeContent(body: Buffer, encoding: string, maxBytes: number): Buffer {
  const e = encoding.toLowerCase();
  try {
    if (e.includes('gzip')) return gunzipSync(body, { maxOutputLength: maxBytes });
    if (e.includes('deflate')) return inflateSync(body, { maxOutputLength: maxBytes });
    if (e.includes('br')) return brotliDecompressSync(body, { maxOutputLength: maxBytes });
  } catch {
    // Many crawlers store the decoded body but keep the header; use the bytes as they are.
  }
  return body;
}

/** The media type of a Content-Type value, lower-cased, without parameters. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}
