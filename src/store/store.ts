/**
 * The one interface every storage backend implements. Nothing outside
 * `src/store` knows which database sits behind it: the SQLite adapter is the
 * embedded default, and other dialects plug in behind the same methods and
 * pass the same conformance suite (`test/store/store.case.ts`).
 * @module
 */
import type { EntityType, EventType, ExtractResult, Geo, Relation } from '../model/contract.js';
import type { MediaType, Provenance } from '../model/provenance.js';

/** One processed document, ready to store. */
export interface DocumentRecord {
  /** SHA-256 of the decoded content: the identity of the content. */
  readonly contentHash: string;
  /** Identity of the source (URL, or file path and record): the same source with new content is a new version. */
  readonly sourceKey: string;
  readonly provenance: Provenance;
  readonly mediaType: MediaType;
  /** The decoded content as read (kept so documents can be processed again). */
  readonly content: string;
  readonly byteLength: number;
  readonly result: ExtractResult;
  /** Near-duplicate fingerprint of each statement body, in statement order (hex SimHash). */
  readonly fingerprints: readonly string[];
  /** Version of the pipeline that produced `result`. */
  readonly pipelineVersion: string;
}

/**
 * What storing a record did:
 * - `added`: new content from a new source;
 * - `new-version`: a known source whose content changed;
 * - `linked`: known content from another source (a second provenance was recorded);
 * - `unchanged`: the same content from the same source: nothing was added.
 */
export type PutStatus = 'added' | 'new-version' | 'linked' | 'unchanged';

export interface PutResult {
  readonly status: PutStatus;
  readonly documentId: string;
  /** Statements recognised as copies of statements already stored: statement id → id of the first copy. */
  readonly copies: ReadonlyMap<string, string>;
}

/** What is already known before a document is processed. */
export type Known = 'source-and-content' | 'content' | 'nothing';

export interface SearchQuery {
  /** Full-text query: words, "phrases", prefix*, AND / OR / NOT, parentheses. Empty: everything. */
  readonly text: string;
  readonly language?: string;
  /** Inclusive bounds on the statement date (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly from?: string;
  readonly to?: string;
  /** Issuer name (case- and accent-insensitive, whole or part of the name). */
  readonly issuer?: string;
  readonly place?: string;
  /** Only statements that mention this actor (any of its names). */
  readonly entity?: string;
  /** Only statements that take a stance of this relation. */
  readonly relation?: Relation;
  /** Only statements that report an event of this type. */
  readonly eventType?: EventType;
  readonly limit?: number;
  readonly offset?: number;
}

export interface SearchHit {
  readonly statementId: string;
  readonly documentId: string;
  readonly title: string | null;
  readonly issuers: readonly string[];
  readonly date: string | null;
  readonly place: string | null;
  readonly language: string | null;
  readonly source: string;
  /** A passage around the hits. */
  readonly snippet: string;
  /** UTF-16 ranges of the matched terms inside `snippet`, end exclusive. */
  readonly highlights: readonly (readonly [number, number])[];
  /** Relevance (BM25; higher is better). */
  readonly score: number;
  /** When this statement is a copy of one stored earlier: that statement's id. */
  readonly copyOf: string | null;
}

export interface FacetValue {
  readonly value: string;
  readonly count: number;
}

export interface SearchResults {
  readonly total: number;
  readonly hits: readonly SearchHit[];
  readonly facets: {
    readonly language: readonly FacetValue[];
    readonly issuer: readonly FacetValue[];
    readonly year: readonly FacetValue[];
    readonly place: readonly FacetValue[];
    readonly entity: readonly FacetValue[];
    readonly relation: readonly FacetValue[];
    readonly eventType: readonly FacetValue[];
  };
}

export interface StoredStatement {
  readonly id: string;
  readonly index: number;
  readonly copyOf: string | null;
  /** Ids of statements stored later that copy this one. */
  readonly copies: readonly string[];
}

export interface StoredDocument {
  readonly id: string;
  readonly contentHash: string;
  readonly mediaType: MediaType;
  readonly ingestedAt: string;
  readonly pipelineVersion: string;
  readonly result: ExtractResult;
  readonly statements: readonly StoredStatement[];
  /** Every source this content was read from, oldest first, with its version number for that source. */
  readonly provenance: readonly (Provenance & { readonly version: number; readonly seenAt: string })[];
}

export interface ArchiveStats {
  readonly documents: number;
  readonly statements: number;
  readonly sources: number;
  readonly comments: number;
  readonly copies: number;
  readonly removedLines: number;
  readonly languages: readonly FacetValue[];
  readonly issuers: readonly FacetValue[];
  readonly formats: readonly FacetValue[];
  /** The removed boilerplate lines seen most often. */
  readonly topRemoved: readonly FacetValue[];
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

export interface ActorQuery {
  readonly type?: EntityType;
  /** Only actors one of whose names contains this text. */
  readonly search?: string;
  readonly limit?: number;
}

/** One actor across the archive: every name it goes by, how often, and when. */
export interface Actor {
  /** Normalized canonical name: the actor's identity. */
  readonly key: string;
  readonly type: EntityType;
  /** The name most often used for it. */
  readonly name: string;
  readonly aliases: readonly FacetValue[];
  readonly mentions: number;
  readonly statements: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly geo: Geo | null;
}

export interface NetworkQuery {
  readonly from?: string;
  readonly to?: string;
  readonly relation?: Relation;
  /** Only stances from statements whose issuers include this name. */
  readonly issuer?: string;
}

export interface NetworkNode {
  /** The actor key. */
  readonly id: string;
  readonly label: string;
  /** Entity type when the actor was tagged as an entity; `ISSUER` for issuers never tagged. */
  readonly type: EntityType | 'ISSUER' | 'OTHER';
  readonly aliases: readonly string[];
  /** Stances in which the actor is source or target. */
  readonly stances: number;
  /** Entity mentions of the actor across the archive. */
  readonly mentions: number;
}

export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  readonly relation: Relation;
  /** How many statements state it. */
  readonly weight: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly evidence: readonly { readonly statementId: string; readonly sentence: string; readonly date: string | null }[];
}

export interface Network {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
}

export interface EventQuery {
  readonly from?: string;
  readonly to?: string;
  readonly type?: EventType;
  readonly issuer?: string;
}

/** One event as stored, with where it was reported. */
export interface EventRow {
  readonly statementId: string;
  readonly documentId: string;
  readonly type: EventType;
  readonly date: string | null;
  readonly place: string | null;
  readonly geo: Pick<Geo, 'lat' | 'lon' | 'country' | 'geonameId'> | null;
  readonly actors: readonly string[];
  readonly fatalities: number | null;
  readonly evidence: string;
  readonly issuers: readonly string[];
  readonly statementDate: string | null;
  readonly source: string;
}

export interface MigrationResult {
  readonly from: number;
  readonly to: number;
}

/** A storage backend for the archive. */
export interface Store {
  /** Short name of the backend ("sqlite"). */
  readonly dialect: string;
  /** Brings the schema up to date; safe to call on every start. */
  migrate(): Promise<MigrationResult>;
  /** Whether this content, and this source with this content, are already stored. */
  known(contentHash: string, sourceKey: string): Promise<Known>;
  /** Stores records atomically, all or none; returns one result per record, in order. */
  putBatch(records: readonly DocumentRecord[]): Promise<readonly PutResult[]>;
  /** A document by id or unique id prefix, or the document of a statement id. */
  getDocument(id: string): Promise<StoredDocument | null>;
  search(query: SearchQuery): Promise<SearchResults>;
  stats(): Promise<ArchiveStats>;
  /** Actors (entities with one identity across the archive), most mentioned first. */
  actors(query?: ActorQuery): Promise<readonly Actor[]>;
  /** The stance network: actors as nodes, source → target per relation as edges. */
  network(query?: NetworkQuery): Promise<Network>;
  /** Events reported in the statements, oldest first. */
  events(query?: EventQuery): AsyncIterable<EventRow>;
  /** Every stored document, oldest first, streamed. */
  documents(): AsyncIterable<StoredDocument>;
  close(): Promise<void>;
}

/** Thrown for a search query the backend cannot parse; the message says what to fix. */
export class QuerySyntaxError extends Error {
  override readonly name = 'QuerySyntaxError';
}
