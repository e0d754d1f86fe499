import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MODELS_DIR, sharedDir } from '../../util/paths.js';
import { parseConll } from './conll/conll-reader.js';
import { conllEval } from './conll/conlleval.js';
import { iobOfBilou } from './conll/tag-spans.js';
import { loadEnglishModel } from './tagger/load-english-model.js';
import { tagDocument } from './tagger/tag-document.js';
import { loadEntityTagger } from './index.js';
import { QUALITY_FLOORS } from './model/quality-floors.js';

const shared = sharedDir();
const haveModel = existsSync(join(MODELS_DIR, 'ner-en.manifest.json'));
const skip = shared === null ? '../shared is absent' : !haveModel ? 'no trained model in models/' : false;

test(`the English model keeps CoNLL-2003 dev F1 at or above ${QUALITY_FLOORS.conllDevF1}`, { skip }, () => {
  const model = loadEnglishModel(MODELS_DIR);
  const docs = parseConll(readFileSync(join(shared!, 'data/ner/conll2003/dev.txt'), 'utf8'));
  const gold: string[][] = [];
  const pred: string[][] = [];
  for (const d of docs) {
    const labels = tagDocument(d.sentences.map((s) => s.tokens), model);
    d.sentences.forEach((s, i) => {
      gold.push([...s.tags]);
      pred.push(iobOfBilou(labels[i]!));
    });
  }
  const score = conllEval(gold, pred);
  assert.ok(score.f1 >= QUALITY_FLOORS.conllDevF1, `dev F1 ${score.f1.toFixed(4)} is below the floor`);
});

test(`the tagger keeps entity F1 on the statements set at or above ${QUALITY_FLOORS.statementsEntityF1}`, { skip }, async () => {
  const lib = (name: string) => import(pathToFileURL(join(shared!, 'eval/lib', name)).href);
  const { loadGold } = await lib('load.mjs');
  const { scoreCorpus } = await lib('score-corpus.mjs');
  const dir = join(shared!, 'data/statements');
  const gold = loadGold(join(dir, 'gold'), join(dir, 'raw'));
  assert.deepEqual(gold.errors, []);
  const tagger = loadEntityTagger();
  const system = new Map<string, { document: unknown }>();
  for (const doc of gold.documents as { key: string; source: string; language?: string | null; statements: { body: string }[] }[]) {
    const statements = doc.statements.map((s) => ({
      title: null, issuers: [], date: null, published: null, place: null, body: s.body,
      entities: tagger.tag(s.body, doc.language ?? null).map((m) => ({ ...m, geo: null })), stances: [], events: [],
    }));
    system.set(doc.key, { document: { source: doc.source, language: doc.language ?? null, statements, comments: [], removed: [] } });
  }
  const f1 = (scoreCorpus(gold.documents, system) as { entities: { f1: number } }).entities.f1;
  assert.ok(f1 >= QUALITY_FLOORS.statementsEntityF1, `statements entity F1 ${f1.toFixed(3)} is below the floor`);
});
