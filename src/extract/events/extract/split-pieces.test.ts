import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitPieces } from './split-pieces.js';

const texts = (s: string) => splitPieces(s).map((p) => p.text);

test('cuts at semicolons and before a comma-and that opens a new clause', () => {
  assert.deepEqual(texts('They detained ten men; their families have no news.'), ['They detained ten men', 'their families have no news.']);
  assert.deepEqual(texts('Militiamen burned 30 houses, and beat two men to death.'), ['Militiamen burned 30 houses', 'and beat two men to death.']);
});

test('cuts at a comma between two full clauses', () => {
  assert.deepEqual(texts('When students marched to the gate, police fired tear gas.'), ['When students marched to the gate', 'police fired tear gas.']);
});

test('keeps participial phrases, appositions and relative clauses with their clause', () => {
  assert.equal(texts('In Maliana, militiamen of the group, supported by soldiers, attacked villagers, killing 9 people.').length, 1);
  assert.equal(texts('The army shelled Kadugli, which was held by rebels.').length, 1);
});

test('cuts a second predicate of the same subject', () => {
  assert.deepEqual(texts('The army set up a base in Kech and deployed troops to Turbat.'), ['The army set up a base in Kech', 'and deployed troops to Turbat.']);
});

test('pieces carry offsets into the sentence', () => {
  const s = 'They detained ten men; their families have no news.';
  for (const p of splitPieces(s)) assert.equal(s.slice(p.start, p.end), p.text);
});
