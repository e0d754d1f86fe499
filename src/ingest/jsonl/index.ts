/**
 * JSON Lines dumps (`.jsonl`, `.ndjson`): one document per line, with `text` or
 * `html`, and optionally `url`, `date` and `id`. A broken line is reported with
 * its number and the rest of the file is still read. A `.json` file holding an
 * array of such objects is read the same way.
 * @module
 */
import { LimitExceededError } from '../byte-reader.js';
import { formatBytes, readError, type FormatReader, type ReadItem, type ReaderContext } from '../reader.js';

/** Reads a JSONL file line by line. */
export const readJsonl: FormatReader = async function* readJsonl(bytes, ctx) {
  let lineNo = 0;
  for (;;) {
    let line: Buffer | null;
    lineNo++;
    try {
      line = await bytes.readLine(ctx.maxDocumentBytes);
    } catch (e) {
      if (e instanceof LimitExceededError) {
        yield readError(ctx.file, 'jsonl', `line is over the ${formatBytes(ctx.maxDocumentBytes)} limit for one document; skipped`, lineNo);
        continue;
      }
      throw e;
    }
    if (line === null) return;
    const text = line.toString('utf8').replace(/^\uFEFF/, '');
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      yield readError(ctx.file, 'jsonl', `not valid JSON (${(e as Error).message})`, lineNo);
      continue;
    }
    yield jsonDocument(value, ctx, lineNo, line.length);
  }
};

/** Reads a `.json` file holding an array of document objects. */
export const readJsonArray: FormatReader = async function* readJsonArray(bytes, ctx) {
  if (await bytes.fill(ctx.maxDocumentBytes + 1)) {
    yield readError(ctx.file, 'json', `file is over the ${formatBytes(ctx.maxDocumentBytes)} limit; write it as JSON Lines to read it as a stream`);
    return;
  }
  const raw = await bytes.read(bytes.available);
  let value: unknown;
  try {
    value = JSON.parse(raw.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    yield readError(ctx.file, 'json', `not valid JSON (${(e as Error).message})`);
    return;
  }
  if (!Array.isArray(value)) {
    yield readError(ctx.file, 'json', 'expected an array of documents');
    return;
  }
  for (let i = 0; i < value.length; i++) yield jsonDocument(value[i], ctx, i + 1, 0);
};

function jsonDocument(value: unknown, ctx: ReaderContext, record: number, byteLength: number): ReadItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return readError(ctx.file, 'jsonl', 'expected a JSON object with `text` or `html`', record);
  }
  const o = value as Record<string, unknown>;
  const html = typeof o.html === 'string' ? o.html : undefined;
  const text = typeof o.text === 'string' ? o.text : undefined;
  const content = html ?? text;
  if (content === undefined || content.trim() === '') {
    return readError(ctx.file, 'jsonl', 'no non-empty `text` or `html` string field', record);
  }
  const url = typeof o.url === 'string' && o.url ? o.url : undefined;
  const date = typeof o.date === 'string' && o.date ? o.date : undefined;
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : undefined;
  return {
    kind: 'document',
    diagnostics: [],
    document: {
      mediaType: html !== undefined ? 'text/html' : 'text/plain',
      content,
      byteLength: byteLength || Buffer.byteLength(content),
      provenance: {
        source: url ?? `${ctx.file}#${record}`,
        file: ctx.file,
        format: 'jsonl',
        record,
        ...(ctx.gzip ? { gzip: true } : {}),
        ...(url ? { url } : {}),
        ...(date ? { capturedAt: date } : {}),
        ...(id ? { externalId: id } : {}),
        charset: 'utf-8',
        charsetSource: 'utf8',
      },
    },
  };
}
