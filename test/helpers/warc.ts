/**
 * Builds WARC records byte by byte for reader tests, so each test states the
 * exact damage it checks (a wrong Content-Length, a cut gzip member).
 * @module
 */
import { gzipSync } from 'node:zlib';

export interface WarcRecordSpec {
  readonly type: 'response' | 'request' | 'warcinfo' | 'metadata' | 'resource';
  readonly uri?: string;
  readonly date?: string;
  /** HTTP response headers + body for `response`; the payload itself otherwise. */
  readonly block: Buffer | string;
  readonly contentType?: string;
  /** Declare this Content-Length instead of the true one. */
  readonly lieLength?: number;
}

/** One uncompressed WARC record. */
export function warcRecord(spec: WarcRecordSpec, n = 1): Buffer {
  const block = Buffer.isBuffer(spec.block) ? spec.block : Buffer.from(spec.block, 'utf8');
  const headers = [
    'WARC/1.1',
    `WARC-Type: ${spec.type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}>`,
    `WARC-Date: ${spec.date ?? '2019-05-01T10:00:00Z'}`,
    ...(spec.uri ? [`WARC-Target-URI: ${spec.uri}`] : []),
    `Content-Type: ${spec.contentType ?? (spec.type === 'response' ? 'application/http; msgtype=response' : 'application/warc-fields')}`,
    `Content-Length: ${spec.lieLength ?? block.length}`,
  ];
  return Buffer.concat([Buffer.from(headers.join('\r\n') + '\r\n\r\n'), block, Buffer.from('\r\n\r\n')]);
}

/** An HTTP response message as a crawler stores it. */
export function httpResponse(body: Buffer | string, contentType = 'text/html; charset=utf-8', status = '200 OK'): Buffer {
  const b = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: ${contentType}\r\nContent-Length: ${b.length}\r\n\r\n`), b]);
}

/** A whole WARC file, each record its own gzip member when `gzip` is set (as crawlers write them). */
export function warcFile(specs: readonly WarcRecordSpec[], gzip = false): Buffer {
  return Buffer.concat(specs.map((s, i) => (gzip ? gzipSync(warcRecord(s, i + 1)) : warcRecord(s, i + 1))));
}

export function page(title: string, paragraph: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${paragraph}</p></body></html>`;
}
