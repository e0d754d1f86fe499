import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Geo } from '../../model/contract.js';
import { fixtureGazetteerDir } from '../../../scripts/gazetteer/fixtures/fixture-gazetteer.js';
import { loadGazetteer, loadPlaceResolver } from './index.js';
import { contextScore } from './score-candidate.js';
import type { PlaceContext } from './index.js';

const resolver = () => loadPlaceResolver({ indexDir: fixtureGazetteerDir() });

/** Resolves every listed name at its first occurrence in the text. */
function resolveIn(text: string, names: readonly string[], context: Partial<PlaceContext> = {}): (Geo | null)[] {
  const mentions = names.map((n) => {
    const start = text.indexOf(n);
    assert.ok(start >= 0, `"${n}" is in the text`);
    return { text: n, start, end: start + n.length };
  });
  return resolver().resolve(mentions, { text, ...context });
}

const where = (g: Geo | null) => (g === null ? null : `${g.name}/${g.country}/${g.kind}`);

test('a country name resolves to the country when nothing points elsewhere', () => {
  const [georgia] = resolveIn('The Harbor Friends Committee sent observers to Georgia and Tbilisi.', ['Georgia', 'Tbilisi']);
  assert.equal(where(georgia!), 'Georgia/GE/country');
});

test('the same name resolves to the US state when the text is about places in it', () => {
  const [georgia] = resolveIn('Relief workers of the Ashgrove Union reached Atlanta, then drove across Georgia.', ['Georgia', 'Atlanta']);
  assert.equal(where(georgia!), 'Georgia/US/region');
});

test('a qualifier after a comma picks the place inside it', () => {
  const [paris] = resolveIn('The Mesa Workers League held its congress in Paris, Texas, last spring.', ['Paris', 'Texas']);
  assert.equal(where(paris!), 'Paris/US/city');
  const [capital] = resolveIn('The Mesa Workers League held its congress in Paris last spring.', ['Paris']);
  assert.equal(where(capital!), 'Paris/FR/city');
});

test('other places of the text pull a small namesake over a large one', () => {
  const [edmonton] = resolveIn('Flooding hit Edmonton, a suburb south of Cairns in Queensland.', ['Edmonton', 'Cairns', 'Queensland']);
  assert.equal(where(edmonton!), 'Edmonton/AU/city');
  const [alone] = resolveIn('Members gathered in Edmonton on Sunday.', ['Edmonton']);
  assert.equal(where(alone!), 'Edmonton/CA/city');
});

test('transliteration variants and Arabic script reach the same city', () => {
  const text = 'The Coalition of Free Towns reported shelling near Heseke and Qamishli in northeast Syria; الحسكة was cut off.';
  const [heseke, , , arabic] = resolveIn(text, ['Heseke', 'Qamishli', 'Syria', 'الحسكة']);
  assert.equal(heseke!.geonameId, 173811);
  assert.equal(arabic!.geonameId, 173811);
});

test('a loose transliteration match is left unresolved when the text points to no place in its country', () => {
  const [heseke] = resolveIn('Delegates arrived from Heseke yesterday.', ['Heseke']);
  assert.equal(heseke, null);
});

test('a generic word in the mention prefers the administrative unit', () => {
  const [province, city] = resolveIn('Fighting spread from Aleppo Governorate into the city of Aleppo itself.', ['Aleppo Governorate', 'Aleppo']);
  assert.equal(where(province!), 'Aleppo/SY/region');
  assert.equal(where(city!), 'Aleppo/SY/city');
});

test('abbreviations are read as written: "U.S." is the country, a lower-case word is not a place', () => {
  const [us] = resolveIn('The U.S. embassy issued a note.', ['U.S.']);
  assert.equal(where(us!), 'United States/US/country');
  const [reading] = resolveIn('After reading the statement, members voted.', ['reading']);
  assert.equal(reading, null);
});

test('demonyms resolve to their country', () => {
  const [syrian] = resolveIn('The Syrian government denied the report.', ['Syrian']);
  assert.equal(where(syrian!), 'Syria/SY/country');
});

test('a country hint decides between namesakes when the text says nothing', () => {
  const [hinted] = resolveIn('A rally was held in Damascus.', ['Damascus'], { countryHints: ['US'] });
  assert.equal(where(hinted!), 'Damascus/SY/city');
  const [london] = resolveIn('A rally was held in London.', ['London'], { countryHints: ['US'] });
  assert.equal(where(london!), 'London/GB/city');
});

test('mentions of one name in a text resolve to one place, and unknown names to null', () => {
  const out = resolveIn('London police said London was calm. Zorblatt stayed quiet.', ['London', 'Zorblatt']);
  assert.equal(out[1], null);
  const again = resolver().resolve([{ text: 'London', start: 0, end: 6 }, { text: 'London', start: 26, end: 32 }], { text: 'London police said London was calm.' });
  assert.deepEqual(again[0], again[1]);
});

test('lookup resolves a single place of issue, using the context text', () => {
  const r = resolver();
  assert.equal(where(r.lookup('Tbilisi')), 'Tbilisi/GE/city');
  assert.equal(where(r.lookup('London', { text: 'London, Kentucky: the Laurel County committee met.' })), 'London/US/city');
  assert.equal(r.lookup(''), null);
});

test('a bare region name goes to the region when its namesake seat holds a small share of its people', () => {
  const [quebec] = resolveIn('Ministers from Quebec met their colleagues in Montreal.', ['Quebec', 'Montreal']);
  assert.equal(where(quebec!), 'Quebec/CA/region');
  const [aleppo] = resolveIn('Aid convoys reached Aleppo and Damascus.', ['Aleppo', 'Damascus']);
  assert.equal(where(aleppo!), 'Aleppo/SY/city');
});

test('a country named again elsewhere in the text supports the country reading as much as a region inside it', () => {
  const g = loadGazetteer(fixtureGazetteerDir());
  const mexico = g.countryFeature('MX');
  const region = g.find('mexico').find((p) => g.kind(p.feature) === 'region')!.feature;
  const evidence = { others: [{ feature: mexico, weight: 1 }], hints: new Set<string>(), qualifier: -1 };
  const asCountry = contextScore(g, { feature: mexico, level: 0 }, evidence);
  assert.ok(asCountry > 0);
  assert.ok(asCountry >= contextScore(g, { feature: region, level: 0 }, evidence));
});

test('a part of a place or a feature named after it resolves to the place when the text supports its country', () => {
  const [north] = resolveIn('British volunteers from North London cleaned the canal.', ['North London']);
  assert.equal(where(north!), 'London/GB/city');
  const [valley] = resolveIn('Fires spread through the Aleppo Valley, Syria.', ['Aleppo Valley', 'Syria']);
  assert.equal(where(valley!), 'Aleppo/SY/city');
  assert.equal(resolveIn('Volunteers from North London met.', ['North London'])[0], null);
  assert.equal(resolveIn('Delegates came from Upper Zorblatt.', ['Upper Zorblatt'])[0], null);
});

test('a mention that leaves out the period of an abbreviation is read as the abbreviation', () => {
  const [paris, tex] = resolveIn('The march ended in Paris, Tex. on Sunday.', ['Paris', 'Tex']);
  assert.equal(where(tex!), 'Texas/US/region');
  assert.equal(where(paris!), 'Paris/US/city');
});
