import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitSentences } from './sentences.js';

const texts = (body: string): string[] => splitSentences(body).map((s) => body.slice(s.start, s.end));

describe('splitSentences', () => {
  test('splits at end punctuation before a capital', () => {
    assert.deepEqual(texts('We condemn the raid. We call on the council to act! Who will answer?'), [
      'We condemn the raid.',
      'We call on the council to act!',
      'Who will answer?',
    ]);
  });

  test('keeps titles and initials inside a sentence', () => {
    assert.deepEqual(texts('"Peace now," said Hon. Amara Diallo and Dr. J. Mensah. It was late.'), ['"Peace now," said Hon. Amara Diallo and Dr. J. Mensah.', 'It was late.']);
  });

  test('ends a sentence at a line that ends a list header', () => {
    assert.deepEqual(texts('The union demands that the government:\n– release the prisoners;\n– reopen the port.'), [
      'The union demands that the government:',
      '– release the prisoners;',
      '– reopen the port.',
    ]);
  });

  test('joins a hard-wrapped line that runs on in lower case', () => {
    assert.deepEqual(texts('We salute the dockers of Mombasa,\nwho have held the gates.'), ['We salute the dockers of Mombasa,\nwho have held the gates.']);
  });

  test('splits Spanish sentences opened by inverted marks', () => {
    assert.deepEqual(texts('Exigimos justicia. ¡Viva la lucha!'), ['Exigimos justicia.', '¡Viva la lucha!']);
  });
});
