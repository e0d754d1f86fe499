/**
 * ARC files, the Internet Archive's format before WARC: a `filedesc://` record,
 * then records whose one-line header is `URL IP-address date content-type
 * length`, each followed by that many bytes and a newline.
 * @module
 */
import { formatBytes, readError, type FormatReader } from '../reader.js';
import { payloadDocument } from './payload-document.js';

const MAX_HEADER_LINE = 8192;

/** Reads every record of an ARC file. */
export const readArc: FormatReader = async function* readArc(bytes, ctx) {
  let record = 0;
  for (;;) {
    const start = bytes.offset;
    let line: Buffer | null;
    try {
      line = await bytes.readLine(MAX_HEADER_LINE);
    } catch {
      yield readError(ctx.file, 'arc', `at byte ${start}: record header line too long; stopped reading this file`, record + 1);
      return;
    }
    if (line === null) return;
    const header = line.toString('utf8').trim();
    if (header === '') continue;
    record++;
    const fields = header.split(/\s+/);
    const length = Number(fields[fields.length - 1]);
    if (fields.length < 5 || !Number.isInteger(length) || length < 0) {
      yield readError(ctx.file, 'arc', `at byte ${start}: not an ARC record header: ${JSON.stringify(header.slice(0, 60))}; stopped reading this file`, record);
      return;
    }
    const [url, , date, contentType] = fields as [string, string, string, string];
    if (url.startsWith('filedesc://') || length > ctx.maxDocumentBytes) {
      if (length > ctx.maxDocumentBytes) yield readError(ctx.file, 'arc', `record is ${formatBytes(length)}, over the document limit; skipped`, record);
      const got = await bytes.skip(length);
      if (got < length) {
        yield readError(ctx.file, 'arc', `record at byte ${start} declares ${length} bytes but the file ends after ${got}; the file is truncated`, record);
        return;
      }
      continue;
    }
    const block = await bytes.read(length);
    if (block.length < length) {
      yield readError(ctx.file, 'arc', `record at byte ${start} declares ${length} bytes but the file ends after ${block.length}; the file is truncated`, record);
      return;
    }
    yield payloadDocument({
      block,
      blockType: block.subarray(0, 5).toString('latin1') === 'HTTP/' ? 'application/http' : contentType,
      maxDocumentBytes: ctx.maxDocumentBytes,
      provenance: {
        source: url,
        url,
        file: ctx.file,
        format: 'warc',
        record,
        offset: start,
        ...(ctx.gzip ? { gzip: true } : {}),
        ...(/^\d{14}$/.test(date) ? { capturedAt: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${date.slice(8, 10)}:${date.slice(10, 12)}:${date.slice(12, 14)}Z` } : {}),
      },
    });
  }
};
