/**
 * `npm run bench:ingest`: ingests N documents (default 10,000, made by varying
 * the sample corpus or the folder given with --data) and prints documents/s,
 * MB/s and peak RSS, for Communiqué and, side by side in the same run, for a
 * Readability + SQLite FTS baseline. Each system runs in its own process so
 * peak memory is its own.
 *
 *   npm run bench:ingest -- [--n 10000] [--data DIR] [--workers N] [--json]
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractor } from '../../src/pipeline/extract-document.js';
import { runIngest } from '../../src/pipeline/ingest-run.js';
import { ExtractPool } from '../../src/pipeline/pool/extract-pool.js';
import { openStore } from '../../src/store/index.js';
import { flagValue, log, scriptArgs } from '../../src/util/cli-args.js';
import { REPO_ROOT } from '../../src/util/paths.js';
import { loadDocuments, writeCorpus } from './make-corpus.js';
import { runReadabilityBaseline } from './peers/readability-baseline.js';

interface Figures {
  documentsPerSecond: number;
  mbPerSecond: number;
  peakRssMb: number;
  documents: number;
  seconds: number;
}

const args = scriptArgs();
const system = flagValue(args.argv, '--system');

if (system) {
  // Child mode: run one system on a prepared corpus and print its figures.
  const dir = flagValue(args.argv, '--corpus')!;
  const db = flagValue(args.argv, '--db')!;
  const workers = Number(flagValue(args.argv, '--workers') ?? availableParallelism());
  const started = performance.now();
  let documents = 0;
  let bytes = 0;
  if (system === 'communique') {
    const store = await openStore(db);
    const pool = workers > 0 ? new ExtractPool({ workers }) : undefined;
    await pool?.ready();
    const inline = pool ? undefined : await createExtractor();
    const t0 = performance.now();
    const summary = await runIngest({ inputs: [dir], store, extract: pool ? (d) => pool.extract(d) : async (d) => inline!(d), inFlight: Math.max(4, workers * 4) });
    await pool?.close();
    await store.close();
    documents = summary.read;
    bytes = summary.bytes;
    report(documents, bytes, (performance.now() - t0) / 1000, (t0 - started) / 1000);
  } else {
    const r = await runReadabilityBaseline(dir, db);
    report(r.documents, r.bytes, (performance.now() - started) / 1000, 0);
  }
} else {
  await main();
}

function report(documents: number, bytes: number, seconds: number, loadSeconds: number): void {
  const figures: Figures & { loadSeconds: number } = {
    documentsPerSecond: round(documents / seconds),
    mbPerSecond: round(bytes / 1e6 / seconds),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    documents,
    seconds: round(seconds),
    loadSeconds: round(loadSeconds),
  };
  process.stdout.write(JSON.stringify(figures) + '\n');
}

async function main(): Promise<void> {
  const n = Number(flagValue(args.argv, '--n') ?? 10_000);
  const workers = Number(flagValue(args.argv, '--workers') ?? availableParallelism());
  const sources = args.data ? [args.data] : ['text', 'html', 'archive', 'jsonl'].map((f) => join(REPO_ROOT, 'examples', f));
  const tmp = mkdtempSync(join(tmpdir(), 'communique-bench-'));
  try {
    log(`bench:ingest: making ${n} documents from ${sources.join(', ')}`);
    const base = (await Promise.all(sources.map((s) => loadDocuments(s)))).flat();
    const corpus = writeCorpus(base, n, join(tmp, 'corpus'));
    log(`bench:ingest: ${corpus.documents} documents, ${(corpus.bytes / 1e6).toFixed(1)} MB, from ${base.length} originals; ${workers} worker(s)`);
    const self = fileURLToPath(import.meta.url);
    const run = (name: string) => {
      log(`bench:ingest: running ${name}…`);
      const r = spawnSync(process.execPath, [...process.execArgv, self, '--system', name, '--corpus', corpus.dir, '--db', join(tmp, `${name}.db`), '--workers', String(workers)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
      if (r.status !== 0) throw new Error(`${name} failed with exit code ${r.status}`);
      return JSON.parse(r.stdout.trim().split('\n').pop()!) as Figures;
    };
    const ours = run('communique');
    const peer = run('readability-baseline');
    if (args.json) {
      process.stdout.write(JSON.stringify({ documentsPerSecond: ours.documentsPerSecond, mbPerSecond: ours.mbPerSecond, peakRssMb: ours.peakRssMb, documents: ours.documents, workers, peers: { 'readability-baseline': peer } }) + '\n');
    } else {
      const row = (name: string, f: Figures) => `${name.padEnd(24)} ${String(f.documentsPerSecond).padStart(10)} ${String(f.mbPerSecond).padStart(8)} ${String(f.peakRssMb).padStart(12)} ${String(f.documents).padStart(10)}`;
      console.log(`${'system'.padEnd(24)} ${'docs/s'.padStart(10)} ${'MB/s'.padStart(8)} ${'peak RSS MB'.padStart(12)} ${'documents'.padStart(10)}`);
      console.log(row(`communique (${workers} workers)`, ours));
      console.log(row('readability + FTS5', peer));
      console.log('\nThe baseline only extracts main text and indexes it; Communiqué also segments statements, reads metadata, comments, language and entities, and deduplicates.');
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
