/**
 * Sentences that tell the same event become one event. A sentence naming
 * no place continues the event just told when its type fits ("The air
 * strike killed 12"); otherwise it is a new event in the statement's focus
 * place. Sentences with the same type, place and a compatible date are one
 * event; a peaceful protest and the intervention against it at the same
 * place and date are one protest-with-intervention.
 */
import type { EventType } from '../../../model/contract.js';
import {
  CONTINUATION_PARAGRAPHS, CONTINUATION_SENTENCES, GENERIC_VIOLENCE, PART_OF_VIOLENCE, PROTEST_TYPES, VIOLENT_TYPES,
} from '../model/merge-rules.js';
import { normalizeName } from '../text/normalize-name.js';
import type { Candidate } from './detect-piece.js';
import { combine } from './fold-pieces.js';
import { dedupe } from './find-actors.js';
import type { EventPlace } from './find-place.js';
import { STREET_RANK } from '../model/place-words.js';

/** The events of a statement, merged from candidates in text order. */
export function mergeEvents(candidates: readonly Candidate[], focus: EventPlace | null): Candidate[] {
  const events: Candidate[] = [];
  let last: Candidate | null = null;
  for (const raw of candidates) {
    const c = resolveReferences(raw, last);
    const continued = c.place ? null : continuedEvent(events, last, c);
    if (continued) {
      last = replace(events, continued, combine(continued, { ...c, place: null }));
      continue;
    }
    if (c.elaboration) continue;
    const placed = { ...c, place: placeOf(c, events, focus) };
    const same = events.find((e) => sameEvent(e, placed));
    if (same) {
      const merged = combine(PROTEST_TYPES.has(same.type) && same.type === 'PEACE_PROTEST' ? { ...same, type: placed.type } : same, placed);
      last = replace(events, same, merged);
      continue;
    }
    events.push(placed);
    last = placed;
  }
  return events;
}

// The event a placeless candidate continues: the one just told, or else a violent one nearby for violence words.
function continuedEvent(events: readonly Candidate[], last: Candidate | null, c: Candidate): Candidate | null {
  if (last && isNear(last, c) && continues(last, c)) return last;
  if (!c.elaboration && !GENERIC_VIOLENCE.has(c.type)) return null;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (isNear(e, c) && VIOLENT_TYPES.has(e.type) && datesAgree(e.date, c.date)) return e;
  }
  return null;
}

/**
 * The place of a new event. A narrative sentence naming no place (or only a
 * street) tells of the place the statement's events are at, else of the
 * statement's focus; a position taken on an event elsewhere keeps no place.
 */
function placeOf(c: Candidate, events: readonly Candidate[], focus: EventPlace | null): EventPlace | null {
  if (c.place && c.place.rank > STREET_RANK) return c.place;
  if (c.mood === 'stance' && !c.place) return null;
  return eventFocus(events) ?? focus ?? c.place;
}

// The place most events so far are at; the earliest wins a tie (the first event told is usually the main one).
function eventFocus(events: readonly Candidate[]): EventPlace | null {
  const counts = new Map<string, { place: EventPlace; n: number }>();
  let best: { place: EventPlace; n: number } | null = null;
  for (const e of events) {
    if (!e.place || e.place.rank <= STREET_RANK) continue;
    const key = normalizeName(e.place.name);
    const entry = counts.get(key) ?? { place: e.place, n: 0 };
    entry.n++;
    counts.set(key, entry);
    if (!best || entry.n > best.n) best = entry;
  }
  return best?.place ?? null;
}

// "The same evening", "the same group", "they": the date or actors of the event told before. A passive
// without an agent keeps no actor: attributing it would be an inference the text does not make.
function resolveReferences(c: Candidate, last: Candidate | null): Candidate {
  if (!last) return c;
  let out = c;
  if (c.sameDay && !c.date) out = { ...out, date: last.date };
  const inherits = c.coreference === 'same' || (c.actors.length === 0 && (c.coreference === 'definite' || c.subjectless));
  if (inherits) out = { ...out, actors: dedupe([...out.actors, ...last.actors]) };
  return out;
}

function isNear(last: Candidate, c: Candidate): boolean {
  return c.sentenceIndex - last.reach.sentenceIndex <= CONTINUATION_SENTENCES
    && c.sentence.paragraph - last.reach.paragraph <= CONTINUATION_PARAGRAPHS;
}

/** Whether a placeless candidate continues the event `last`. */
function continues(last: Candidate, c: Candidate): boolean {
  if (!datesAgree(last.date, c.date)) return false;
  if (last.type === c.type) return true;
  if (!VIOLENT_TYPES.has(last.type)) return false;
  return c.elaboration || GENERIC_VIOLENCE.has(c.type) || PART_OF_VIOLENCE.has(c.type);
}

function sameEvent(e: Candidate, c: Candidate): boolean {
  if (!datesAgree(e.date, c.date) || !samePlace(e.place, c.place)) return false;
  if (e.type === c.type) return true;
  return isProtestPair(e.type, c.type);
}

function isProtestPair(a: EventType, b: EventType): boolean {
  return (a === 'PEACE_PROTEST' && PROTEST_TYPES.has(b)) || (b === 'PEACE_PROTEST' && PROTEST_TYPES.has(a));
}

function samePlace(a: EventPlace | null, b: EventPlace | null): boolean {
  if (!a || !b) return a === b;
  return normalizeName(a.name) === normalizeName(b.name);
}

/** Two dates agree when either is missing or one is a prefix of the other (2017-05 and 2017-05-12). */
export function datesAgree(a: string | null, b: string | null): boolean {
  return !a || !b || a.startsWith(b) || b.startsWith(a);
}

function replace(events: Candidate[], old: Candidate, next: Candidate): Candidate {
  const i = events.indexOf(old);
  if (i >= 0) events[i] = next;
  return next;
}
