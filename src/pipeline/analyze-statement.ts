/**
 * The statement-level steps: entities (with one identity per actor), places,
 * events and stances, each reading what the steps before it added.
 * @module
 */
import type { Entity, Geo, Statement } from '../model/contract.js';
import { loadEntityTagger } from '../extract/entities/index.js';
import { assignIdentities } from '../extract/entities/identity/index.js';
import { createEventExtractor } from '../extract/events/index.js';
import { loadPlaceResolver, type PlaceResolver } from '../extract/places/index.js';
import { createStanceExtractor } from '../extract/stances/index.js';
import type { StepName } from './steps.js';

export type StatementAnalyzer = (statement: Statement, language: string | null) => Statement;

/** Loads the models of the enabled statement steps and returns the analyzer. */
export async function createStatementAnalyzer(steps: ReadonlySet<StepName>): Promise<StatementAnalyzer> {
  const tagger = steps.has('entities') ? loadEntityTagger() : null;
  const places = steps.has('places') ? loadPlaceResolver() : null;
  const events = steps.has('events') ? createEventExtractor() : null;
  const stances = steps.has('stances') ? createStanceExtractor() : null;

  return (st, language) => {
    let entities: Entity[] = [];
    if (tagger) {
      const mentions = assignIdentities(tagger.tag(st.body, language), { issuers: st.issuers });
      entities = mentions.map((m) => ({ type: m.type, text: m.text, start: m.start, end: m.end, geo: null, canonical: m.canonical }));
    }
    if (places && entities.some((e) => e.type === 'LOC')) entities = resolvePlaces(places, entities, st, language);
    // Relative event dates ("on Thursday") resolve against the statement's date, or failing that the page's.
    const anchor = st.date ?? st.published;
    return {
      ...st,
      entities,
      events: events ? events({ body: st.body, date: anchor, language, entities, issuers: st.issuers }) : [],
      stances: stances ? stances({ body: st.body, language, issuers: st.issuers, entities }) : [],
    };
  };
}

function resolvePlaces(places: PlaceResolver, entities: Entity[], st: Statement, language: string | null): Entity[] {
  const locs = entities.filter((e) => e.type === 'LOC');
  // The place of issue says which country the text is most likely about.
  const issuedIn = st.place ? places.resolve([{ text: st.place, start: 0, end: st.place.length }], { text: st.place, language })[0] : null;
  const geos = places.resolve(locs, { text: st.body, language, ...(issuedIn ? { countryHints: [issuedIn.country] } : {}) });
  const byStart = new Map<number, Geo | null>(locs.map((e, i) => [e.start, geos[i] ?? null]));
  return entities.map((e) => {
    if (e.type !== 'LOC') return e;
    const geo = byStart.get(e.start) ?? null;
    // A resolved place is one actor whatever the spelling ("BANGKOK", "Heseke", "الحسكة"): its GeoNames name.
    return geo ? { ...e, geo, canonical: geo.name } : { ...e, geo };
  });
}
