import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conllEval } from './conlleval.js';
import { bilouOfSpans, iobOfBilou, spansOfBilou, spansOfIob } from './tag-spans.js';

test('spansOfIob reads IOB1: I- after O starts an entity, B- splits two adjacent ones', () => {
  assert.deepEqual(spansOfIob(['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC']), [
    { type: 'PER', start: 0, end: 2 },
    { type: 'PER', start: 2, end: 3 },
    { type: 'LOC', start: 4, end: 5 },
  ]);
});

test('spansOfIob starts a new entity when the type changes inside a run of I- tags', () => {
  assert.deepEqual(spansOfIob(['I-ORG', 'I-LOC']), [
    { type: 'ORG', start: 0, end: 1 },
    { type: 'LOC', start: 1, end: 2 },
  ]);
});

test('BILOU labels round-trip through spans and IOB2 tags', () => {
  const spans = [{ type: 'ORG', start: 0, end: 3 }, { type: 'PER', start: 3, end: 4 }, { type: 'LOC', start: 5, end: 7 }];
  const labels = bilouOfSpans(spans, 8);
  assert.deepEqual(spansOfBilou(labels), spans);
  assert.deepEqual(iobOfBilou(labels), ['B-ORG', 'I-ORG', 'I-ORG', 'B-PER', 'O', 'B-LOC', 'I-LOC', 'O']);
});

test('conllEval counts only exact span and type matches', () => {
  const gold = [['I-PER', 'I-PER', 'O', 'I-LOC'], ['I-ORG', 'O']];
  const pred = [['I-PER', 'O', 'O', 'I-LOC'], ['I-MISC', 'O']];
  const s = conllEval(gold, pred);
  assert.equal(s.correct, 1);
  assert.equal(s.gold, 3);
  assert.equal(s.predicted, 3);
  assert.equal(s.precision, 1 / 3);
  assert.equal(s.recall, 1 / 3);
  assert.equal(s.byType.LOC!.f1, 1);
  assert.equal(s.byType.PER!.f1, 0);
  assert.equal(s.byType.MISC!.precision, 0);
});

test('conllEval scores IOB1 gold against IOB2 predictions of the same entities as perfect', () => {
  const gold = [['I-ORG', 'I-ORG', 'B-ORG', 'O']];
  const pred = [['B-ORG', 'I-ORG', 'B-ORG', 'O']];
  const s = conllEval(gold, pred);
  assert.equal(s.f1, 1);
  assert.equal(s.gold, 2);
});

test('conllEval gives zero scores, not NaN, when nothing is predicted', () => {
  const s = conllEval([['I-PER']], [['O']]);
  assert.equal(s.precision, 0);
  assert.equal(s.f1, 0);
  assert.equal(s.recall, 0);
});

test('conllEval rejects sentences of different lengths', () => {
  assert.throws(() => conllEval([['O', 'O']], [['O']]), /sentence 0/);
});
