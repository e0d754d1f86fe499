import { test } from 'node:test';
import assert from 'node:assert/strict';
import { categoryBit, Gazetteer } from './gazetteer.js';
import { foldCase } from './fold-case.js';

const gaz = new Gazetteer({ country: ['kessaria', 'north kessaria'], cityLarge: ['port tarsin'], knownOrg: ['kessaria'] });

test('matchAll lists the longest match first at each start, with every category of the name', () => {
  const matches = gaz.matchAll(['in', 'north', 'kessaria', 'and', 'port', 'tarsin']);
  assert.deepEqual(matches, [
    { start: 1, end: 3, cats: categoryBit('country') },
    { start: 2, end: 3, cats: categoryBit('country') | categoryBit('knownOrg') },
    { start: 4, end: 6, cats: categoryBit('cityLarge') },
  ]);
});

test('lookup answers only for a whole name', () => {
  assert.equal(gaz.lookup(['port']), 0);
  assert.equal(gaz.lookup(['port', 'tarsin']), categoryBit('cityLarge'));
});

test('foldCase folds Turkish dotted capitals, typographic apostrophes and hyphens between letters', () => {
  assert.equal(foldCase('İzmir'), 'izmir');
  assert.equal(foldCase('d’Ivoire'), "d'ivoire");
  assert.equal(foldCase('Pétion-Ville'), 'pétionville');
  assert.equal(foldCase('-'), '-');
});
