/**
 * @module extract/entities
 * Named entities (PER, ORG, LOC, MISC) of a statement's body with UTF-16
 * offsets: a trained two-pass perceptron tagger for English, gazetteer and
 * pattern rules for other languages, a rule layer for statements (datelines,
 * long organization names, acronyms), and identities linking the mentions of
 * one actor.
 */
export { loadEntityTagger } from './load-entity-tagger.js';
export type { EntityTaggerOptions } from './load-entity-tagger.js';
export { createEntityTagger } from './entity-tagger.js';
export { tokenize } from './tokenize/tokenize.js';
export { splitSentences } from './tokenize/split-sentences.js';
export type { SentenceRange } from './tokenize/split-sentences.js';
export type { EntityMention, EntityTagger, Token } from './types.js';
