/**
 * The output a perfect system would print for a gold file: bodies cut by the anchors,
 * every name as its first alternative (as it appears in the body), places resolved to
 * the gold points. Scoring it must give 1.000 everywhere, or the gold is inconsistent.
 * @module
 */
import { cutGoldBody } from './gold-body.js';
import { alternatives, firstAlternative } from './gold-files.js';
import type { CityRow } from './cities.js';
import type { GoldCase, GoldEntity, GoldStatement } from './gold-types.js';

/** A system entity in the contract's shape. */
interface SystemEntity {
  readonly type: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly geo: Record<string, unknown> | null;
}

/** The contract document a perfect system would print for this gold case. */
export function perfectOutput(gold: GoldCase, cities: ReadonlyMap<number, CityRow>): Record<string, unknown> {
  const doc = gold.gold;
  return {
    source: doc.source,
    language: doc.language,
    statements: doc.statements.map((s) => perfectStatement(gold, s, cities)),
    comments: doc.comments.map((c) => ({ author: c.author, date: c.date, text: c.text ?? '' })),
    removed: doc.mustRemove,
  };
}

function perfectStatement(gold: GoldCase, s: GoldStatement, cities: ReadonlyMap<number, CityRow>): Record<string, unknown> {
  // A body that cannot be cut is left empty: the lint and the scorer both report the anchor.
  const cut = cutGoldBody(gold.raw, s.bodyStart, s.bodyEnd, gold.gold.mustRemove);
  const body = 'problem' in cut ? '' : cut.body;
  return {
    title: firstAlternative(s.title),
    issuers: s.issuers.map((i) => firstAlternative(i) ?? ''),
    date: s.date,
    published: s.published,
    place: firstAlternative(s.place),
    body,
    entities: s.entities.map((e) => perfectEntity(body, e, cities)),
    stances: s.stances.map((st) => ({
      source: firstAlternative(st.source),
      relation: firstAlternative(st.relation),
      target: firstAlternative(st.target),
      evidence: st.evidence,
    })),
    events: s.events.map((ev) => ({
      type: firstAlternative(ev.type),
      date: firstAlternative(ev.date),
      place: firstAlternative(ev.place),
      actors: ev.actors.map((a) => firstAlternative(a) ?? ''),
      fatalities: ev.fatalities,
      evidence: ev.evidence,
    })),
  };
}

// The mention is the first alternative found in the body as whole words; its offsets are
// real, so the output is also a valid contract document, not just something the scorer accepts.
function perfectEntity(body: string, e: GoldEntity, cities: ReadonlyMap<number, CityRow>): SystemEntity {
  const names = alternatives(e.text).filter((a): a is string => a !== null);
  for (const name of names) {
    const found = findWord(body, name);
    if (found) return { type: e.type, text: found.text, start: found.start, end: found.start + found.text.length, geo: geoOf(e, cities) };
  }
  return { type: e.type, text: names[0] ?? '', start: 0, end: 0, geo: geoOf(e, cities) };
}

function findWord(body: string, name: string): { start: number; text: string } | null {
  const escaped = name.trim().split(/\s+/u).map((w) => w.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')).join('\\s+');
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').exec(body);
  return match ? { start: match.index, text: match[0] } : null;
}

function geoOf(e: GoldEntity, cities: ReadonlyMap<number, CityRow>): Record<string, unknown> | null {
  if (e.type !== 'LOC') return null;
  if (e.lat !== undefined && e.lon !== undefined) {
    const row = e.geonameId !== undefined ? cities.get(e.geonameId) : undefined;
    return { geonameId: e.geonameId ?? null, name: row?.name ?? firstAlternative(e.text), country: row?.country ?? null, lat: e.lat, lon: e.lon, kind: 'city' };
  }
  if (e.country !== undefined) return { geonameId: null, name: firstAlternative(e.text), country: e.country, lat: null, lon: null, kind: 'country' };
  return null;
}
