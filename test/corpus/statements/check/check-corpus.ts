/**
 * The whole gold check of one corpus folder (`gold/` and `raw/`): lint every file, then
 * score a perfect output with the shared scorer. Shared by the CLI and the test.
 * @module
 */
import { join } from 'node:path';
import { lookUpCities } from './cities.js';
import { loadGoldCases } from './gold-files.js';
import { lintGold } from './gold-lint.js';
import { perfectOutput } from './perfect-output.js';
import { scorePerfect } from './score-perfect.js';
import { summarize } from './summary.js';

/** One gold file's lint findings. */
export interface FileReport {
  readonly file: string;
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

/** The outcome of checking a corpus. */
export interface CorpusReport {
  readonly ok: boolean;
  readonly errors: number;
  readonly files: readonly FileReport[];
  readonly shortfalls: readonly string[];
  readonly counts: Record<string, number | string>;
  readonly scorer: Record<string, unknown>;
}

/** Checks the corpus in `dir` with the scorer at `scoreScript` and the cities500 table at `citiesTable`. */
export async function checkCorpus(dir: string, scoreScript: string, citiesTable: string): Promise<CorpusReport> {
  const goldDir = join(dir, 'gold');
  const rawDir = join(dir, 'raw');
  const cases = loadGoldCases(goldDir, rawDir);
  const ids = new Set(cases.flatMap((c) => c.gold.statements.flatMap((s) => s.entities.flatMap((e) => (e.geonameId === undefined ? [] : [e.geonameId])))));
  const cities = await lookUpCities(citiesTable, ids);
  const files = cases.map((c) => ({ file: c.gold.source, ...lintGold(c, cities) }));
  const score = scorePerfect(scoreScript, goldDir, rawDir, cases.map((c) => perfectOutput(c, cities)));
  const errors = files.reduce((n, f) => n + f.errors.length, 0) + score.shortfalls.length;
  return { ok: errors === 0, errors, files, shortfalls: score.shortfalls, counts: summarize(cases, score.scorer), scorer: score.scorer };
}
