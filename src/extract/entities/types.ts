/**
 * Types shared by the parts of the entity tagger.
 * @module
 */
import type { EntityType } from '../../model/contract.js';

/** One entity mention found in a text, with UTF-16 offsets (`end` exclusive). */
export interface EntityMention {
  readonly type: EntityType;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A token with its UTF-16 offsets into the text it came from. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A span of tokens `[start, end)` with an entity type. */
export interface TokenSpan {
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
}

/** The tagger every caller uses. */
export interface EntityTagger {
  /** Entity mentions of `text`, in order and non-overlapping; `language` is an ISO 639-1 code or null. */
  tag(text: string, language: string | null): EntityMention[];
}
