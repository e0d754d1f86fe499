import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { foldForCues, foldText } from './fold-text.js';
import { PhraseFinder } from './phrase-finder.js';
import { textToPage } from './text-to-page.js';

describe('textToPage', () => {
  test('each non-empty line is one block tagged line, with no role', () => {
    const page = textToPage('Title\nFirst line\nSecond line');
    assert.deepEqual(page.blocks, [{ text: 'Title', tag: 'line' }, { text: 'First line', tag: 'line' }, { text: 'Second line', tag: 'line' }]);
    assert.deepEqual(page.meta, {});
  });
  test('a block after blank lines has breakBefore', () => {
    const page = textToPage('\n\nTitle\n\n\n  \nBody\nMore');
    assert.deepEqual(page.blocks.map((b) => [b.text, b.breakBefore === true]), [['Title', false], ['Body', true], ['More', false]]);
  });
  test('any line ending is a line break, and invisible characters and edge spaces go', () => {
    const page = textToPage('\ufeffOne\r\nTwo\rThree\u2028Four\n\u200bFive  ');
    assert.deepEqual(page.blocks.map((b) => b.text), ['One', 'Two', 'Three', 'Four', 'Five']);
  });
  test('empty text gives an empty page', () => assert.deepEqual(textToPage('').blocks, []));
});

describe('folding', () => {
  test('accents, case and letters NFKD keeps whole are folded', () => {
    assert.equal(foldText('Août ŞUBAT Yıldız Straße'), 'aout subat yildiz strasse');
    assert.equal(foldText('آذار'), foldText('اذار'));
  });
  test('cue folding also plains quotes, dashes and spaces', () => assert.equal(foldForCues('  “Share”  –  l’article\u00a0 '), '"share" - l\'article'));
});

describe('PhraseFinder', () => {
  const finder = new PhraseFinder(['all rights reserved', 'cookies', 'cookie settings', '©', 'Tous droits réservés']);
  test('phrases are found at word breaks, the longest at a position', () => {
    assert.deepEqual(finder.findAll(foldForCues('Cookie settings and cookies.')).map((h) => h.phrase), ['cookie settings', 'cookies']);
    assert.deepEqual(finder.findAll(foldForCues('© 2019 Union. All rights reserved.')).map((h) => h.phrase), ['©', 'all rights reserved']);
    assert.equal(finder.find(foldForCues('TOUS DROITS RESERVES'))?.phrase, 'tous droits reserves');
  });
  test('a phrase inside a longer word is not found', () => assert.equal(finder.find(foldForCues('cookiesheet')), null));
});
