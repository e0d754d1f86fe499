/**
 * Resolves the place mentions of one text to gazetteer features, together:
 * mentions of one name are one place, and each name's choice is scored with
 * the other names' current choices as context, for a few rounds.
 * @module
 */
import type { Geo } from '../../model/contract.js';
import type { Gazetteer } from './gazetteer.js';
import { abbreviationFeatures, findCandidates } from './candidates.js';
import type { Candidate, PlaceQuery } from './candidates.js';
import { scanPlaces } from './scan-places.js';
import type { PlaceHit } from './scan-places.js';
import type { Evidence } from './score-candidate.js';
import { contextScore, countrySupported, priorScore } from './score-candidate.js';
import { MATCH } from './gazetteer-format.js';
import {
  CONFIDENT_MARGIN, CONTEXT_ROUNDS, MAX_CANDIDATES, MIN_SCORE, NAMESAKE_MIN_SHARE, SEAT_NAMESAKE_PENALTY, STRAY_EVIDENCE, STRAY_MAX_POPULATION,
} from './model/weights.js';

/** A place mention: its text and UTF-16 offsets into the context text (-1 when it has none). */
export interface PlaceMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** What the resolver may know about the text the mentions come from. */
export interface PlaceContext {
  readonly text: string;
  readonly language?: string | null;
  /** ISO2 codes of countries the text is likely about (the issuer's country, say). */
  readonly countryHints?: readonly string[];
}

export interface PlaceResolver {
  /** One result per mention, in order: the place, or null when nothing plausible fits. */
  resolve(mentions: readonly PlaceMention[], context: PlaceContext): (Geo | null)[];
  /** Resolves a single place name (a place of issue, an event's place), using the context text when given. */
  lookup(name: string, context?: Partial<PlaceContext>): Geo | null;
}

interface Group {
  readonly query: PlaceQuery;
  readonly candidates: readonly { readonly c: Candidate; readonly prior: number }[];
  /** Index of the group that qualifies this one ("Texas" for "Paris" in "Paris, Texas"), or -1. */
  qualifier: number;
  /** A country or region named right after the mention but not itself a mention, or -1. */
  textQualifier: number;
  choice: number;
  score: number;
  /** How sure the choice is (0–1), from its lead over the runner-up. */
  confidence: number;
  /** Whether the text supports the choice's country (see `countrySupported`). */
  supported: boolean;
  /** Whether the choice matched only through its consonant skeleton. */
  loose: boolean;
  /** Weight of the evidence pointing to any country (see `Evidence.others`). */
  elsewhere: number;
}

const QUALIFIER_GAP = /^\s*(?:,|\(|-|–)\s*$/;
const HAS_UPPER = /\p{Lu}/u;
const HAS_CASED = /\p{Ll}/u;

/** Builds a resolver over a loaded gazetteer. */
export function createPlaceResolver(g: Gazetteer): PlaceResolver {
  const abbreviations = abbreviationFeatures(g);

  const resolve = (mentions: readonly PlaceMention[], context: PlaceContext): (Geo | null)[] => {
    const groups: Group[] = [];
    const groupOf = new Map<string, number>();
    // In a text that uses capitals, a place name has one: "reading" or "bath" in lower case is a word.
    const capitalized = HAS_UPPER.test(context.text);
    const mentionGroup = mentions.map((m) => {
      if (capitalized && HAS_CASED.test(m.text) && !HAS_UPPER.test(m.text)) return -1;
      const query = findCandidates(g, abbreviations, m.text, m.start >= 0 && context.text[m.end] === '.');
      if (query.candidates.length === 0) return -1;
      const known = groupOf.get(query.key);
      if (known !== undefined) return known;
      // A region named like its own seat ("Valparaíso", "Aleppo"): a bare name more often means the city,
      // unless the city holds a small share of the region's people ("Quebec"): then the region is the better known.
      const seatLevel = new Map<number, number>();
      for (const c of query.candidates) {
        const region = g.kind(c.feature) === 'city' ? g.region(c.feature) : -1;
        if (region < 0 || g.population(c.feature) < NAMESAKE_MIN_SHARE * g.population(region)) continue;
        seatLevel.set(region, Math.min(seatLevel.get(region) ?? Infinity, c.level));
      }
      const namesake = (c: Candidate) => query.kindWord === null && (seatLevel.get(c.feature) ?? Infinity) <= c.level;
      const candidates = query.candidates
        .map((c) => ({ c, prior: priorScore(g, c, query) - (namesake(c) ? SEAT_NAMESAKE_PENALTY : 0) }))
        .sort((a, b) => b.prior - a.prior)
        .slice(0, MAX_CANDIDATES);
      const lead = candidates.length > 1 ? candidates[0]!.prior - candidates[1]!.prior : CONFIDENT_MARGIN;
      groups.push({
        query, candidates, qualifier: -1, textQualifier: -1, choice: candidates[0]!.c.feature, score: candidates[0]!.prior,
        confidence: Math.min(1, lead / CONFIDENT_MARGIN), supported: false, loose: false, elsewhere: 0,
      });
      groupOf.set(query.key, groups.length - 1);
      return groups.length - 1;
    });
    linkQualifiers(mentions, mentionGroup, groups, context.text);
    const allPlaces = scanPlaces(g, context.text);
    linkTextQualifiers(mentions, mentionGroup, groups, allPlaces, context.text);
    // Names the mentions themselves cover are already evidence through their groups.
    const covered = (h: PlaceHit) => mentions.some((m) => m.start >= 0 && m.start < h.end && h.start < m.end);
    const textPlaces = allPlaces.filter((h) => !covered(h));
    const hints = new Set(context.countryHints ?? []);

    for (let round = 0; round < CONTEXT_ROUNDS; round++) {
      const choices = groups.map((gr) => ({ feature: gr.choice, weight: gr.confidence }));
      groups.forEach((gr, gi) => {
        const evidence = gatherEvidence(groups, choices, gi, textPlaces, hints);
        let best: Candidate | null = null;
        let bestScore = -Infinity;
        let second = -Infinity;
        for (const { c, prior } of gr.candidates) {
          const s = prior + contextScore(g, c, evidence);
          if (s > bestScore) {
            second = bestScore;
            bestScore = s;
            best = c;
          } else if (s > second) second = s;
        }
        gr.choice = best!.feature;
        gr.score = bestScore;
        gr.confidence = second === -Infinity ? 1 : Math.min(1, (bestScore - second) / CONFIDENT_MARGIN);
        gr.supported = countrySupported(g, best!.feature, evidence);
        gr.elsewhere = evidence.others.reduce((a, o) => a + (o.feature !== best!.feature && g.country(o.feature) !== '' ? o.weight : 0), 0);
        gr.loose = best!.level === MATCH.skeleton;
      });
    }

    return mentionGroup.map((gi) => {
      const gr = gi < 0 ? undefined : groups[gi];
      if (gr === undefined || gr.score < MIN_SCORE) return null;
      // A spelling variant found only through its skeleton, or a place found only for a part of the
      // mention ("Salinas" for "Salinas Valley"), needs the text to point to its country.
      if ((gr.loose || gr.query.partial) && !gr.supported) return null;
      // A small town in a country nothing else in the text is in, while the text clearly is about
      // other countries, is more likely an unknown local place (a street, an airport) than that town.
      if (!gr.supported && gr.elsewhere >= STRAY_EVIDENCE && g.kind(gr.choice) === 'city' && g.population(gr.choice) < STRAY_MAX_POPULATION) return null;
      if (gr.query.weakCode && gr.qualifier < 0 && !groups.some((o) => o !== gr && g.country(o.choice) === g.country(gr.choice))) return null;
      return toGeo(g, gr.choice);
    });
  };

  return {
    resolve,
    lookup: (name, context) => {
      const text = context?.text ?? '';
      // Where the text writes the name, its neighbours ("London, Kentucky") can qualify it.
      const at = name === '' ? -1 : text.indexOf(name);
      const mention = { text: name, start: at, end: at < 0 ? -1 : at + name.length };
      return resolve([mention], { text, language: context?.language ?? null, countryHints: context?.countryHints ?? [] })[0] ?? null;
    },
  };
}

/** Marks "B" as the qualifier of "A" when the text reads "A, B" or "A (B)". */
function linkQualifiers(mentions: readonly PlaceMention[], mentionGroup: readonly number[], groups: Group[], text: string): void {
  const order = mentions.map((_, i) => i).filter((i) => mentions[i]!.start >= 0).sort((a, b) => mentions[a]!.start - mentions[b]!.start);
  for (let k = 0; k + 1 < order.length; k++) {
    const a = order[k]!;
    const b = order[k + 1]!;
    const ga = mentionGroup[a]!;
    const gb = mentionGroup[b]!;
    if (ga < 0 || gb < 0 || ga === gb) continue;
    if (QUALIFIER_GAP.test(text.slice(mentions[a]!.end, mentions[b]!.start))) groups[ga]!.qualifier = gb;
  }
}

/** Marks a country or region the text names right after a mention ("London, Kentucky") as its qualifier. */
function linkTextQualifiers(mentions: readonly PlaceMention[], mentionGroup: readonly number[], groups: Group[], hits: readonly PlaceHit[], text: string): void {
  mentions.forEach((m, i) => {
    const gr = groups[mentionGroup[i]!];
    if (gr === undefined || m.start < 0 || gr.qualifier >= 0) return;
    const next = hits.find((h) => h.start >= m.end && h.start - m.end <= 3 && QUALIFIER_GAP.test(text.slice(m.end, h.start)));
    if (next !== undefined) gr.textQualifier = next.feature;
  });
}

function gatherEvidence(
  groups: readonly Group[], choices: Evidence['others'], self: number, textPlaces: readonly PlaceHit[], hints: ReadonlySet<string>,
): Evidence {
  const selfKey = groups[self]!.query.key;
  const q = groups[self]!.qualifier;
  return {
    others: [...choices.filter((_, gi) => gi !== self), ...textPlaces.filter((h) => h.key !== selfKey)],
    hints,
    qualifier: q >= 0 ? choices[q]!.feature : groups[self]!.textQualifier,
  };
}

function toGeo(g: Gazetteer, f: number): Geo {
  return { geonameId: g.geonameId(f), name: g.name(f), country: g.country(f), lat: g.lat(f), lon: g.lon(f), kind: g.kind(f) };
}
