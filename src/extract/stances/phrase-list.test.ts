import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Entity } from '../../model/contract.js';
import { indexEntities } from './entity-index.js';
import { compileLexicon } from './lexicon.js';
import { LANGUAGE_MODELS } from './model/index.js';
import { midSentenceCapitals, type PhraseScope } from './noun-phrase.js';
import { readPhraseList } from './phrase-list.js';
import { phraseText } from './targets.js';
import { tokenize } from './tokenize.js';

function phrases(text: string, language = 'en', entities: readonly Entity[] = []): string[] {
  const scope: PhraseScope = {
    body: text,
    tokens: tokenize(text),
    lex: compileLexicon(LANGUAGE_MODELS[language]!),
    entities: indexEntities(entities, text.length),
    capitalized: midSentenceCapitals(text),
  };
  return readPhraseList(scope, 0, scope.tokens.length).phrases.map((p) => phraseText(scope, p));
}

describe('readPhraseList', () => {
  test('reads a name with inner joiners up to the verb', () => {
    assert.deepEqual(phrases('the Committee for the Defence of Political Prisoners to act'), ['Committee for the Defence of Political Prisoners']);
  });

  test('splits "X and the Y" but not a name that holds "and" after "of"', () => {
    assert.deepEqual(phrases('the Ministry of Trade and Industry and the Port Authority'), ['Ministry of Trade and Industry', 'Port Authority']);
  });

  test('splits two names joined by "and" and leaves "of" + a charge out', () => {
    assert.deepEqual(phrases('Sylvania and Borduria of complicity'), ['Sylvania', 'Borduria']);
  });

  test('reads a comma list only when it goes on to "and"', () => {
    assert.deepEqual(phrases('the AU, the UN and the EU to act'), ['AU', 'UN', 'EU']);
    assert.deepEqual(phrases('the Liberal Bloc, the party of the landowners'), ['Liberal Bloc']);
  });

  test('stops at an adverb before the verb of a that-clause', () => {
    assert.deepEqual(phrases('the Government of Sylvania immediately release'), ['Government of Sylvania']);
  });

  test('reads an entity mention whole, lower-case words and all', () => {
    const text = 'les Volontaires pour la défense du village à Dori';
    const start = text.indexOf('Volontaires');
    const entity: Entity = { type: 'ORG', text: 'Volontaires pour la défense du village', start, end: start + 38, geo: null };
    assert.deepEqual(phrases(text, 'fr', [entity]), ['Volontaires pour la défense du village']);
  });

  test('restores a name cut short when the bracketed acronym spells it', () => {
    assert.deepEqual(phrases('des Brigades pour la sécurité du territoire (BST) à Dori', 'fr'), ['Brigades pour la sécurité du territoire']);
  });

  test('keeps French lower-case adjectives after the noun', () => {
    assert.deepEqual(phrases('la communauté internationale à agir', 'fr'), ['communauté internationale']);
  });
});
