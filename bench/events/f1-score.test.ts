import { test } from 'node:test';
import assert from 'node:assert/strict';
import { f1Report, topConfusions } from './f1-score.js';

test('micro F1 equals accuracy when each row has one prediction', () => {
  const r = f1Report([
    { gold: 'A', predicted: 'A' }, { gold: 'A', predicted: 'B' }, { gold: 'B', predicted: 'B' }, { gold: 'C', predicted: 'A' },
  ]);
  assert.equal(r.n, 4);
  assert.equal(r.microF1, 0.5);
});

test('macro F1 averages over gold labels only, and a label never predicted scores 0', () => {
  // A: P 1/2, R 1/2 -> 0.5; B: P 1, R 1 -> 1; C: never predicted -> 0. Mean 0.5.
  const r = f1Report([
    { gold: 'A', predicted: 'A' }, { gold: 'A', predicted: 'B2' }, { gold: 'B', predicted: 'B' }, { gold: 'C', predicted: 'A' },
  ]);
  assert.deepEqual(r.perLabel.map((f) => f.label), ['A', 'B', 'C']);
  assert.equal(r.perLabel[0]!.f1, 0.5);
  assert.equal(r.perLabel[2]!.f1, 0);
  assert.equal(r.macroF1, 0.5);
});

test('a prediction outside the gold label set lowers recall but adds no label to the macro mean', () => {
  const r = f1Report([{ gold: 'A', predicted: 'X' }, { gold: 'A', predicted: 'A' }]);
  assert.equal(r.perLabel.length, 1);
  assert.equal(r.perLabel[0]!.precision, 1);
  assert.equal(r.perLabel[0]!.recall, 0.5);
});

test('an empty set of rows scores 0 without dividing by zero', () => {
  const r = f1Report([]);
  assert.equal(r.microF1, 0);
  assert.equal(r.macroF1, 0);
});

test('confusions are counted per gold and predicted pair, most frequent first', () => {
  const c = topConfusions([
    { gold: 'A', predicted: 'B' }, { gold: 'A', predicted: 'B' }, { gold: 'C', predicted: 'B' }, { gold: 'A', predicted: 'A' },
  ], 5);
  assert.deepEqual(c, [{ gold: 'A', predicted: 'B', count: 2 }, { gold: 'C', predicted: 'B', count: 1 }]);
});
