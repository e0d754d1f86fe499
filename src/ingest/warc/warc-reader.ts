/**
 * WARC files (ISO 28500, versions 0.17–1.1), plain or gzip-compressed record by
 * record. Written by hand rather than with `warcio` because an archive reader
 * has to say *which* record is broken and carry on: warcio reads a truncated
 * gzip as a clean end and a wrong Content-Length as a silently corrupted
 * record.
 *
 * `response`, `resource` and `conversion` records with HTML or text payloads
 * become documents; `request`, `metadata`, `warcinfo` and `revisit` records are
 * skipped.
 * @module
 */
import type { ByteReader } from '../byte-reader.js';
import { formatBytes, readError, type FormatReader, type ReadItem, type ReaderContext } from '../reader.js';
import { payloadDocument } from './payload-document.js';

const CRLFCRLF = Buffer.from('\r\n\r\n');
const NEXT_RECORD = Buffer.from('\r\n\r\nWARC/');
const LINE_START_WARC = Buffer.from('\nWARC/');
const MAX_HEADER_BYTES = 64 * 1024;
const DOCUMENT_TYPES = new Set(['response', 'resource', 'conversion']);

/** Reads every record of a WARC file. */
export const readWarc: FormatReader = async function* readWarc(bytes, ctx) {
  let record = 0;
  for (;;) {
    await skipBlankLines(bytes);
    if (await bytes.atEnd()) return;
    record++;
    const start = bytes.offset;
    const headerEnd = await bytes.indexOf(CRLFCRLF, MAX_HEADER_BYTES);
    const first = (await bytes.peek(5)).toString('latin1');
    if (first !== 'WARC/' || headerEnd < 0) {
      const found = JSON.stringify((await bytes.peek(24)).toString('latin1'));
      yield readError(ctx.file, 'warc', `at byte ${start}: expected a WARC record header, found ${found}${record > 1 ? '; the previous record\'s Content-Length is probably wrong' : ''}; skipping to the next record`, record);
      await bytes.skip(1);
      if (!(await resync(bytes))) return;
      continue;
    }
    const headers = parseHeaders((await bytes.read(headerEnd)).toString('utf8'));
    await bytes.skip(4);
    const lengthText = headers.get('content-length') ?? '';
    if (!/^\d+$/.test(lengthText)) {
      yield readError(ctx.file, 'warc', `at byte ${start}: Content-Length "${lengthText}" is not a number; skipping to the next record`, record);
      if (!(await resync(bytes))) return;
      continue;
    }
    const length = Number(lengthText);
    const type = (headers.get('warc-type') ?? '').toLowerCase();
    if (!DOCUMENT_TYPES.has(type) || length > ctx.maxDocumentBytes) {
      if (length > ctx.maxDocumentBytes && DOCUMENT_TYPES.has(type)) {
        yield readError(ctx.file, 'warc', `record is ${formatBytes(length)}, over the ${formatBytes(ctx.maxDocumentBytes)} limit for one document; skipped`, record);
      } else {
        yield { kind: 'skipped', file: ctx.file, record, reason: `${type || 'untyped'} record` };
      }
      const skipped = await bytes.skip(length);
      if (skipped < length) {
        yield truncated(ctx, record, start, length, skipped);
        return;
      }
      const trailer = await expectTrailer(bytes, ctx, record, length);
      if (trailer.item) yield trailer.item;
      continue;
    }
    let block = await bytes.read(length);
    const problems: ReadItem[] = [];
    if (block.length < length) {
      // A last record whose Content-Length is too large still ends with the
      // record terminator; a truncated one does not.
      if (block.length >= 4 && block.subarray(-4).equals(CRLFCRLF)) {
        problems.push(warn(ctx, record, `Content-Length ${length} is larger than the record (${block.length - 4} bytes); read it to the end of the file`));
        block = block.subarray(0, block.length - 4);
      } else {
        yield truncated(ctx, record, start, length, block.length);
        return;
      }
    } else {
      const trailer = await expectTrailer(bytes, ctx, record, length, block);
      if (trailer.block === null) {
        if (trailer.item) yield trailer.item;
        continue;
      }
      block = trailer.block;
      if (trailer.item) problems.push(trailer.item);
    }
    yield* problems;
    yield payloadDocument({
      block,
      blockType: headers.get('content-type'),
      maxDocumentBytes: ctx.maxDocumentBytes,
      provenance: {
        source: headers.get('warc-target-uri')?.replace(/^<|>$/g, '') || `${ctx.file}#${record}`,
        file: ctx.file,
        format: 'warc',
        record,
        offset: start,
        ...(ctx.gzip ? { gzip: true } : {}),
        ...(headers.get('warc-target-uri') ? { url: headers.get('warc-target-uri')!.replace(/^<|>$/g, '') } : {}),
        ...(headers.get('warc-date') ? { capturedAt: headers.get('warc-date')! } : {}),
      },
    });
  }
};

/**
 * Checks the CRLF CRLF that ends every record. When it is missing, the
 * Content-Length lied: too large and the block swallowed the next record's
 * header (cut the block there and give the rest back), or too small and the
 * record goes on (read up to the next header). Returns the corrected block, or
 * null when the record cannot be recovered.
 */
async function expectTrailer(bytes: ByteReader, ctx: ReaderContext, record: number, length: number, block?: Buffer): Promise<{ block: Buffer | null; item?: ReadItem }> {
  const next = await bytes.peek(4);
  if (next.equals(CRLFCRLF)) {
    await bytes.skip(4);
    return { block: block ?? null };
  }
  if (next.length === 0 && block) {
    return { block, item: warn(ctx, record, 'record is not followed by the CRLF CRLF terminator at the end of the file') };
  }
  if (block) {
    const inner = block.indexOf(NEXT_RECORD);
    if (inner >= 0) {
      bytes.unread(block.subarray(inner + 4));
      return { block: block.subarray(0, inner), item: warn(ctx, record, `Content-Length ${length} is larger than the record (${inner} bytes); read it up to the next record`) };
    }
    const ahead = await bytes.indexOf(NEXT_RECORD, ctx.maxDocumentBytes);
    if (ahead >= 0) {
      const rest = await bytes.read(ahead);
      await bytes.skip(4);
      return { block: Buffer.concat([block, rest]), item: warn(ctx, record, `Content-Length ${length} is smaller than the record (${length + ahead} bytes); read it up to the next record`) };
    }
  }
  const item = readError(ctx.file, 'warc', `record is not followed by the CRLF CRLF terminator, so its Content-Length (${length}) is wrong; skipped`, record);
  if (!(await resync(bytes))) return { block: null, item };
  return { block: null, item };
}

function truncated(ctx: ReaderContext, record: number, start: number, length: number, got: number): ReadItem {
  return readError(ctx.file, 'warc', `record at byte ${start} declares ${length} bytes but the file ends after ${got}; the file is truncated`, record);
}

function warn(ctx: ReaderContext, record: number, message: string): ReadItem {
  return { kind: 'diagnostic', diagnostic: { severity: 'warning', step: 'warc', message, file: ctx.file, record } };
}

/** Moves to the start of the next line that begins a WARC record. */
async function resync(bytes: ByteReader): Promise<boolean> {
  if (!(await bytes.skipTo(LINE_START_WARC))) return false;
  await bytes.skip(1);
  return true;
}

async function skipBlankLines(bytes: ByteReader): Promise<void> {
  for (;;) {
    const b = await bytes.peek(1);
    if (b.length === 0 || (b[0] !== 0x0d && b[0] !== 0x0a)) return;
    await bytes.skip(1);
  }
}

/** WARC named fields, keys lower-cased; the first line (the version) is dropped. */
export function parseHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  let last = '';
  for (const line of text.split(/\r?\n/).slice(1)) {
    if (/^[ \t]/.test(line) && last) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const i = line.indexOf(':');
    if (i <= 0) continue;
    last = line.slice(0, i).trim().toLowerCase();
    headers.set(last, line.slice(i + 1).trim());
  }
  return headers;
}
