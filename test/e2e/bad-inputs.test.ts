import assert from 'node:assert/strict';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createGzip, gzipSync } from 'node:zlib';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../helpers/cli.js';
import { httpResponse, page, warcFile } from '../helpers/warc.js';

const dir = mkdtempSync(join(tmpdir(), 'communique-bad-'));
const bad = join(dir, 'inputs');
const db = join(dir, 'archive.db');
after(() => rmSync(dir, { recursive: true, force: true }));

const GOOD = 'Statement of the Lakeside Fishers Association\n\nThe Lakeside Fishers Association condemns the closure of the eastern landing stage and calls on the district council to reopen it before the season starts.\n\nLakeside Fishers Association, Kisumu, 4 May 2021\n';

/** A folder of the inputs an archive really meets, each broken in its own way. */
function writeBadInputs(): void {
  mkdirSync(bad, { recursive: true });
  const w = (name: string, data: Buffer | string) => writeFileSync(join(bad, name), data);
  w('good.txt', GOOD);
  w('binary.bin', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  const warc = warcFile([
    { type: 'response', uri: 'https://fishers.example.org/1', block: httpResponse(page('Closure of the landing stage', 'The Lakeside Fishers Association calls for the landing stage to reopen.')) },
    { type: 'response', uri: 'https://fishers.example.org/2', block: httpResponse(page('Second', 'A second statement on the fishing season and the quotas.')) },
  ], true);
  w('truncated.warc.gz', warc.subarray(0, warc.length - 50));
  w('garbled.warc', Buffer.concat([warcFile([{ type: 'response', uri: 'https://fishers.example.org/3', block: httpResponse(page('Third', 'A third statement on the harbour fees.')) }]), Buffer.from('this is not a WARC record at all\r\n\r\n'), warcFile([{ type: 'response', uri: 'https://fishers.example.org/4', block: httpResponse(page('Fourth', 'A fourth statement on the new permits.')) }])]));
  w('invalid-utf8.txt', Buffer.concat([Buffer.from('Déclaration de la Coopérative des Pêcheurs du Lac: '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' nous exigeons la réouverture du quai.')]));
  w('empty.txt', '');
  w('deep.html', `<html><body>${'<div>'.repeat(100_000)}<p>Deep statement of the Lakeside Fishers Association about the quay.</p>${'</div>'.repeat(100_000)}</body></html>`);
  w('dump.jsonl', `${JSON.stringify({ id: 'x1', text: 'The Fishers Association welcomes the council decision to reopen the quay.' })}\n{"text": broken json}\n`);
  const fd = openSync(join(bad, 'huge.txt'), 'w');
  const chunk = Buffer.alloc(1 << 20, 'The same line of a very long log file, repeated.\n');
  for (let i = 0; i < 200; i++) writeSync(fd, chunk);
  closeSync(fd);
}

describe('ingest of a folder of bad inputs', () => {
  let result: Awaited<ReturnType<typeof runCli>>;
  let summary: any;
  let before_documents = 0;

  before(async () => {
    writeBadInputs();
    const seed = join(dir, 'seed.txt');
    writeFileSync(seed, GOOD.replace('eastern', 'western'));
    const r0 = await runCli(['ingest', seed, '--db', db, '--json', '--workers', '0']);
    assert.equal(r0.code, 0, r0.stderr);
    before_documents = JSON.parse(r0.stdout).added;
    result = await runCli(['ingest', bad, '--db', db, '--json', '--workers', '1']);
    summary = JSON.parse(result.stdout);
  });

  it('should exit with code 1 because some inputs failed', () => {
    assert.equal(result.code, 1, result.stderr);
  });

  it('should name each broken file and its problem on stderr, one line each', () => {
    const lines = result.stderr.split('\n');
    const line = (name: string) => lines.find((l) => l.includes(name)) ?? '';
    assert.match(line('binary.bin'), /binary data/);
    assert.match(line('truncated.warc.gz'), /truncated/);
    assert.match(line('garbled.warc'), /expected a WARC record header/);
    assert.match(line('invalid-utf8.txt'), /invalid UTF-8 at byte \d+/);
    assert.match(line('huge.txt'), /200\.0 MB, over the 32\.0 MB limit/);
    assert.match(line('dump.jsonl:2'), /not valid JSON/);
    assert.equal(lines.filter((l) => l.includes('empty.txt')).length, 0, 'an empty file is skipped silently');
  });

  it('should store every good document, including the ones inside broken files', () => {
    // good.txt, the first WARC record before the cut, both readable records of the garbled WARC,
    // invalid-utf8.txt (repaired), deep.html, and the good JSONL line.
    assert.equal(summary.added, 7, result.stderr);
  });

  it('should keep memory bounded on 200 MB of text, plain or gzip-compressed', async () => {
    // A gzip file's size does not tell its content's: this one must be streamed to be refused.
    const gz = join(dir, 'huge.txt.gz');
    const line = Buffer.alloc(1 << 20, 'The same line of a very long log file, repeated.\n');
    await pipeline(Readable.from((function* () { for (let i = 0; i < 200; i++) yield line; })()), createGzip({ level: 1 }), createWriteStream(gz));
    // The same process reading a small file and the big ones: the difference is what the big files cost.
    const small = JSON.parse((await runCli(['ingest', join(bad, 'good.txt'), '--db', join(dir, 'mem-small.db'), '--json', '--workers', '0'])).stdout);
    const r = await runCli(['ingest', join(bad, 'huge.txt'), gz, '--db', join(dir, 'mem-huge.db'), '--json', '--workers', '0']);
    const huge = JSON.parse(r.stdout);
    assert.equal(huge.errors, 2, r.stderr);
    assert.match(r.stderr, /huge\.txt\.gz: text: document is 200\.0 MB, over the 32\.0 MB limit/);
    assert.ok(huge.peakRssMb - small.peakRssMb < 120, `peak RSS ${huge.peakRssMb} MB on 200 MB inputs against ${small.peakRssMb} MB on a small one`);
  });

  it('should lose nothing stored before', async () => {
    const store = await openStore(db, { mustExist: true });
    try {
      assert.equal((await store.stats()).documents, before_documents + summary.added);
    } finally {
      await store.close();
    }
  });

  it('should process a binary file as an error, not crash, when given alone', async () => {
    const r = await runCli(['ingest', join(bad, 'binary.bin'), '--db', db, '--json', '--workers', '0']);
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.stdout).errors, 1);
  });

  it('should accept gzip of a text file and refuse a truncated one', async () => {
    writeFileSync(join(dir, 'ok.txt.gz'), gzipSync(GOOD.replace('district', 'regional')));
    writeFileSync(join(dir, 'cut.txt.gz'), gzipSync(GOOD).subarray(0, 40));
    const r = await runCli(['ingest', join(dir, 'ok.txt.gz'), join(dir, 'cut.txt.gz'), '--db', db, '--json', '--workers', '0']);
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.stdout).added, 1);
    assert.match(r.stderr, /cut\.txt\.gz: gzip: gzip data ends unexpectedly/);
  });
});
