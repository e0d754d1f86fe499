/**
 * What extraction needs to know about the whole statement before reading
 * its sentences: the usable places (LOC entities outside datelines,
 * signatures and other names), the focus place, the lines that are items of
 * a list of demands, and the reference date.
 */
import type { Entity } from '../../../model/contract.js';
import { DATELINE } from '../model/place-words.js';
import { CALL, LIST_ITEM } from '../model/report-cues.js';
import { parseIsoDate } from './calendar.js';
import type { DateParts } from './calendar.js';
import type { Span } from './find-actors.js';
import { focusPlace, placeRank } from './find-place.js';
import type { EventPlace, RankedPlace } from './find-place.js';

/** The statement as extraction reads it. */
export interface StatementContext {
  readonly body: string;
  readonly entities: readonly Entity[];
  /** LOC entities that can be an event's place, ranked. */
  readonly places: readonly RankedPlace[];
  readonly focus: EventPlace | null;
  readonly ref: DateParts | null;
  /** Per non-blank line (the sentence splitter's paragraph index): an item of a list of demands. */
  readonly demandLines: readonly boolean[];
  /** Datelines and signatures: their dates and places are the statement's, not an event's. */
  readonly datelines: readonly Span[];
  /** Who issued the statement: the actors when the text says "we" or "our fighters". */
  readonly issuers: readonly string[];
}

// A place inside a longer name locates it only after one of these ("Court of Appeal in Casablanca").
const LOCATING_PREPOSITION = /\b(?:in|at|near|of|en|à|de|del|du)\s+(?:the\s+|la\s+|le\s+|el\s+)?$/iu;

/** Builds the context of a statement body. */
export function statementContext(body: string, date: string | null, entities: readonly Entity[], issuers: readonly string[] = []): StatementContext {
  const lines = nonBlankLines(body);
  const datelines = lines.flatMap((line) => {
    const m = DATELINE.exec(line.text);
    return m ? [{ start: line.start + m.index, end: line.start + m.index + m[0].length }] : [];
  });
  const others = entities.filter((e) => e.type !== 'LOC');
  const places = entities
    .filter((e) => e.type === 'LOC' && !datelines.some((d) => e.start >= d.start && e.end <= d.end))
    .flatMap((e) => {
      const outer = others.find((o) => e.start < o.end && e.end > o.start);
      if (!outer) return [{ entity: e, rank: placeRank(e) }];
      // "the Court of Appeal in Casablanca" locates; "the Jonglei Liberation Army" only names.
      return LOCATING_PREPOSITION.test(body.slice(outer.start, e.start)) ? [{ entity: e, rank: placeRank(e, true) }] : [];
    });
  return { body, entities, places, focus: focusPlace(places), ref: parseIsoDate(date), demandLines: demandLines(lines), datelines, issuers };
}

function nonBlankLines(body: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (const m of body.matchAll(/[^\n]*\S[^\n]*/gu)) out.push({ text: m[0], start: m.index });
  return out;
}

// A list item belongs to a list of demands when the line that opens the list ends with a colon and makes a call.
// Items of lists taken from HTML lose their markers; they still start in lower case ("establish a commission…").
function demandLines(lines: readonly { text: string }[]): boolean[] {
  let heading = '';
  return lines.map((line) => {
    if (!LIST_ITEM.test(line.text) && !/^\s*\p{Ll}/u.test(line.text)) {
      heading = line.text;
      return false;
    }
    return /:\s*$/u.test(heading) && CALL.test(heading);
  });
}
