import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenize.js';
import { splitSentences } from './split-sentences.js';

const texts = (s: string) => tokenize(s).map((t) => t.text);

test('tokenize keeps offsets that slice back to each token, across astral characters', () => {
  const text = 'The Velmor Front 🙂 (VF) said:\n«Non», dit M. Arnaud — ölçü İstanbul’da.';
  for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
});

test('tokenize splits punctuation and possessives the CoNLL way and keeps hyphenated names whole', () => {
  assert.deepEqual(texts("Germany's SPLM-North didn't sign, (U.S.) 1996-08-22."), ['Germany', "'s", 'SPLM-North', 'did', "n't", 'sign', ',', '(', 'U.S.', ')', '1996-08-22', '.']);
});

test('tokenize keeps the period of titles and initials but not of a sentence end', () => {
  assert.deepEqual(texts('Mr. Dalton met J. Okafor in Accra.'), ['Mr.', 'Dalton', 'met', 'J.', 'Okafor', 'in', 'Accra', '.']);
});

test('tokenize splits French elisions off the name', () => {
  assert.deepEqual(texts("l'Union d'Afrique"), ["l'", 'Union', "d'", 'Afrique']);
});

test('splitSentences cuts at sentence ends and at short lines, not inside hard-wrapped prose', () => {
  const text = 'NAIROBI – 14 June 2011 – We call on Mr. Dalton to act. The council agreed.\nSigned:\nNorthern Relief Network (NRN)\n'
    + 'This long line of a mailing-list archive wraps in the middle of the\nsentence and goes on here.';
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens).map((s) => tokens.slice(s.start, s.end).map((t) => t.text).join(' '));
  assert.deepEqual(sentences, [
    'NAIROBI – 14 June 2011 – We call on Mr. Dalton to act .',
    'The council agreed .',
    'Signed :',
    'Northern Relief Network ( NRN )',
    'This long line of a mailing-list archive wraps in the middle of the sentence and goes on here .',
  ]);
});
