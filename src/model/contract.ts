/**
 * The types of the `extract --json` contract (`shared/spec/extract-json.md`).
 * Every other part of Communiqué produces or consumes these shapes.
 * @module
 */

/** Entity types of the contract. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Kinds of resolved place. */
export const GEO_KINDS = ['country', 'region', 'city', 'site'] as const;
export type GeoKind = (typeof GEO_KINDS)[number];

/** Stance relations. */
export const RELATIONS = ['support', 'condemn', 'accuse', 'demand'] as const;
export type Relation = (typeof RELATIONS)[number];

/** The 25 ACLED sub-event types, as the contract names them. */
export const EVENT_TYPES = [
  'ABDUCT_DISSAP', 'AGREEMENT', 'AIR_STRIKE', 'ARMED_CLASH', 'ARREST',
  'ART_MISS_ATTACK', 'ATTACK', 'CHANGE_TO_GROUP_ACT', 'CHEM_WEAP', 'DISR_WEAP',
  'FORCE_AGAINST_PROTEST', 'GOV_REGAINS_TERIT', 'GRENADE', 'HQ_ESTABLISHED', 'MOB_VIOL',
  'NON_STATE_ACTOR_OVERTAKES_TER', 'NON_VIOL_TERRIT_TRANSFER', 'OTHER', 'PEACE_PROTEST',
  'PROPERTY_DISTRUCT', 'PROTEST_WITH_INTER', 'REM_EXPLOS', 'SEX_VIOL', 'SUIC_BOMB',
  'VIOL_DEMONSTR',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** A place resolved to a GeoNames feature. */
export interface Geo {
  readonly geonameId: number;
  readonly name: string;
  /** ISO 3166-1 alpha-2 code. */
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly kind: GeoKind;
}

/** One mention of a named entity, with UTF-16 offsets into its statement's body. */
export interface Entity {
  readonly type: EntityType;
  readonly text: string;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  /** Resolved place (LOC only); null when unresolved or not a place. */
  readonly geo: Geo | null;
  /** Canonical name of the actor this mention refers to (identity across the archive). */
  readonly canonical?: string;
}

/** A public position one actor takes towards another. */
export interface Stance {
  readonly source: string;
  readonly relation: Relation;
  readonly target: string;
  /** The sentence that states it. */
  readonly evidence: string;
}

/** Something that happened, typed with the ACLED sub-event types. */
export interface Event {
  readonly type: EventType;
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when the text gives none. */
  readonly date: string | null;
  readonly place: string | null;
  readonly actors: readonly string[];
  readonly fatalities: number | null;
  readonly evidence: string;
  /** The place resolved, when it could be. */
  readonly geo?: Geo | null;
}

/** One statement on a page. */
export interface Statement {
  readonly title: string | null;
  readonly issuers: readonly string[];
  /** When it was issued: YYYY-MM-DD, YYYY-MM or YYYY; null if the text does not say. */
  readonly date: string | null;
  /** When the page says it was posted or updated; null if it does not. */
  readonly published: string | null;
  /** Place of issue, as written. */
  readonly place: string | null;
  readonly body: string;
  readonly entities: readonly Entity[];
  readonly stances: readonly Stance[];
  readonly events: readonly Event[];
}

/** A reader comment, kept apart from the statements. */
export interface Comment {
  readonly author: string | null;
  readonly date: string | null;
  readonly text: string;
}

/** What `communique extract --json` prints for one input document. */
export interface ExtractResult {
  readonly source: string;
  /** ISO 639-1 code of the main text; null when unknown. */
  readonly language: string | null;
  readonly statements: readonly Statement[];
  readonly comments: readonly Comment[];
  /** Boilerplate dropped from the page, in page order. */
  readonly removed: readonly string[];
}
