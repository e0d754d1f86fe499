import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODELS_DIR, sourceDirOf } from '../../util/paths.js';
import { loadEntityTagger } from './index.js';

const fixtures = join(sourceDirOf(import.meta.url), 'fixtures');
const haveModel = existsSync(join(MODELS_DIR, 'ner-en.manifest.json'));
const LANGUAGES: Record<string, string> = { en: 'en', fr: 'fr', es: 'es', de: 'de', tr: 'tr', ar: 'ar' };

for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.txt'))) {
  const base = file.slice(0, -4);
  const language = LANGUAGES[base.split('-').pop()!]!;
  const expected = JSON.parse(readFileSync(join(fixtures, `${base}.expected.json`), 'utf8')) as { with: string[]; without: string[] };
  const text = readFileSync(join(fixtures, file), 'utf8');

  test(`${file}: finds every expected entity with its type and tags none of the listed non-names`, { skip: !haveModel && 'no trained model in models/' }, () => {
    const found = new Set(loadEntityTagger().tag(text, language).map((m) => `${m.type}:${m.text}`));
    const missing = expected.with.filter((e) => !found.has(e));
    assert.deepEqual(missing, [], `missing from ${[...found].join(' · ')}`);
    const wrong = expected.without.filter((w) => [...found].some((f) => f.slice(4) === w));
    assert.deepEqual(wrong, []);
  });
}

test('tag returns ordered, non-overlapping mentions whose offsets slice back to their text', { skip: !haveModel && 'no trained model in models/' }, () => {
  const text = readFileSync(join(fixtures, 'joint-statement-en.txt'), 'utf8');
  const mentions = loadEntityTagger().tag(text, 'en');
  assert.ok(mentions.length > 10);
  let last = 0;
  for (const m of mentions) {
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.ok(m.start >= last, `${m.text} overlaps the mention before it`);
    last = m.end;
  }
});

test('tag gives no entities for empty or blank text, in any language', { skip: !haveModel && 'no trained model in models/' }, () => {
  const tagger = loadEntityTagger();
  assert.deepEqual(tagger.tag('', 'en'), []);
  assert.deepEqual(tagger.tag('  \n\t ', null), []);
  assert.deepEqual(tagger.tag('', 'ar'), []);
});

test('loadEntityTagger loads once per model folder and reuses the tagger', { skip: !haveModel && 'no trained model in models/' }, () => {
  assert.equal(loadEntityTagger(), loadEntityTagger({ modelDir: MODELS_DIR }));
});
