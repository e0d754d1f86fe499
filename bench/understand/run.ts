/**
 * `npm run eval:understand`: page understanding alone (boilerplate, comments,
 * segmentation, metadata; no entities, stances or events), scored with
 * ../shared/eval/score.mjs. Runs `src/clean/dev-extract.ts` over a folder
 * holding `raw/` and `gold/` (default ../shared/data/statements) and prints
 * the figures the page-understanding targets are set on; `--json` prints them
 * as one JSON object.
 *
 *   npm run eval:understand -- [--data DIR_WITH_RAW_AND_GOLD] [--json]
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractFiles, rawFiles } from '../../src/clean/dev-extract.js';
import { log, scriptArgs } from '../../src/util/cli-args.js';
import { sharedDir } from '../../src/util/paths.js';

const args = scriptArgs();
const shared = sharedDir();
const data = resolve(args.data ?? (shared ? join(shared, 'data', 'statements') : ''));
const scorer = shared ? join(shared, 'eval', 'score.mjs') : '';
if (!shared || !existsSync(join(data, 'raw')) || !existsSync(join(data, 'gold'))) {
  log('eval:understand: needs ../shared/eval/score.mjs and a --data folder holding raw/ and gold/ (default ../shared/data/statements)');
  process.exit(2);
}

const files = rawFiles([join(data, 'raw')]);
log(`eval:understand: ${files.length} pages from ${join(data, 'raw')}`);
const started = performance.now();
const results = await extractFiles(files);
const ms = performance.now() - started;
const dir = mkdtempSync(join(tmpdir(), 'communique-understand-'));
try {
  const out = join(dir, 'system.jsonl');
  writeFileSync(out, results.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const run = spawnSync(process.execPath, [scorer, '--gold', join(data, 'gold'), '--raw', join(data, 'raw'), '--system', out, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) {
    log(run.stderr);
    process.exit(run.status ?? 1);
  }
  const r = JSON.parse(run.stdout);
  const figures = {
    documents: r.documents.gold,
    statementsF1: r.statements.f1,
    bodyF1: r.body.f1,
    title: r.title.accuracy,
    issuersF1: r.issuers.f1,
    date: r.date.accuracy,
    published: r.published.accuracy,
    place: r.place.accuracy,
    commentCountExact: r.comments.countExact.accuracy,
    commentAuthorsF1: r.comments.authors.f1,
    commentDates: r.comments.dates.accuracy,
    language: r.language.accuracy,
    mustRemoveLeaks: r.mustRemove.leaks,
    msPerPage: Math.round((ms / Math.max(files.length, 1)) * 10) / 10,
  };
  if (args.json) process.stdout.write(JSON.stringify(figures) + '\n');
  else {
    const targets: Record<string, number> = { statementsF1: 0.95, bodyF1: 0.97, title: 0.95, issuersF1: 0.95, date: 0.95, place: 0.9, commentCountExact: 0.9 };
    for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k.padEnd(20)} ${String(v).padStart(8)}${k in targets ? `   (target ≥ ${targets[k]})` : ''}\n`);
    for (const leak of r.mustRemove.leaked) process.stdout.write(`  leak ${leak.source}: ${JSON.stringify(leak.string)}\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
