/**
 * What every rule pass reads: the text, its tokens and sentences, the
 * gazetteer and the language.
 * @module
 */
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { SentenceRange } from '../tokenize/split-sentences.js';
import type { Token } from '../types.js';

/** The document as rules see it. */
export interface RuleContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Token texts, parallel to `tokens`. */
  readonly words: readonly string[];
  /** Case-folded token texts. */
  readonly folded: readonly string[];
  readonly sentences: readonly SentenceRange[];
  /** Sentence index of each token. */
  readonly sentenceOf: Int32Array;
  readonly gazetteer: Gazetteer;
  /** Lower-case words that are common as ordinary words (never names on their own). */
  readonly commonWords: ReadonlySet<string>;
  /** ISO 639-1 code; 'en' for English and unknown text. */
  readonly language: string;
}
