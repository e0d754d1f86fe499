import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { readInput, type ReadItem } from '../../src/ingest/index.js';
import { httpResponse, page, warcFile } from '../helpers/warc.js';
import { makePdf } from '../helpers/pdf.js';

const dir = mkdtempSync(join(tmpdir(), 'communique-read-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function readAll(path: string, maxDocumentBytes?: number): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readInput(path, maxDocumentBytes ? { maxDocumentBytes } : {})) items.push(item);
  return items;
}

const docs = (items: ReadItem[]) => items.flatMap((i) => (i.kind === 'document' ? [i.document] : []));
const errors = (items: ReadItem[]) => items.flatMap((i) => (i.kind === 'diagnostic' && i.diagnostic.severity === 'error' ? [i.diagnostic] : []));
const warnings = (items: ReadItem[]) => items.flatMap((i) => (i.kind === 'diagnostic' && i.diagnostic.severity === 'warning' ? [i.diagnostic] : [])).concat(items.flatMap((i) => (i.kind === 'document' ? i.diagnostics : [])));

const records = [
  { type: 'warcinfo' as const, block: 'software: test-crawler\r\n' },
  { type: 'request' as const, uri: 'https://front.example.org/a', block: 'GET /a HTTP/1.1\r\nHost: front.example.org\r\n\r\n' },
  { type: 'response' as const, uri: 'https://front.example.org/a', block: httpResponse(page('First', 'The first statement of the Coastal Workers Front.')) },
  { type: 'metadata' as const, uri: 'https://front.example.org/a', block: 'via: https://front.example.org/\r\n' },
  { type: 'response' as const, uri: 'https://front.example.org/b', date: '2019-05-02T08:30:00Z', block: httpResponse('Second statement, plain text.', 'text/plain; charset=utf-8') },
  { type: 'response' as const, uri: 'https://front.example.org/logo.png', block: httpResponse(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'image/png') },
  { type: 'response' as const, uri: 'https://front.example.org/c', block: httpResponse(page('Third', 'The third statement.')) },
];

describe('readInput: WARC', () => {
  it('should yield every HTML or text response with its target URI and date as provenance', async () => {
    const items = await readAll(file('crawl.warc', warcFile(records)));
    const d = docs(items);
    assert.deepEqual(d.map((x) => x.provenance.source), ['https://front.example.org/a', 'https://front.example.org/b', 'https://front.example.org/c']);
    assert.equal(d[1]!.provenance.capturedAt, '2019-05-02T08:30:00Z');
    assert.equal(d[1]!.mediaType, 'text/plain');
    assert.equal(d[0]!.mediaType, 'text/html');
    assert.match(d[0]!.content, /Coastal Workers Front/);
    assert.equal(d[0]!.provenance.record, 3);
    assert.equal(errors(items).length, 0);
    assert.equal(items.filter((i) => i.kind === 'skipped').length, 4, 'warcinfo, request, metadata and the image are skipped');
  });

  it('should read a .warc.gz with one gzip member per record', async () => {
    const items = await readAll(file('crawl.warc.gz', warcFile(records, true)));
    assert.equal(docs(items).length, 3);
    assert.equal(docs(items)[0]!.provenance.gzip, true);
  });

  it('should keep the records before a truncation and name the problem', async () => {
    const whole = warcFile(records, true);
    const items = await readAll(file('cut.warc.gz', whole.subarray(0, whole.length - 30)));
    assert.equal(docs(items).length, 2);
    const messages = errors(items).map((e) => e.message).join('\n');
    assert.match(messages, /truncated/);
  });

  it('should recover a record whose Content-Length is too large', async () => {
    const specs = records.map((r) => (r.uri === 'https://front.example.org/a' && r.type === 'response' ? { ...r, lieLength: (r.block as Buffer).length + 40 } : r));
    const items = await readAll(file('long.warc', warcFile(specs)));
    assert.equal(docs(items).length, 3);
    assert.match(warnings(items).map((w) => w.message).join('\n'), /Content-Length \d+ is larger than the record/);
    assert.match(docs(items)[0]!.content, /<\/html>$/);
  });

  it('should recover a record whose Content-Length is too small', async () => {
    const specs = records.map((r) => (r.uri === 'https://front.example.org/a' && r.type === 'response' ? { ...r, lieLength: (r.block as Buffer).length - 25 } : r));
    const items = await readAll(file('short.warc', warcFile(specs)));
    assert.equal(docs(items).length, 3);
    assert.match(warnings(items).map((w) => w.message).join('\n'), /smaller than the record/);
    assert.match(docs(items)[0]!.content, /Coastal Workers Front/);
  });

  it('should skip non-2xx responses', async () => {
    const items = await readAll(file('404.warc', warcFile([{ type: 'response', uri: 'https://x.example/missing', block: httpResponse(page('Not found', 'Gone.'), 'text/html', '404 Not Found') }])));
    assert.equal(docs(items).length, 0);
    assert.deepEqual(items.map((i) => i.kind), ['skipped']);
  });
});

describe('readInput: JSONL', () => {
  it('should read one document per line and report a broken line with its number', async () => {
    const lines = [
      JSON.stringify({ id: 'a1', url: 'https://unions.example.org/1', date: '2020-03-12', text: 'A statement of the Riverside Teachers Union.' }),
      '{"text": "unterminated',
      '',
      JSON.stringify({ html: '<p>An HTML statement.</p>' }),
      JSON.stringify({ title: 'no body here' }),
      JSON.stringify([1, 2]),
    ];
    const items = await readAll(file('dump.jsonl', lines.join('\n') + '\n'));
    const d = docs(items);
    assert.equal(d.length, 2);
    assert.equal(d[0]!.provenance.url, 'https://unions.example.org/1');
    assert.equal(d[0]!.provenance.externalId, 'a1');
    assert.equal(d[0]!.provenance.capturedAt, '2020-03-12');
    assert.equal(d[1]!.mediaType, 'text/html');
    assert.equal(d[1]!.provenance.record, 4);
    const e = errors(items);
    assert.deepEqual(e.map((x) => x.record), [2, 5, 6]);
    assert.match(e[0]!.message, /not valid JSON/);
    assert.match(e[1]!.message, /no non-empty `text` or `html`/);
  });
});

describe('readInput: text, HTML and charsets', () => {
  const arabic = 'يدين المكتب السياسي للحزب الهجوم على العمال في مدينة الموصل ويدعو إلى التضامن معهم.';
  const turkish = 'Siyasi Büro, işçilere yönelik saldırıyı şiddetle kınıyor ve dayanışma çağrısı yapıyor. Ağır yaralı işçiler hastaneye kaldırıldı.';
  const french = "Le Bureau politique condamne l'attaque contre les grévistes et exige la libération des délégués arrêtés à Besançon.";

  it('should detect HTML by content even with a .txt name', async () => {
    const d = docs(await readAll(file('page.txt', page('A page', 'Hello.'))));
    assert.equal(d[0]!.mediaType, 'text/html');
  });

  it('should decode a windows-1256 page declared in <meta charset>', async () => {
    const html = `<html><head><meta charset="windows-1256"><title>بيان</title></head><body><p>${arabic}</p></body></html>`;
    const d = docs(await readAll(file('ar.html', iconv.encode(html, 'windows-1256'))));
    assert.ok(d[0]!.content.includes(arabic));
    assert.equal(d[0]!.provenance.charsetSource, 'meta');
  });

  it('should detect undeclared windows-1256, ISO-8859-9 and windows-1252 text', async () => {
    for (const [text, cs] of [[arabic, 'windows-1256'], [turkish, 'iso-8859-9'], [french, 'windows-1252']] as const) {
      const d = docs(await readAll(file(`${cs}.txt`, iconv.encode(text, cs))));
      assert.equal(d[0]!.content, text, cs);
      assert.equal(d[0]!.provenance.charsetSource, 'detected', cs);
    }
  });

  it('should decode UTF-16 with and without a byte-order mark', async () => {
    for (const [cs, bom] of [['utf-16le', true], ['utf-16le', false], ['utf-16be', true], ['utf-16be', false]] as const) {
      const d = docs(await readAll(file(`u16-${cs}-${bom}.txt`, iconv.encode(french, cs, { addBOM: bom }))));
      assert.equal(d[0]!.content.replace(/^\uFEFF/, ''), french, `${cs} bom=${bom}`);
    }
  });

  it('should replace invalid UTF-8 and warn with the byte offset', async () => {
    const bytes = Buffer.concat([Buffer.from('Déclaration du comité: '), Buffer.from([0xc3, 0x28]), Buffer.from(' fin.')]);
    const items = await readAll(file('bad-utf8.txt', bytes));
    assert.equal(docs(items)[0]!.content, 'Déclaration du comité: \uFFFD( fin.');
    assert.match(warnings(items)[0]!.message, /invalid UTF-8 at byte 25/);
  });

  it('should read .gz of a text file', async () => {
    const d = docs(await readAll(file('note.txt.gz', gzipSync(french))));
    assert.equal(d[0]!.content, french);
    assert.equal(d[0]!.provenance.gzip, true);
  });

  it('should refuse binary data, skip empty files and refuse documents over the limit', async () => {
    assert.match(errors(await readAll(file('blob.bin', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x10, 0x00]))))[0]!.message, /binary data/);
    assert.deepEqual((await readAll(file('empty.txt', ''))).map((i) => i.kind), ['skipped']);
    assert.match(errors(await readAll(file('big.txt', 'x'.repeat(5000)), 1000))[0]!.message, /over the 1000 bytes limit/);
  });

  it('should report a missing file without throwing', async () => {
    assert.equal(errors(await readAll(join(dir, 'nope.txt')))[0]!.message, 'no such file');
  });
});

describe('readInput: PDF', () => {
  it('should read the text layer as one document, with a blank line between paragraphs', async () => {
    const pdf = makePdf(['Statement of the Coastal Fishers Union', '', 'The Union condemns the closure of the harbour', 'and calls on the county to reopen it.', '', 'Mombasa, 4 May 2021']);
    const items = await readAll(file('leaflet.pdf', pdf));
    const d = docs(items);
    assert.equal(d.length, 1, JSON.stringify(items));
    assert.equal(d[0]!.provenance.format, 'pdf');
    assert.equal(d[0]!.mediaType, 'text/plain');
    assert.equal(d[0]!.content, 'Statement of the Coastal Fishers Union\n\nThe Union condemns the closure of the harbour\nand calls on the county to reopen it.\n\nMombasa, 4 May 2021');
  });

  it('should report a broken PDF without throwing', async () => {
    const pdf = makePdf(['Some text']);
    const items = await readAll(file('broken.pdf', Buffer.concat([pdf.subarray(0, 9), Buffer.from('garbage '.repeat(20))])));
    assert.equal(docs(items).length, 0);
    assert.match(errors(items)[0]!.message, /not a readable PDF|no text layer/);
  });
});
