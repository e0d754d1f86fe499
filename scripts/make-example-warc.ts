/**
 * Builds the sample corpus's WARC (`examples/archive/crawl-2019.warc.gz`) from
 * the page sources and the crawl manifest in `examples-src/warc/`, the way a
 * crawler writes one: a `warcinfo` record, then a `request` and a `response`
 * record per capture, each record gzip-compressed on its own.
 *
 * The output is byte-for-byte reproducible (record ids derive from URL and
 * date), so rebuilding it leaves git clean unless a source changed.
 *
 *   npx tsx scripts/make-example-warc.ts [--out PATH] [--json]
 * @module
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import { WARCParser, WARCRecord, WARCSerializer } from 'warcio';
import { flagValue, log, scriptArgs } from '../src/util/cli-args.js';
import { REPO_ROOT } from '../src/util/paths.js';

/** One capture in the manifest: a page, or a redirect when `status` is 3xx. */
interface Capture {
  readonly url: string;
  readonly date: string;
  readonly ip: string;
  readonly server: string;
  readonly status?: string;
  readonly location?: string;
  readonly contentType?: string;
  /** Charset the UTF-8 source is re-encoded to before it goes into the payload. */
  readonly encoding?: string;
  readonly file?: string;
}

interface Manifest {
  readonly filename: string;
  readonly date: string;
  readonly warcinfo: Readonly<Record<string, string>>;
  readonly records: readonly Capture[];
}

const SOURCE_DIR = join(REPO_ROOT, 'examples-src', 'warc');
const DEFAULT_OUT = join(REPO_ROOT, 'examples', 'archive', 'crawl-2019.warc.gz');
// Crawlers such as Heritrix write SHA-1 digests in base32; readers must accept them.
const SERIALIZE = { gzip: true, preferPako: true, digest: { algo: 'sha-1', prefix: 'sha1:', base32: true } } as const;

/** A stable `urn:uuid` for a record, so that rebuilding gives identical bytes. */
function recordId(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('\u0000')).digest('hex');
  return `<urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}>`;
}

function payloadOf(c: Capture): Uint8Array {
  if (c.file === undefined) return new Uint8Array(0);
  const text = readFileSync(join(SOURCE_DIR, c.file), 'utf8');
  if (c.encoding === undefined) return new TextEncoder().encode(text);
  const bytes = iconv.encode(text, c.encoding);
  if (iconv.decode(bytes, c.encoding) !== text) throw new Error(`${c.file}: text cannot be encoded as ${c.encoding}`);
  return bytes;
}

async function serialize(record: WARCRecord): Promise<Uint8Array> {
  return WARCSerializer.serialize(record, SERIALIZE);
}

async function captureRecords(c: Capture): Promise<Uint8Array[]> {
  const url = new URL(c.url);
  const body = payloadOf(c);
  const httpDate = new Date(c.date).toUTCString();
  const responseId = recordId('response', c.url, c.date);
  const httpHeaders: Record<string, string> = { Date: httpDate, Server: c.server };
  if (c.location !== undefined) httpHeaders.Location = c.location;
  httpHeaders['Content-Type'] = c.contentType ?? 'text/html; charset=iso-8859-1';
  httpHeaders['Content-Length'] = String(body.byteLength);
  httpHeaders.Connection = 'close';
  const response = WARCRecord.create({
    url: c.url, date: c.date, type: 'response', warcVersion: 'WARC/1.1',
    statusline: `HTTP/1.1 ${c.status ?? '200 OK'}`, httpHeaders,
    warcHeaders: { 'WARC-Record-ID': responseId, 'WARC-IP-Address': c.ip },
  }, [body]);
  const request = WARCRecord.create({
    url: c.url, date: c.date, type: 'request', warcVersion: 'WARC/1.1',
    statusline: `GET ${url.pathname}${url.search} HTTP/1.1`,
    httpHeaders: {
      Host: url.host,
      'User-Agent': 'Mozilla/5.0 (compatible; CommuniqueSampleBot/0.3; +https://example.org/bot)',
      Accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.8',
      'Accept-Language': 'en;q=0.9,*;q=0.5',
      Connection: 'close',
    },
    warcHeaders: { 'WARC-Record-ID': recordId('request', c.url, c.date), 'WARC-Concurrent-To': responseId },
  }, []);
  // A crawler writes the response first and the request that fetched it right after.
  return [await serialize(response), await serialize(request)];
}

/** Reads the written file back and checks what a reader will rely on. */
async function verify(bytes: Uint8Array, manifest: Manifest): Promise<{ records: number; responses: number }> {
  const parser = new WARCParser([bytes]);
  const offsets: number[] = [];
  let records = 0;
  let responses = 0;
  for await (const record of parser) {
    offsets.push(parser.offset);
    records++;
    if (record.warcType !== 'response') continue;
    const capture = manifest.records[responses++];
    const payload = await record.readFully(false);
    if (capture === undefined || record.warcTargetURI !== capture.url) throw new Error(`response ${responses}: unexpected target ${record.warcTargetURI}`);
    if (payload.byteLength !== payloadOf(capture).byteLength) throw new Error(`${capture.url}: payload length differs from its source`);
  }
  // One gzip member per record: every record starts at its own compressed offset.
  if (new Set(offsets).size !== records) throw new Error('records are not compressed one per gzip member');
  if (records !== 1 + 2 * manifest.records.length) throw new Error(`expected ${1 + 2 * manifest.records.length} records, read ${records}`);
  return { records, responses };
}

async function main(): Promise<void> {
  const args = scriptArgs();
  const out = flagValue(args.argv, '--out') ?? DEFAULT_OUT;
  const manifest = JSON.parse(readFileSync(join(SOURCE_DIR, 'crawl-2019.json'), 'utf8')) as Manifest;
  const warcinfo = WARCRecord.createWARCInfo({
    filename: manifest.filename, date: manifest.date, warcVersion: 'WARC/1.1',
    warcHeaders: { 'WARC-Record-ID': recordId('warcinfo', manifest.filename) },
  }, { ...manifest.warcinfo });
  const parts: Uint8Array[] = [await serialize(warcinfo)];
  for (const capture of manifest.records) parts.push(...(await captureRecords(capture)));
  const bytes = Buffer.concat(parts);
  const counts = await verify(bytes, manifest);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  log(`wrote ${out}: ${counts.records} records (${counts.responses} responses), ${bytes.byteLength} bytes`);
  if (args.json) process.stdout.write(JSON.stringify({ out, ...counts, bytes: bytes.byteLength, sha256 }) + '\n');
}

main().catch((err: unknown) => {
  log(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
