import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, EntityType, Event, GeoKind } from '../../../model/contract.js';
import { sourceDirOf } from '../../../util/paths.js';
import { normalizeName } from '../text/normalize-name.js';
import { createEventExtractor, extractEvents } from './extract-events.js';

interface Expected {
  readonly type: string;
  readonly place: string | null;
  readonly actors?: readonly string[];
  readonly fatalities?: number | null;
  readonly date?: string | null;
}

interface Case {
  readonly name: string;
  readonly date: string | null;
  readonly language: string;
  readonly body: string;
  readonly issuers?: readonly string[];
  readonly entities: readonly { type: EntityType; text: string; kind?: GeoKind }[];
  readonly expect: readonly Expected[];
}

const fixtures = join(sourceDirOf(import.meta.url), '..', 'fixtures');
const cases = ['statements.json', 'statements-more.json', 'statements-blind.json']
  .flatMap((file) => JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as Case[]);

// Fixtures name their entities; tests place every mention by string search, as a tagger would.
function locate(c: Case): Entity[] {
  const out: Entity[] = [];
  for (const e of c.entities) {
    for (let at = c.body.indexOf(e.text); at >= 0; at = c.body.indexOf(e.text, at + 1)) {
      const geo = e.kind ? { geonameId: 1, name: e.text, country: 'XX', lat: 0, lon: 0, kind: e.kind } : null;
      out.push({ type: e.type, text: e.text, start: at, end: at + e.text.length, geo });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function holds(actor: string, expected: string): boolean {
  return ` ${normalizeName(actor)} `.includes(` ${normalizeName(expected)} `);
}

function matches(e: Event, x: Expected): boolean {
  return x.type.split('|').includes(e.type)
    && (x.place === null ? e.place === null : e.place !== null && normalizeName(e.place) === normalizeName(x.place))
    && (x.actors ?? []).every((a) => e.actors.some((actor) => holds(actor, a)))
    && (!('fatalities' in x) || e.fatalities === x.fatalities)
    && (!('date' in x) || e.date === x.date);
}

for (const c of cases) {
  test(`extracts ${c.expect.length} event(s): ${c.name}`, () => {
    const events = extractEvents({ body: c.body, date: c.date, language: c.language, entities: locate(c), issuers: c.issuers ?? [] });
    const shown = JSON.stringify(events.map(({ evidence, geo, ...rest }) => rest));
    for (const x of c.expect) assert.ok(events.some((e) => matches(e, x)), `expected ${JSON.stringify(x)} among ${shown}`);
    assert.equal(events.length, c.expect.length, `events: ${shown}`);
  });
}

test('gives each event the sentence that reports it as evidence', () => {
  const body = 'We salute the workers.\n\nOn 2 May, police arrested nine strikers in Accra.';
  const [event] = extractEvents({ body, date: '2020-05-04', language: 'en', entities: [], issuers: [] });
  assert.equal(event?.evidence, 'On 2 May, police arrested nine strikers in Accra.');
});

test('takes the geo of the place entity it chose', () => {
  const body = 'On 2 May, police arrested nine strikers in Accra.';
  const at = body.indexOf('Accra');
  const geo = { geonameId: 2306104, name: 'Accra', country: 'GH', lat: 5.556, lon: -0.197, kind: 'city' as const };
  const [event] = extractEvents({ body, date: '2020-05-04', language: 'en', entities: [{ type: 'LOC', text: 'Accra', start: at, end: at + 5, geo }], issuers: [] });
  assert.deepEqual(event?.geo, geo);
  assert.equal(event?.place, 'Accra');
});

test('gives a null date when the statement has no date to resolve a weekday against', () => {
  const [event] = extractEvents({ body: 'On Monday, soldiers shelled the town of Kadugli.', date: null, language: 'en', entities: [], issuers: [] });
  assert.equal(event?.type, 'ART_MISS_ATTACK');
  assert.equal(event?.date, null);
});

test('a higher minimum score keeps only the strongly worded events', () => {
  const body = 'Gunmen attacked the village. A suicide bomber blew himself up at the market.';
  const strict = createEventExtractor({ minScore: 9 });
  assert.deepEqual(strict({ body, date: null, language: 'en', entities: [], issuers: [] }).map((e) => e.type), ['SUIC_BOMB']);
  assert.equal(extractEvents({ body, date: null, language: 'en', entities: [], issuers: [] }).length, 2);
});
