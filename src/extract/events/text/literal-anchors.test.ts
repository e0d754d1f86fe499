import { test } from 'node:test';
import assert from 'node:assert/strict';
import { literalAnchors } from './literal-anchors.js';

test('gives the literal prefix of each top-level alternative, in lower case', () => {
  assert.deepEqual(literalAnchors(String.raw`\b(?:Attack(?:ed|s)?|raided|car bombs?)\b`), ['attack', 'raided', 'car bomb']);
});

test('drops a character made optional by a quantifier', () => {
  assert.deepEqual(literalAnchors(String.raw`\b(?:ieds?|shell(?:ed|s)?)\b`), ['ied', 'shell']);
});

test('gives no anchors when an alternative starts with a group or a class, or is too short', () => {
  assert.equal(literalAnchors(String.raw`\b(?:(?:angry|irate) crowds?|mobs?)\b`), null);
  assert.equal(literalAnchors(String.raw`\b(?:gr(?:e|é)nades?)\b`), null);
  assert.equal(literalAnchors(String.raw`\b(?:[a-z]+ed)\b`), null);
});

test('reads past a leading look-behind boundary', () => {
  assert.deepEqual(literalAnchors(String.raw`(?<![\p{L}\p{N}_])(?:chlorine|sarin)(?![\p{L}\p{N}_])`), ['chlorine', 'sarin']);
});
