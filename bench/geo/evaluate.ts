/**
 * Scores the place resolver on a geoparsing corpus: (1) resolving the gold
 * toponyms, (2) end to end from an entity tagger's LOC spans.
 * @module
 */
import type { Geo } from '../../src/model/contract.js';
import type { PlaceMention, PlaceResolver } from '../../src/extract/places/index.js';
import { distanceKm } from '../../src/extract/places/geo-distance.js';
import type { GeoArticle, GeoCorpus, GoldToponym } from './read-corpora.js';
import type { Containment } from './containment.js';
import { geocodingFigures, spanFigures } from './metrics.js';
import type { GeocodingFigures } from './metrics.js';

/** One gold toponym with what the system made of it, for error analysis. */
export interface ToponymOutcome {
  readonly gold: GoldToponym;
  readonly geo: Geo | null;
  /** Error in km; null when unresolved. */
  readonly errorKm: number | null;
  /** Whether the answer is a country or region holding the gold point. */
  readonly containing: boolean;
}

export interface ResolutionResult {
  readonly figures: GeocodingFigures;
  readonly outcomes: readonly ToponymOutcome[];
  readonly ms: number;
}

/** Resolves the gold spans of every article (all of them as context) and scores those with gold points. */
export function evaluateResolution(corpus: GeoCorpus, resolver: PlaceResolver, containment: Containment, limit = Infinity): ResolutionResult {
  const started = performance.now();
  const outcomes: ToponymOutcome[] = [];
  for (const article of corpus.articles.slice(0, limit)) {
    const mentions: PlaceMention[] = article.toponyms.map((t) => ({ text: t.name, start: t.start, end: t.end }));
    const geos = resolver.resolve(mentions, { text: article.text, language: 'en' });
    article.toponyms.forEach((gold, i) => {
      if (gold.lat !== null) outcomes.push(outcome(gold, geos[i] ?? null, containment));
    });
  }
  return { figures: figuresOf(outcomes), outcomes, ms: performance.now() - started };
}

/** What the end-to-end evaluation needs of an entity tagger. */
export interface SpanTagger {
  tag(text: string, language: string): readonly { readonly type: string; readonly text: string; readonly start: number; readonly end: number }[];
}

export interface EndToEndResult {
  readonly figures: GeocodingFigures;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Gold toponyms (with points) whose span the tagger found exactly. */
  readonly found: number;
  readonly gold: number;
  /** Why the other gold toponyms (with points) were not found: see `SpanMisses`. */
  readonly spanMisses: SpanMisses;
  readonly ms: number;
}

/** Gold toponyms the tagger did not find exactly, by what it made of their text. */
export interface SpanMisses {
  /** A LOC span overlaps the toponym with other boundaries ("New York" in "New York City"). */
  readonly boundary: number;
  /** An entity of another type covers it (an ORG "Kenya Red Cross", a PER "Georgia"). */
  readonly otherType: number;
  /** Nothing tagged there. */
  readonly missed: number;
}

/** Tags each article, resolves its LOC spans, and scores spans and the found gold toponyms. */
export function evaluateEndToEnd(corpus: GeoCorpus, resolver: PlaceResolver, tagger: SpanTagger, containment: Containment, limit = Infinity): EndToEndResult {
  const started = performance.now();
  let correct = 0;
  let predicted = 0;
  let goldSpans = 0;
  let goldWithPoints = 0;
  const found: ToponymOutcome[] = [];
  const spanMisses = { boundary: 0, otherType: 0, missed: 0 };
  for (const article of corpus.articles.slice(0, limit)) {
    const entities = tagger.tag(article.text, 'en');
    const locs = entities.filter((e) => e.type === 'LOC');
    const geos = resolver.resolve(locs, { text: article.text, language: 'en' });
    const bySpan = new Map(locs.map((l, i) => [`${l.start}:${l.end}`, geos[i] ?? null]));
    predicted += new Set(locs.map((l) => `${l.start}:${l.end}`)).size;
    const goldKeys = new Set(article.toponyms.map((t) => `${t.start}:${t.end}`));
    goldSpans += goldKeys.size;
    for (const k of goldKeys) if (bySpan.has(k)) correct++;
    for (const gold of article.toponyms) {
      if (gold.lat === null) continue;
      goldWithPoints++;
      const key = `${gold.start}:${gold.end}`;
      if (bySpan.has(key)) {
        found.push(outcome(gold, bySpan.get(key) ?? null, containment));
        continue;
      }
      const overlapping = entities.filter((e) => e.start < gold.end && gold.start < e.end);
      if (overlapping.some((e) => e.type === 'LOC')) spanMisses.boundary++;
      else if (overlapping.length > 0) spanMisses.otherType++;
      else spanMisses.missed++;
    }
  }
  return {
    figures: figuresOf(found), ...spanFigures(correct, predicted, goldSpans),
    found: found.length, gold: goldWithPoints, spanMisses, ms: performance.now() - started,
  };
}

function outcome(gold: GoldToponym, geo: Geo | null, containment: Containment): ToponymOutcome {
  return {
    gold, geo,
    errorKm: geo === null ? null : distanceKm(gold.lat!, gold.lon!, geo.lat, geo.lon),
    containing: geo !== null && containment.holds(geo, gold.lat!, gold.lon!),
  };
}

/** Figures over outcomes. */
export function figuresOf(outcomes: readonly ToponymOutcome[]): GeocodingFigures {
  return geocodingFigures(outcomes.map((o) => o.errorKm), outcomes.map((o) => o.containing));
}

/** Articles of a corpus, for callers that sample. */
export function sampleArticles(corpus: GeoCorpus, every: number): GeoCorpus {
  return { ...corpus, articles: corpus.articles.filter((_: GeoArticle, i: number) => i % every === 0) };
}
