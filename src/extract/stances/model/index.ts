/**
 * @module
 * The stance step's language data: cue patterns and word lists for English,
 * French and Spanish, looked up by ISO 639-1 code.
 */
import type { LanguageModel } from './types.js';
import { EN_MODEL } from './lexicon-en.js';
import { FR_MODEL } from './lexicon-fr.js';
import { ES_MODEL } from './lexicon-es.js';

export type { CueSpec, LanguageModel, TargetSlot } from './types.js';

/** The language models the step ships, by ISO 639-1 code. */
export const LANGUAGE_MODELS: Readonly<Record<string, LanguageModel>> = { en: EN_MODEL, fr: FR_MODEL, es: ES_MODEL };

/** The language used when a text's language is unknown or has no model of its own. */
export const FALLBACK_LANGUAGE = 'en';
