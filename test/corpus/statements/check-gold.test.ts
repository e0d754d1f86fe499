import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { sharedDir, sourceDirOf } from '../../../src/util/paths.js';
import { citiesTablePath, lookUpCities } from './check/cities.js';
import { checkCorpus } from './check/check-corpus.js';
import { loadGoldCases } from './check/gold-files.js';
import { lintGold } from './check/gold-lint.js';
import type { GoldCase } from './check/gold-types.js';

const here = sourceDirOf(import.meta.url);
const shared = sharedDir();
const scoreScript = shared ? join(shared, 'eval', 'score.mjs') : null;
const table = citiesTablePath();
const cases = (): GoldCase[] => loadGoldCases(join(here, 'gold'), join(here, 'raw'));

test('the corpus holds 24 pages: 6 HTML, and 14 en, 3 fr, 3 es, 2 de, 1 tr, 1 ar', () => {
  const all = cases();
  assert.equal(all.length, 24);
  assert.equal(all.filter((c) => c.gold.source.endsWith('.html')).length, 6);
  const languages: Record<string, number> = {};
  for (const c of all) languages[c.gold.language ?? 'null'] = (languages[c.gold.language ?? 'null'] ?? 0) + 1;
  assert.deepEqual(languages, { en: 14, fr: 3, es: 3, de: 2, tr: 1, ar: 1 });
});

test('every gold file lints clean and a perfect output scores 1.000 with the shared scorer', { skip: !scoreScript || !existsSync(scoreScript) || !table }, async () => {
  const report = await checkCorpus(here, scoreScript!, table!);
  assert.deepEqual(report.files.flatMap((f) => f.errors.map((e) => `${f.file}: ${e}`)), []);
  assert.deepEqual(report.shortfalls, []);
  assert.deepEqual(report.files.flatMap((f) => f.warnings.filter((w) => w.includes('bodyStart occurs'))), []);
});

test('the lint reports a moved point, an entity absent from the body and evidence not in the body', { skip: !table }, async () => {
  const original = cases()[0]!;
  const statement = original.gold.statements[0]!;
  const located = statement.entities.find((e) => e.geonameId !== undefined)!;
  const broken: GoldCase = {
    ...original,
    gold: {
      ...original.gold,
      statements: [{
        ...statement,
        entities: [...statement.entities.map((e) => (e === located ? { ...e, lat: (e.lat ?? 0) + 2 } : e)), { type: 'PER', text: 'Ottilie Vandersloot' }],
        stances: [{ ...statement.stances[0]!, evidence: 'A sentence that is nowhere on the page.' }],
      }],
    },
  };
  const cities = await lookUpCities(table!, new Set(statement.entities.flatMap((e) => (e.geonameId === undefined ? [] : [e.geonameId]))));
  const clean = lintGold(original, cities).errors;
  const errors = lintGold(broken, cities).errors;
  assert.deepEqual(clean, []);
  assert.ok(errors.some((e) => e.includes('cities500 puts')), errors.join('\n'));
  assert.ok(errors.some((e) => e.includes('Ottilie Vandersloot')), errors.join('\n'));
  assert.ok(errors.some((e) => e.includes('stance evidence not in the body')), errors.join('\n'));
});
