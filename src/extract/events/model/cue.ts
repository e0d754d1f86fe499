/**
 * The shape of a weighted cue: a pattern that, when it occurs in a text,
 * adds `weight` to one label's score.
 */
import { wordPattern } from '../text/word-pattern.js';
import type { EventLabel } from './labels.js';

/** One weighted cue for one label; `pattern` matches lower-cased text. */
export interface Cue {
  readonly label: EventLabel;
  readonly weight: number;
  readonly pattern: RegExp;
}

/**
 * Builds a cue from a lower-case pattern source whose `\b` is Unicode-aware.
 * The pattern is case-sensitive and must be run on lower-cased text
 * (`text/lower-case.ts`): the case-insensitive flag makes Unicode classes
 * several times slower to compile and run.
 */
export function cue(label: EventLabel, weight: number, source: string): Cue {
  return { label, weight, pattern: wordPattern(source, 'u') };
}
