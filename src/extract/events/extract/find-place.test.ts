import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, GeoKind } from '../../../model/contract.js';
import { focusPlace, placeIn, placeRank } from './find-place.js';

function loc(text: string, start: number, kind: GeoKind | null): Entity {
  const geo = kind ? { geonameId: 1, name: text, country: 'XX', lat: 0, lon: 0, kind } : null;
  return { type: 'LOC', text, start, end: start + text.length, geo };
}
const ranked = (es: Entity[]) => es.map((entity) => ({ entity, rank: placeRank(entity) }));

test('a town outranks its region and its country', () => {
  const places = ranked([loc('Kachin State', 40, 'region'), loc('Myanmar', 60, 'country'), loc('Bhamo', 10, 'city')]);
  assert.equal(placeIn({ start: 0, end: 100 }, 0, places)?.name, 'Bhamo');
});

test('between places of one rank the one nearest the trigger wins', () => {
  const places = ranked([loc('Tongi', 10, 'city'), loc('Narayanganj', 80, 'city')]);
  assert.equal(placeIn({ start: 0, end: 100 }, 75, places)?.name, 'Narayanganj');
});

test('streets rank below everything, and places outside the span are ignored', () => {
  assert.ok(placeRank(loc('Great East Road', 0, null)) < placeRank(loc('Mashonaland East', 0, null)));
  assert.equal(placeIn({ start: 0, end: 20 }, 0, ranked([loc('Juba', 30, 'city')])), null);
});

test('the focus place is the one the statement mentions most, weighted by rank', () => {
  const places = ranked([loc('Kadugli', 0, 'city'), loc('Talodi', 20, 'city'), loc('Kadugli', 40, 'city'), loc('Sudan', 60, 'country')]);
  assert.equal(focusPlace(places)?.name, 'Kadugli');
  assert.equal(focusPlace([]), null);
});
