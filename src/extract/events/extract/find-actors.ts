/**
 * The perpetrators a piece of text names: the subject of its active verb
 * ("soldiers of the X opened fire" gives X and "soldiers"), or the agent of
 * a passive ("was ambushed by fighters of the JLA"), never the victims.
 * Named entities win over generic nouns; nationality adjectives on weapons
 * give the state ("a Turkish drone" gives Turkey); "unknown men" give none.
 */
import type { Entity } from '../../../model/contract.js';
import { FORCE_NOUN, UNKNOWN_ACTOR, WEAPON_HEAD } from '../model/actor-words.js';
import { DEMONYMS } from '../model/demonyms.js';
import { normalizeName } from '../text/normalize-name.js';

/** A stretch of the statement body to read actors from. */
export interface Span {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

const ACTOR_ENTITY_TYPES = new Set(['ORG', 'MISC', 'LOC']);
// A LOC is an actor only when it acts ("Turkey bombed"), not when it is where something happened.
const PLACE_PREPOSITION = /(?:\b(?:in|at|near|of|from|to|on|into|across|around|outside|inside|towards|between|and|de|en|à|a|del|du|des|la|le|les|el)\s+(?:the\s+)?)$/iu;
// A name after "at" or "in" is where something happened ("detained at Lusaka Central Police Station").
const LOCATIVE_BEFORE = /\b(?:at|in|near|outside|inside|into|to|à|en|dans|en la|en el)\s+(?:the\s+|la\s+|le\s+|el\s+)?$/iu;
const DEMONYM_BEFORE = /([\p{L}]+(?: [\p{L}]+)?)\s+$/u;

/** Actors named in `span` of `body`: entities, generic force nouns, and states behind weapons. */
export function actorsIn(body: string, span: Span, entities: readonly Entity[]): string[] {
  if (span.end <= span.start) return [];
  const text = body.slice(span.start, span.end);
  const found: { name: string; at: number; end: number }[] = [];
  for (const e of entities) {
    if (e.start < span.start || e.end > span.end || !ACTOR_ENTITY_TYPES.has(e.type)) continue;
    const before = body.slice(Math.max(0, e.start - 40), e.start);
    if (e.type === 'LOC' && (e.geo?.kind !== 'country' || PLACE_PREPOSITION.test(before) || isNested(e, entities))) continue;
    if (e.type === 'MISC') {
      const state = DEMONYMS[e.text.toLowerCase()];
      if (state) found.push({ name: state, at: e.start, end: e.end });
      continue;
    }
    if (UNKNOWN_ACTOR.test(before.split(/\s+/u).slice(-3).join(' ')) || LOCATIVE_BEFORE.test(before)) continue;
    found.push({ name: e.canonical ?? e.text, at: e.start, end: e.end });
  }
  for (const m of text.matchAll(FORCE_NOUN)) {
    const at = span.start + m.index;
    const end = at + m[0].length;
    if (found.some((f) => at < f.end && end > f.at)) continue;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (UNKNOWN_ACTOR.test(before.split(/\s+/u).slice(-2).join(' '))) continue;
    found.push({ name: withDemonym(before, m[0]), at, end });
  }
  for (const m of text.matchAll(WEAPON_HEAD)) {
    const demonym = DEMONYM_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1]?.toLowerCase();
    const state = demonym ? DEMONYMS[demonym] ?? DEMONYMS[demonym.split(' ').pop()!] : undefined;
    if (state) found.push({ name: state, at: span.start + m.index, end: span.start + m.index + m[0].length });
  }
  return dedupe(found.sort((a, b) => a.at - b.at).map((f) => f.name));
}

function isNested(e: Entity, entities: readonly Entity[]): boolean {
  return entities.some((o) => o !== e && o.start <= e.start && o.end >= e.end && o.end - o.start > e.end - e.start);
}

// "Indonesian soldiers" keeps its nationality; the bare noun is kept too by the caller's matching.
function withDemonym(before: string, noun: string): string {
  const word = DEMONYM_BEFORE.exec(before)?.[1]?.split(' ').pop();
  const cleaned = noun.replace(/^(?:the|a|an|les?|la|los|las|el|des)\s+/iu, '');
  return word && DEMONYMS[word.toLowerCase()] ? `${word} ${cleaned}` : cleaned;
}

/** Names without repeats (compared normalized), in first-seen order. */
export function dedupe(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const key = normalizeName(name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}
