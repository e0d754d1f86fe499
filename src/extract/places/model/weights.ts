/**
 * Weights of the candidate score (a sum of log-odds-like terms) and the
 * thresholds of the place resolver. Set by hand on principles (a country
 * outranks a namesake town, context outranks size) and checked with
 * `bench/geo/run.ts`.
 * @module
 */

/** Score of a name match, by how the key was derived (index = MATCH level). */
export const MATCH_SCORE: readonly number[] = [
  /* name */ 0,
  /* alt */ -1.8,
  /* stripped article or generic word */ -1.5,
  /* demonym */ -0.5,
  /* skeleton */ -4,
];

/** Prior by feature class, before population. */
export const KIND_SCORE = {
  /** Plus `COUNTRY_POPULATION_SCORE` per decade of population. */
  country: 9,
  /** Continents and world regions of the builder's extra list. */
  worldRegion: 4,
  region: 2.2,
  capital: 2.5,
  /** Seat of a first-level division. */
  seat: 1.5,
  /** Seat of a second-level division. */
  seat2: 0.6,
  town: 0,
  /** A section of a populated place: a neighbourhood or suburb. */
  section: -1.2,
  site: 0.5,
} as const;

/** Taken from a region whose own city of the same name is also a candidate, when the mention names no kind. */
export const SEAT_NAMESAKE_PENALTY = 1.5;

/**
 * The namesake penalty applies only when the city holds at least this share of
 * its region's population: a seat far smaller than its region ("Quebec") does
 * not own the bare name.
 */
export const NAMESAKE_MIN_SHARE = 0.15;

/** Score per decade of population (log10), for cities and regions. */
export const POPULATION_SCORE = 0.9;

/** Score per decade of population for countries, which mainly orders countries sharing a name or demonym. */
export const COUNTRY_POPULATION_SCORE = 0.3;

/**
 * Population assumed for a seat whose population GeoNames leaves at 0 (a
 * number of Syrian and Iraqi district seats), by feature code.
 */
export const IMPUTED_POPULATION: Readonly<Record<string, number>> = { PPLC: 500000, PPLA: 50000, PPLA2: 10000, PPLA3: 3000 };

/** Regions' population is the sum of their towns; this divisor puts it on a par with a city's. */
export const REGION_POPULATION_DIVISOR = 8;

/** Context terms. */
export const CONTEXT_SCORE = {
  /** The candidate's country is named in the text or holds other places of the text (saturating in their number). */
  country: 4,
  /** The country is one of the caller's hints only (the issuer's country). */
  hint: 1.2,
  /** The candidate lies in (or is) the first-level region of another place of the text. */
  region: 2.2,
  /** Another place of the text lies close by; full at 0 km, nothing past `NEAR_KM`. */
  near: 2,
  /** The mention is qualified by the next one ("Paris, Texas") and the candidate lies inside it. */
  qualifier: 6,
  /** The mention said what kind it is ("Idlib province", "Kuwait City") and the candidate is of that kind. */
  kindWord: 2,
  /** Subtracted (saturating in the other mentions' number) when nothing else in the text lies in the candidate's country. */
  isolation: 1.5,
  /** The mention said what kind it is and the candidate, found only without that word, is of another kind. */
  kindMismatch: -3,
} as const;

/**
 * Evidence saturates: n supporting mentions give weight × (1 − SATURATION^n),
 * so one mention counts for most and further ones for less.
 */
export const SATURATION = 0.3;

/**
 * Context adds less than this (the sum of its terms, s, counts as
 * M·(1 − e^(−s/M))), so it chooses between comparable candidates but does not
 * turn a country into a namesake hamlet.
 */
export const MAX_CONTEXT_SCORE = 12;

/** A mention whose choice leads the runner-up by this margin counts as full evidence for the others. */
export const CONFIDENT_MARGIN = 2;

/** Weight as evidence of a country named in the text outside the mentions being resolved. */
export const TEXT_COUNTRY_WEIGHT = 1;

/** Weight as evidence of a region named (under its own name) in the text outside the mentions. */
export const TEXT_REGION_WEIGHT = 0.5;

/** Beyond this distance another place of the text is no evidence. */
export const NEAR_KM = 400;

/** A best candidate scoring below this is left unresolved. */
export const MIN_SCORE = 2.0;

/**
 * A town smaller than this, in a country nothing else in the text points to,
 * is left unresolved when at least `STRAY_EVIDENCE` worth of other places
 * point elsewhere: "Heathrow" in a text about London is the airport, not the
 * Florida hamlet.
 */
export const STRAY_MAX_POPULATION = 20000;
export const STRAY_EVIDENCE = 2;

/** Rounds of re-scoring with the other mentions' current choices as context. */
export const CONTEXT_ROUNDS = 3;

/** Candidates kept per mention after the prior, before context is scored. */
export const MAX_CANDIDATES = 60;
