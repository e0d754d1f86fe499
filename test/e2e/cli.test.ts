import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { contractErrors } from '../../src/model/validate.js';
import { REPO_ROOT } from '../../src/util/paths.js';
import { jsonLines, runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'communique-cli-'));
const db = join(dir, 'archive.db');
const exampleFolders = ['text', 'html', 'archive', 'jsonl'].map((f) => join(REPO_ROOT, 'examples', f));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('communique CLI on the sample corpus', () => {
  let first: any;

  before(async () => {
    const r = await runCli(['ingest', ...exampleFolders, '--db', db, '--json', '--workers', '1']);
    assert.equal(r.code, 0, r.stderr);
    first = JSON.parse(r.stdout);
  });

  it('should list every command in --help', async () => {
    const r = await runCli(['--help']);
    assert.equal(r.code, 0);
    for (const c of ['ingest', 'extract', 'search', 'show', 'stats', 'export', 'demo']) assert.match(r.stdout, new RegExp(`\\n  ${c}\\b`));
  });

  it('should ingest at least 30 documents from the examples with no error', () => {
    assert.ok(first.read >= 30, `read ${first.read}`);
    assert.equal(first.added + first.linked, first.read);
    assert.equal(first.errors, 0);
    assert.ok(first.statements >= first.added);
  });

  it('should add nothing when the same inputs are ingested again', async () => {
    const r = await runCli(['ingest', ...exampleFolders, '--db', db, '--json', '--workers', '0']);
    assert.equal(r.code, 0, r.stderr);
    const again = JSON.parse(r.stdout);
    assert.equal(again.added, 0);
    assert.equal(again.newVersion, 0);
    assert.equal(again.unchanged, first.read);
  });

  it('should search with highlighted snippets and filters, as text and JSON', async () => {
    const r = await runCli(['search', 'solidar*', '--db', db, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const res = JSON.parse(r.stdout);
    assert.ok(res.total > 0);
    assert.ok(res.hits[0].highlights.length > 0);
    const text = await runCli(['search', 'solidar*', '--db', db, '--limit', '2']);
    assert.match(text.stdout, /\*\*[Ss]olidar/);
    const none = JSON.parse((await runCli(['search', 'solidar*', '--db', db, '--json', '--from', '2999'])).stdout);
    assert.equal(none.total, 0);
  });

  it('should refuse a malformed query and a malformed date with exit code 2', async () => {
    const q = await runCli(['search', '(unbalanced', '--db', db]);
    assert.equal(q.code, 2);
    assert.match(q.stderr, /unbalanced/);
    const d = await runCli(['search', 'x', '--from', 'March', '--db', db]);
    assert.equal(d.code, 2);
    assert.match(d.stderr, /YYYY/);
  });

  it('should show a document with its sources, statements and removed boilerplate', async () => {
    const hit = JSON.parse((await runCli(['search', '', '--db', db, '--json', '--limit', '1'])).stdout).hits[0];
    const r = await runCli(['show', hit.statementId, '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Sources/);
    assert.match(r.stdout, /Statement /);
    const missing = await runCli(['show', 'zzzz', '--db', db]);
    assert.equal(missing.code, 2);
  });

  it('should report stats and export JSONL and CSV', async () => {
    const stats = JSON.parse((await runCli(['stats', '--db', db, '--json'])).stdout);
    assert.equal(stats.documents, first.added);
    assert.ok(stats.languages.length >= 5, JSON.stringify(stats.languages));
    const jsonl = await runCli(['export', '--format', 'jsonl', '--db', db]);
    assert.equal(jsonLines(jsonl.stdout).length, stats.documents);
    const csv = await runCli(['export', '--format', 'csv', '--db', db]);
    assert.match(csv.stdout.split('\n')[0]!, /^statement_id,document_id,source/);
  });

  it('should fail clearly when the database does not exist', async () => {
    const r = await runCli(['stats', '--db', join(dir, 'none.db')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no database here/);
    assert.equal(existsSync(join(dir, 'none.db')), false);
  });

  it('should print contract JSON for extract --json, one object per document', async () => {
    const r = await runCli(['extract', ...exampleFolders, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const results = jsonLines(r.stdout);
    assert.equal(results.length, first.read);
    for (const res of results) assert.deepEqual(contractErrors(res), [], res.source);
  });

  it('should ingest from standard input', async () => {
    const r = await runCli(['ingest', '-', '--db', join(dir, 'stdin.db'), '--json'], { input: 'Statement of the Orchard Growers Cooperative\n\nThe Cooperative condemns the seizure of the northern orchards by the provincial militia and calls for their immediate return.\n' });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).added, 1);
  });
});
