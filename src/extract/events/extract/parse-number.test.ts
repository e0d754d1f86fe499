import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNumber } from './parse-number.js';

test('reads digits, thousands separators and multipliers', () => {
  assert.equal(parseNumber('38'), 38);
  assert.equal(parseNumber('1,200'), 1200);
  assert.equal(parseNumber('42 thousand'), 42000);
});

test('reads number words in English, French and Spanish, hyphenated or not', () => {
  assert.equal(parseNumber('forty-two'), 42);
  assert.equal(parseNumber('vingt-trois'), 23);
  assert.equal(parseNumber('veintitrés'), 23);
  assert.equal(parseNumber('cuatro'), 4);
  assert.equal(parseNumber('Eleven'), 11);
});

test('vague quantities and years are not numbers', () => {
  assert.equal(parseNumber('dozens'), null);
  assert.equal(parseNumber('many'), null);
  assert.equal(parseNumber('2015'), null);
  assert.equal(parseNumber(''), null);
});
