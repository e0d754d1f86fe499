import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { sharedDir, sourceDirOf } from '../../../src/util/paths.js';
import { citiesTablePath } from '../statements/check/cities.js';
import { checkCorpus } from '../statements/check/check-corpus.js';
import { loadGoldCases } from '../statements/check/gold-files.js';
import type { GoldCase } from '../statements/check/gold-types.js';
import { lintNames } from './check/names-lint.js';

const here = sourceDirOf(import.meta.url);
const shared = sharedDir();
const scoreScript = shared ? join(shared, 'eval', 'score.mjs') : null;
const table = citiesTablePath();
const cases = (): GoldCase[] => loadGoldCases(join(here, 'gold'), join(here, 'raw'));

test('the corpus holds 16 pages: 4 HTML, and 10 en, 2 fr, 2 es, 1 de, 1 ar', () => {
  const all = cases();
  assert.equal(all.length, 16);
  assert.equal(all.filter((c) => c.gold.source.endsWith('.html')).length, 4);
  const languages: Record<string, number> = {};
  for (const c of all) languages[c.gold.language ?? 'null'] = (languages[c.gold.language ?? 'null'] ?? 0) + 1;
  assert.deepEqual(languages, { en: 10, fr: 2, es: 2, de: 1, ar: 1 });
});

test('every stance source and target and every event actor of the gold is named on the page', () => {
  assert.deepEqual(cases().flatMap((c) => lintNames(c).map((p) => `${c.gold.source}: ${p}`)), []);
});

test('every gold file lints clean and a perfect output scores 1.000 with the shared scorer', { skip: !scoreScript || !existsSync(scoreScript) || !table }, async () => {
  const report = await checkCorpus(here, scoreScript!, table!);
  assert.deepEqual(report.files.flatMap((f) => f.errors.map((e) => `${f.file}: ${e}`)), []);
  assert.deepEqual(report.shortfalls, []);
  assert.deepEqual(report.files.flatMap((f) => f.warnings.filter((w) => w.includes('bodyStart occurs'))), []);
});

test('the name lint reports a misspelt stance target, a missing event actor and a comment inside a body', () => {
  const original = cases()[0]!;
  const statement = original.gold.statements[0]!;
  const firstComment = original.gold.comments[0]!;
  const broken: GoldCase = {
    ...original,
    gold: {
      ...original.gold,
      comments: [{ ...firstComment, text: statement.stances[0]!.evidence }],
      statements: [{
        ...statement,
        stances: [{ ...statement.stances[0]!, target: 'Ottilie Vandersloot Brigade' }],
        events: [{ ...statement.events[0]!, actors: ['Harbour Defence League'] }],
      }],
    },
  };
  assert.deepEqual(lintNames(original), []);
  const problems = lintNames(broken);
  assert.ok(problems.some((p) => p.includes('Ottilie Vandersloot Brigade')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('Harbour Defence League')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('holds the comment')), problems.join('\n'));
});
