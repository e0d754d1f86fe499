import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_ERROR_KM, geocodingFigures, spanFigures } from './metrics.js';

test('exact answers give accuracy 1 and AUC 0; unresolved ones the largest error and AUC 1', () => {
  const exact = geocodingFigures([0, 0, 0]);
  assert.equal(exact.accuracy161, 1);
  assert.equal(exact.auc, 0);
  const none = geocodingFigures([null, null]);
  assert.equal(none.accuracy161, 0);
  assert.equal(none.meanKm, MAX_ERROR_KM);
  assert.ok(Math.abs(none.auc - 1) < 1e-4);
});

test('accuracy counts errors under 161 km, the median is the middle error', () => {
  const f = geocodingFigures([10, 160.9, 161, 5000, null]);
  assert.equal(f.accuracy161, 2 / 5);
  assert.equal(f.medianKm, 161);
  assert.equal(f.n, 5);
});

test('answers that contain the gold point count for the containing accuracy only', () => {
  const f = geocodingFigures([500, 10], [true, false]);
  assert.equal(f.accuracy161, 0.5);
  assert.equal(f.accuracy161Containing, 1);
});

test('span figures are precision, recall and their harmonic mean', () => {
  assert.deepEqual(spanFigures(3, 4, 6), { precision: 0.75, recall: 0.5, f1: 0.6 });
  assert.deepEqual(spanFigures(0, 0, 5), { precision: 0, recall: 0, f1: 0 });
});
