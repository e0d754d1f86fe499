/**
 * Checks of one gold file that the scorer cannot make: that every name, passage and
 * removal string is really on the page, that codes come from the contract's vocabularies,
 * and that every gold point is the cities500 row it names.
 * @module
 */
import { countOccurrences, cutGoldBody, htmlToText, isHtml, stringsFound } from './gold-body.js';
import { alternatives, containsName, containsPassage, normalize } from './gold-files.js';
import { ENTITY_TYPES, EVENT_TYPES, LANGUAGES, POINT_TOLERANCE_DEGREES, RELATIONS, isValidDate } from './gold-rules.js';
import type { CityRow } from './cities.js';
import type { GoldCase, GoldStatement } from './gold-types.js';

/** What is wrong with a gold file (errors) and what deserves a second look (warnings). */
export interface LintReport {
  readonly errors: string[];
  readonly warnings: string[];
}

/** Lints one gold case. */
export function lintGold(gold: GoldCase, cities: ReadonlyMap<number, CityRow>): LintReport {
  const report: LintReport = { errors: [], warnings: [] };
  const doc = gold.gold;
  const pageText = isHtml(gold.raw) ? htmlToText(gold.raw) : gold.raw;
  if (doc.language === null || !LANGUAGES.has(doc.language)) report.errors.push(`language ${doc.language} is not one of the corpus's`);
  for (const s of doc.mustRemove) {
    if (stringsFound(gold.raw, [s]).length === 0 && stringsFound(pageText, [s]).length === 0) report.errors.push(`mustRemove ${JSON.stringify(s)} is not on the page`);
  }
  for (const c of doc.comments) {
    if (c.author !== null && !containsName(pageText, c.author)) report.errors.push(`comment author ${JSON.stringify(c.author)} is not on the page`);
    if (c.date !== null && !isValidDate(c.date)) report.errors.push(`comment date ${c.date} is not a valid date`);
    if (c.text && !containsPassage(pageText, c.text)) report.errors.push(`comment text ${JSON.stringify(c.text.slice(0, 40))} is not on the page`);
  }
  doc.statements.forEach((s, i) => lintStatement(gold, pageText, s, `statements[${i}]`, cities, report));
  return report;
}

function lintStatement(gold: GoldCase, pageText: string, s: GoldStatement, where: string, cities: ReadonlyMap<number, CityRow>, report: LintReport): void {
  const err = (m: string): void => void report.errors.push(`${where}: ${m}`);
  const warn = (m: string): void => void report.warnings.push(`${where}: ${m}`);
  const cut = cutGoldBody(gold.raw, s.bodyStart, s.bodyEnd, gold.gold.mustRemove);
  if ('problem' in cut) return err(cut.problem);
  const body = cut.body;
  if (countOccurrences(gold.raw, s.bodyStart) > 1) warn(`bodyStart occurs ${countOccurrences(gold.raw, s.bodyStart)} times; the first one is used`);
  const inBody = stringsFound(cut.uncut, gold.gold.mustRemove);
  if (inBody.length > 0) warn(`mustRemove strings cut out of the body: ${inBody.map((m) => JSON.stringify(m)).join(', ')}`);
  const someIn = (text: string, value: string | null): boolean => alternatives(value).some((a) => a !== null && containsName(text, a));
  if (s.title !== null && !someIn(pageText, s.title)) err(`title ${JSON.stringify(s.title)} is not on the page`);
  if (s.issuers.length === 0) err('no issuers');
  for (const issuer of s.issuers) if (!someIn(pageText, issuer)) err(`issuer ${JSON.stringify(issuer)} is not on the page`);
  if (s.place !== null && !someIn(pageText, s.place)) err(`place ${JSON.stringify(s.place)} is not on the page`);
  for (const d of [s.date, s.published, ...(s.dateAlso ?? [])]) if (d !== null && !isValidDate(d)) err(`date ${d} is not valid`);
  const seen = new Set<string>();
  for (const e of s.entities) {
    if (!ENTITY_TYPES.has(e.type)) err(`entity type ${e.type}`);
    const key = `${e.type} ${normalize(alternatives(e.text)[0] ?? '')} ${e.optional === true}`;
    if (seen.has(key)) err(`entity ${e.type} ${JSON.stringify(e.text)} listed twice`);
    seen.add(key);
    if (!someIn(body, e.text)) (e.optional ? warn : err)(`entity ${e.type} ${JSON.stringify(e.text)} is not in the body`);
    if (e.type !== 'LOC' && (e.lat !== undefined || e.country !== undefined)) err(`entity ${JSON.stringify(e.text)} has geo but is not a LOC`);
    if (e.lat !== undefined || e.lon !== undefined) lintPoint(e.text, e.geonameId, e.lat, e.lon, cities, err);
    if (e.country !== undefined && !/^[A-Z]{2}$/u.test(e.country)) err(`entity ${JSON.stringify(e.text)} country ${e.country}`);
  }
  for (const st of s.stances) {
    if (!alternatives(st.relation).every((r) => r !== null && RELATIONS.has(r))) err(`stance relation ${st.relation}`);
    if (!containsPassage(body, st.evidence)) err(`stance evidence not in the body: ${JSON.stringify(st.evidence.slice(0, 50))}`);
  }
  for (const ev of s.events) {
    if (!alternatives(ev.type).every((t) => t !== null && EVENT_TYPES.has(t))) err(`event type ${ev.type}`);
    if (!containsPassage(body, ev.evidence)) err(`event evidence not in the body: ${JSON.stringify(ev.evidence.slice(0, 50))}`);
    for (const d of alternatives(ev.date)) if (d !== null && !isValidDate(d)) err(`event date ${d} is not valid`);
    if (ev.place !== null && !alternatives(ev.place).some((p) => p === null || containsName(body, p))) warn(`event place ${JSON.stringify(ev.place)} is not in the body`);
  }
}

function lintPoint(name: string, id: number | undefined, lat: number | undefined, lon: number | undefined, cities: ReadonlyMap<number, CityRow>, err: (m: string) => void): void {
  if (id === undefined || lat === undefined || lon === undefined) return err(`place ${JSON.stringify(name)} needs geonameId, lat and lon together`);
  const row = cities.get(id);
  if (!row) return err(`place ${JSON.stringify(name)}: geonameId ${id} is not in cities500`);
  if (Math.abs(row.lat - lat) > POINT_TOLERANCE_DEGREES || Math.abs(row.lon - lon) > POINT_TOLERANCE_DEGREES) {
    err(`place ${JSON.stringify(name)}: cities500 puts ${id} (${row.name}) at ${row.lat}, ${row.lon}, not ${lat}, ${lon}`);
  }
}
