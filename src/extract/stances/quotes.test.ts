import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Entity } from '../../model/contract.js';
import { indexEntities } from './entity-index.js';
import { issuerMatcher } from './issuer-aliases.js';
import { compileLexicon } from './lexicon.js';
import { LANGUAGE_MODELS } from './model/index.js';
import { findQuotes } from './quotes.js';

const en = compileLexicon(LANGUAGE_MODELS.en!);
const speakers = (body: string, entities: readonly Entity[] = [], issuers: readonly string[] = []): (string | null)[] =>
  findQuotes(body, { lex: en, entities: indexEntities(entities, body.length), issuers: issuerMatcher(issuers, body) }).map((q) => q.speaker);

describe('findQuotes', () => {
  test('names the speaker after the quotation', () => {
    assert.deepEqual(speakers('"We will not go back to work," said Joseph Banda, the shop steward.'), ['Joseph Banda']);
  });

  test('names the speaker introduced before the quotation', () => {
    assert.deepEqual(speakers('His sister, Leila Haddad, told reporters: "They took him at night from his home."'), ['Leila Haddad']);
  });

  test('takes a PER mention over capitalized words', () => {
    const body = '"The talks have failed completely," said the Minister of Labour, Peter Olu.';
    const start = body.indexOf('Peter');
    assert.deepEqual(speakers(body, [{ type: 'PER', text: 'Peter Olu', start, end: start + 9, geo: null }]), ['Peter Olu']);
  });

  test('marks speech whose speaker is not named as nobody in particular', () => {
    assert.deepEqual(speakers('"The firing went on for forty minutes," a police officer said.'), [null]);
  });

  test('gives the words of the issuer\'s spokesperson to the issuer', () => {
    assert.deepEqual(speakers('The MFA spokesperson said:\n"We urge all parties to return to the talks."', [], ['Ministry of Foreign Affairs']), ['Ministry of Foreign Affairs']);
  });

  test('ignores scare quotes and slogans without a speech verb', () => {
    assert.deepEqual(speakers('The so-called "security operation" went on. We shout "Land to those who work it" again.'), []);
  });
});
