import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordPattern } from './word-pattern.js';

test('a word boundary holds before and after accented letters', () => {
  const re = wordPattern(String.raw`\b(?:tués|asesinó)\b`);
  assert.ok(re.test('23 civils tués, dont'));
  assert.ok(re.test('el grupo asesinó a dos'));
  assert.ok(!re.test('atués'));
});

test('\\w matches letters of any script, so Spanish verbs end where their accent ends', () => {
  const re = wordPattern(String.raw`\bsecuestr\w*\b`);
  assert.equal(re.exec('el grupo secuestró a un maestro')?.[0], 'secuestró');
});

test('a boundary before a character class of spaces closes the word instead of opening one', () => {
  const re = wordPattern(String.raw`\battacked\b(?:[ \t]+\S+){0,2}[ \t]+base\b`);
  assert.ok(re.test('fighters attacked a military base'));
});

test('matches are case-insensitive by default and keep given flags', () => {
  assert.ok(wordPattern(String.raw`\bpolice\b`).test('POLICE fired'));
  assert.ok(wordPattern(String.raw`\bx\b`, 'giu').global);
});
