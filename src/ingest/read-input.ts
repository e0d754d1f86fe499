/**
 * Opens one input (a file or standard input), undoes gzip, detects the format
 * from the content and hands the bytes to the right reader. Any failure of the
 * stream itself (a truncated gzip, an unreadable file) becomes one diagnostic
 * naming the file; what was read before it is kept.
 * @module
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { ByteReader } from './byte-reader.js';
import { readHtml } from './html/index.js';
import { readJsonArray, readJsonl } from './jsonl/index.js';
import { DEFAULT_MAX_DOCUMENT_BYTES, readError, type FormatReader, type ReadItem, type ReaderContext } from './reader.js';
import { SNIFF_BYTES, sniffFormat, type SniffedFormat } from './sniff.js';
import { readText } from './text/index.js';
import { readArc, readWarc } from './warc/index.js';
import { readPdf } from './pdf/index.js';

export interface ReadInputOptions {
  readonly maxDocumentBytes?: number;
  /** Read this stream instead of opening `file` (standard input). */
  readonly stream?: AsyncIterable<Uint8Array>;
}

const READERS: Partial<Record<SniffedFormat, FormatReader>> = {
  text: readText,
  html: readHtml,
  jsonl: readJsonl,
  json: readJsonArray,
  warc: readWarc,
  arc: readArc,
  pdf: readPdf,
};

/** Reads every document in one input. Never throws for bad data. */
export async function* readInput(file: string, options: ReadInputOptions = {}): AsyncGenerator<ReadItem> {
  const maxDocumentBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  let gzip = false;
  let bytes: ByteReader | undefined;
  let documents = 0;
  try {
    const raw = options.stream ?? createReadStream(file, { highWaterMark: 1 << 16 });
    bytes = new ByteReader(raw);
    let format = sniffFormat(await bytes.peek(SNIFF_BYTES), file);
    if (bytes.failure) throw bytes.failure;
    if (format === 'gzip') {
      gzip = true;
      bytes = new ByteReader(gunzipAll(bytes));
      format = sniffFormat(await bytes.peek(SNIFF_BYTES), file.replace(/\.gz$/i, ''));
    }
    if (format === 'empty') {
      if (bytes.failure) throw bytes.failure;
      yield { kind: 'skipped', file, reason: 'empty file' };
      return;
    }
    if (format === 'binary') {
      yield readError(file, 'read', 'binary data, not text, HTML, WARC, ARC, JSON Lines or PDF; skipped');
      return;
    }
    if (format === 'gzip') {
      yield readError(file, 'read', 'gzip inside gzip is not read; decompress it once first');
      return;
    }
    const reader = READERS[format]!;
    const size = options.stream ? undefined : (await stat(file)).size;
    const context: ReaderContext = { file, gzip, maxDocumentBytes, ...(size === undefined ? {} : { size }) };
    for await (const item of reader(bytes, context)) {
      if (item.kind === 'document') documents++;
      yield item;
    }
    if (bytes.failure) throw bytes.failure;
  } catch (e) {
    yield readError(file, gzip ? 'gzip' : 'read', describeStreamError(e as NodeJS.ErrnoException, bytes?.offset ?? 0, documents));
  }
}

/** Decompresses a byte stream holding one or more gzip members (as `.warc.gz` files do). */
async function* gunzipAll(bytes: ByteReader): AsyncGenerator<Uint8Array> {
  const gunzip = createGunzip();
  const feed = (async () => {
    try {
      while (!(await bytes.atEnd())) {
        const chunk = await bytes.read(Math.min(bytes.available, 1 << 16));
        if (!gunzip.write(chunk)) await new Promise((r) => gunzip.once('drain', r));
      }
      gunzip.end();
    } catch (e) {
      gunzip.destroy(e as Error);
    }
  })();
  yield* gunzip;
  await feed;
}

function describeStreamError(e: NodeJS.ErrnoException, offset: number, documents: number): string {
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'EACCES') return 'permission denied';
  if (e.code === 'EISDIR') return 'is a directory';
  if (e.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(e.message)) {
    return `gzip data ends unexpectedly after ${offset} decompressed bytes (${documents} document${documents === 1 ? '' : 's'} read before it); the file is truncated`;
  }
  if (e.code?.startsWith('Z_') || /incorrect header check|invalid (block|stored|distance)/i.test(e.message)) {
    return `gzip data is corrupt after ${offset} decompressed bytes (${e.message}); ${documents} document${documents === 1 ? '' : 's'} read before it`;
  }
  return `could not be read: ${e.message}`;
}
