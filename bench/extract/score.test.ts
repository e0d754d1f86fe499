import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aggregate, pagePrecision, pageRecall, scorePage, shingles, tokenize } from './score.js';

test('tokens are runs of letters, digits and underscores; punctuation and combining marks split', () => {
  assert.deepEqual(tokenize("It's 4:30 — snake_case, café!"), ['It', 's', '4', '30', 'snake_case', 'café']);
  assert.deepEqual(tokenize('cafe\u0301 au lait'), ['cafe', 'au', 'lait']);
  assert.deepEqual(tokenize('日本語 text'), ['日本語', 'text']);
});

test('shingles are 4-token windows counted as a multiset; short texts give one shorter shingle', () => {
  assert.equal(shingles(tokenize('a b c d e')).size, 2);
  assert.deepEqual([...shingles(tokenize('a b a b a b a'))].map(([, n]) => n), [2, 2]);
  assert.deepEqual([...shingles(tokenize('Hello, world!')).values()], [1]);
  assert.equal(shingles([]).size, 0);
});

test('a page is scored on normalised shingle counts', () => {
  const c = scorePage('a b c d e', 'a b c d');
  assert.deepEqual([c.tp, c.fp, c.fn], [0.5, 0, 0.5]);
  assert.equal(pagePrecision(c), 1);
  assert.equal(pageRecall(c), 0.5);
  assert.equal(c.exact, false);
  assert.equal(scorePage('One, two  three.', 'one two three').exact, false, 'case is kept');
  assert.equal(scorePage('One, two\n\nthree.', 'One two three').exact, true);
});

test('corpus figures are means over pages, F1 of the two means, and an empty prediction only lowers recall', () => {
  const pages = [scorePage('a b c d e', 'a b c d'), scorePage('w x y z', ''), scorePage('p q r s', 'p q r s t u')];
  const s = aggregate(pages);
  // Precision over pages 1 and 3 (page 2 predicts nothing): (1 + 1/3) / 2; recall over all three: (0.5 + 0 + 1) / 3.
  assert.ok(Math.abs(s.precision - (1 + 1 / 3) / 2) < 1e-12);
  assert.ok(Math.abs(s.recall - 0.5) < 1e-12);
  assert.ok(Math.abs(s.f1 - (2 * s.precision * s.recall) / (s.precision + s.recall)) < 1e-12);
  assert.equal(s.accuracy, 0);
  assert.equal(aggregate([scorePage('same text here ok', 'same text here ok')]).accuracy, 1);
});
