import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countFatalities } from './count-fatalities.js';

test('reads active and passive death tolls', () => {
  assert.equal(countFatalities('The police killed 38 workers and wounded 27.'), 38);
  assert.equal(countFatalities('38 people were killed in the raid.'), 38);
  assert.equal(countFatalities('Three workers died in the fire.'), 3);
  assert.equal(countFatalities('The shelling has killed more than 42 thousand people.'), 42000);
  assert.equal(countFatalities('They beat two of our agents to death.'), 2);
});

test('reads French and Spanish tolls', () => {
  assert.equal(countFatalities('Le bilan est lourd : 23 civils tués et 19 blessés.'), 23);
  assert.equal(countFatalities('En el ataque fueron asesinados cuatro guardias.'), 4);
  assert.equal(countFatalities('un mototaxista, que murió en el lugar'), 1);
});

test('one named victim counts as one death', () => {
  assert.equal(countFatalities('Ana Ruiz, a nurse, was shot dead at the gate.'), 1);
});

test('vague tolls and wounded-only reports give null', () => {
  assert.equal(countFatalities('Dozens were killed.'), null);
  assert.equal(countFatalities('Many people died.'), null);
  assert.equal(countFatalities('Fourteen strikers were wounded.'), null);
});

test('the largest restated toll wins', () => {
  assert.equal(countFatalities('Eleven passengers were killed; the death toll rose to 12.'), 12);
});
