import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './split-sentences.js';

test('splits at full stops before a capital, keeping offsets into the text', () => {
  const text = 'The army attacked. Rebels fled to Goma.';
  const sentences = splitSentences(text);
  assert.deepEqual(sentences.map((s) => s.text), ['The army attacked.', 'Rebels fled to Goma.']);
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
});

test('does not split after abbreviations, initials or list numbers', () => {
  const sentences = splitSentences('1. Gen. Ali and J. Smith met U.S. envoys on 3 Jan. in Juba. Talks failed.');
  assert.deepEqual(sentences.map((s) => s.text), ['1. Gen. Ali and J. Smith met U.S. envoys on 3 Jan. in Juba.', 'Talks failed.']);
});

test('every line is its own paragraph and ends a sentence', () => {
  const sentences = splitSentences('Athens, 2 November 2014\n\nWe condemn the attack\nSigned: the committee');
  assert.deepEqual(sentences.map((s) => s.paragraph), [0, 1, 2]);
});

test('a closing quote stays with its sentence', () => {
  const sentences = splitSentences('"They fired at us." The witness left.');
  assert.deepEqual(sentences.map((s) => s.text), ['"They fired at us."', 'The witness left.']);
});
