/**
 * The shape of a gold file of the statements corpus, as the contract's "Gold files"
 * section and the shared set's README define it. Strings may hold `A|B` alternatives.
 * @module
 */

/** One gold entity: a distinct (type, name) per statement, with geo for places. */
export interface GoldEntity {
  readonly type: string;
  readonly text: string;
  readonly optional?: boolean;
  readonly geonameId?: number;
  readonly lat?: number;
  readonly lon?: number;
  readonly country?: string;
}

/** One gold stance: who takes which position towards whom. */
export interface GoldStance {
  readonly source: string;
  readonly relation: string;
  readonly target: string;
  readonly evidence: string;
  readonly optional?: boolean;
}

/** One gold event, typed with the ACLED sub-event vocabulary. */
export interface GoldEvent {
  readonly type: string;
  readonly date: string | null;
  readonly place: string | null;
  readonly actors: readonly string[];
  readonly fatalities: number | null;
  readonly evidence: string;
  readonly optional?: boolean;
}

/** One gold statement, its body given by two anchors into the raw file. */
export interface GoldStatement {
  readonly title: string | null;
  readonly issuers: readonly string[];
  readonly date: string | null;
  readonly dateAlso?: readonly string[];
  readonly published: string | null;
  readonly place: string | null;
  readonly bodyStart: string;
  readonly bodyEnd: string;
  readonly optional?: boolean;
  readonly entities: readonly GoldEntity[];
  readonly stances: readonly GoldStance[];
  readonly events: readonly GoldEvent[];
}

/** One gold reader comment. */
export interface GoldComment {
  readonly author: string | null;
  readonly date: string | null;
  readonly text?: string;
}

/** One gold file. */
export interface GoldDocument {
  readonly source: string;
  readonly language: string | null;
  readonly statements: readonly GoldStatement[];
  readonly comments: readonly GoldComment[];
  readonly mustRemove: readonly string[];
}

/** A gold file read together with the raw page it describes. */
export interface GoldCase {
  readonly goldFile: string;
  readonly rawFile: string;
  readonly raw: string;
  readonly gold: GoldDocument;
}
