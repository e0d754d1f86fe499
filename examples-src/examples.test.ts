/**
 * Checks on the sample corpus: the built files (WARC, legacy-charset pages)
 * match their sources, the corpus has what the demo promises, and every gold
 * file points at real text in the example it annotates.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { WARCParser } from 'warcio';
import { REPO_ROOT, sourceDirOf } from '../src/util/paths.js';

const SRC = sourceDirOf(import.meta.url);
const EXAMPLES = join(REPO_ROOT, 'examples');

interface Capture { readonly url: string; readonly file?: string; readonly encoding?: string }
interface GoldStatement { readonly bodyStart: string; readonly bodyEnd: string }
interface Gold { readonly source: string; readonly statements: readonly GoldStatement[]; readonly mustRemove?: readonly string[] }

const manifest = JSON.parse(readFileSync(join(SRC, 'warc', 'crawl-2019.json'), 'utf8')) as { records: Capture[] };

function files(dir: string, suffix: string): string[] {
  return readdirSync(join(EXAMPLES, dir)).filter((n) => n.endsWith(suffix)).map((n) => join(EXAMPLES, dir, n));
}

async function warcRecords(): Promise<{ type: string; uri: string; offset: number; payload: Uint8Array }[]> {
  const parser = new WARCParser([readFileSync(join(EXAMPLES, 'archive', 'crawl-2019.warc.gz'))]);
  const out = [];
  for await (const record of parser) {
    const payload = await record.readFully(false);
    out.push({ type: record.warcType ?? '', uri: record.warcTargetURI ?? '', offset: parser.offset, payload });
  }
  return out;
}

test('the WARC holds a warcinfo record, then a response and a request per capture, each in its own gzip member', async () => {
  const records = await warcRecords();
  assert.equal(records[0]?.type, 'warcinfo');
  assert.equal(records.filter((r) => r.type === 'response').length, manifest.records.length);
  assert.equal(records.filter((r) => r.type === 'request').length, manifest.records.length);
  assert.equal(new Set(records.map((r) => r.offset)).size, records.length);
});

test('each WARC response carries the bytes of its source page, re-encoded where the manifest says so', async () => {
  const responses = (await warcRecords()).filter((r) => r.type === 'response');
  const pages = responses.filter((r) => r.payload.byteLength > 0);
  assert.ok(pages.length >= 5, `only ${pages.length} responses with a payload`);
  manifest.records.forEach((capture, i) => {
    const got = responses[i]!;
    assert.equal(got.uri, capture.url);
    if (capture.file === undefined) return assert.equal(got.payload.byteLength, 0);
    const text = readFileSync(join(SRC, 'warc', capture.file), 'utf8');
    const want = capture.encoding === undefined ? Buffer.from(text, 'utf8') : iconv.encode(text, capture.encoding);
    assert.deepEqual(Buffer.from(got.payload), want, capture.url);
  });
});

test('the legacy pages are stored in the charset they declare, not in UTF-8, and decode to their sources', () => {
  const sources = readdirSync(join(SRC, 'legacy')).filter((n) => n.endsWith('.html'));
  assert.ok(sources.length >= 2);
  for (const name of sources) {
    const source = readFileSync(join(SRC, 'legacy', name), 'utf8');
    const charset = /charset\s*=\s*"?([\w-]+)/i.exec(source)?.[1] ?? '';
    const bytes = readFileSync(join(EXAMPLES, 'html', name));
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), TypeError, `${name} is valid UTF-8`);
    assert.equal(iconv.decode(bytes, charset), source, name);
  }
});

test('the corpus holds at least 30 documents: 12 text scrapes, 8 HTML pages, a WARC and 5 JSONL lines', async () => {
  const text = files('text', '.txt').length;
  const html = files('html', '.html').length;
  const lines = files('jsonl', '.jsonl').flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim() !== ''));
  for (const line of lines) {
    const doc = JSON.parse(line) as { text?: unknown; html?: unknown };
    assert.ok(typeof doc.text === 'string' || typeof doc.html === 'string', line.slice(0, 60));
  }
  const pages = (await warcRecords()).filter((r) => r.type === 'response' && r.payload.byteLength > 0).length;
  assert.ok(text >= 12 && html >= 8 && lines.length >= 5 && pages >= 5, JSON.stringify({ text, html, lines: lines.length, pages }));
  assert.ok(text + html + lines.length + pages >= 30);
});

test('the reposted Butig statement has the same wording in the text scrape and in the WARC page', () => {
  const words = (s: string) => s.replace(/<[^>]+>/g, ' ').replace(/&#8217;/g, "'").replace(/\s+/g, ' ').trim();
  const cut = (s: string) => s.slice(s.indexOf('ILIGAN CITY'), s.indexOf('Iligan City, 13 April 2019'));
  const scrape = readFileSync(join(EXAMPLES, 'text', '2019-04-repost-blog-butig-air-strikes.txt'), 'utf8');
  const page = readFileSync(join(SRC, 'warc', 'pages', 'mindanao-smallfarmers-butig-statement.html'), 'utf8');
  assert.ok(cut(scrape).length > 1000);
  assert.equal(words(cut(page)), words(cut(scrape)));
});

test('every gold file names an example, and its anchors and mustRemove strings are found in that example', () => {
  const golds = readdirSync(join(SRC, 'gold')).filter((n) => n.endsWith('.json'));
  assert.equal(golds.length, 6);
  for (const name of golds) {
    const gold = JSON.parse(readFileSync(join(SRC, 'gold', name), 'utf8')) as Gold;
    const raw = readFileSync(join(EXAMPLES, gold.source), 'utf8');
    for (const s of gold.statements) {
      const start = raw.indexOf(s.bodyStart);
      assert.ok(start >= 0, `${name}: bodyStart not found`);
      assert.ok(raw.indexOf(s.bodyEnd, start) >= 0, `${name}: bodyEnd not found after bodyStart`);
    }
    for (const m of gold.mustRemove ?? []) assert.ok(raw.includes(m), `${name}: mustRemove "${m}" not in the example`);
  }
});
