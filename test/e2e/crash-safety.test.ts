import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { BIN, runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'communique-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const N = 400;
const CITIES = ['Mombasa', 'Kisumu', 'Nakuru', 'Eldoret', 'Garissa'];

function writeCorpus(folder: string): void {
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < N; i++) {
    const city = CITIES[i % CITIES.length]!;
    writeFileSync(join(folder, `statement-${String(i).padStart(4, '0')}.txt`), `Statement number ${i} of the Coast Transport Workers Union\n\nThe Coast Transport Workers Union in ${city} calls on the county government to pay the ${i + 3} drivers whose wages have been withheld since ${1 + (i % 28)} March.\n\nCoast Transport Workers Union, ${city}, ${1 + (i % 28)} April 2022\n`);
  }
}

function count(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
}

describe('ingest killed with SIGKILL and run again', () => {
  it('should end with every document exactly once and nothing lost', async () => {
    const corpus = join(dir, 'corpus');
    const db = join(dir, 'archive.db');
    writeCorpus(corpus);
    const child = spawn(process.execPath, [BIN, 'ingest', corpus, '--db', db, '--batch', '8', '--workers', '1', '--quiet'], { stdio: 'ignore' });
    const exited = new Promise((r) => child.on('exit', r));
    const deadline = Date.now() + 60_000;
    while (count(db) < 40 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGKILL');
    await exited;
    const stored = count(db);
    assert.ok(stored >= 40 && stored < N, `killed with ${stored} of ${N} stored; expected a run cut short`);

    const r = await runCli(['ingest', corpus, '--db', db, '--json', '--workers', '1']);
    assert.equal(r.code, 0, r.stderr);
    const summary = JSON.parse(r.stdout);
    assert.equal(summary.unchanged + summary.added, N);
    assert.ok(summary.unchanged >= stored, 'documents stored before the kill are recognised');

    const d = new Database(db, { readonly: true });
    try {
      assert.equal((d.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check, 'ok');
      assert.equal((d.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n, N);
      assert.equal((d.prepare('SELECT count(DISTINCT source_key) AS n FROM sources').get() as { n: number }).n, N);
      assert.equal((d.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n, N);
      assert.equal((d.prepare('SELECT count(*) AS n FROM statements s LEFT JOIN documents d ON d.id = s.document_id WHERE d.id IS NULL').get() as { n: number }).n, 0);
    } finally {
      d.close();
    }
  });
});
