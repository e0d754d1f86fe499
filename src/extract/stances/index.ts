/**
 * @module
 * Stances: who supports, condemns, accuses or makes demands of whom in a
 * statement, with the sentence that says so. Rule-based over cue words and
 * word lists kept per language in `model/` (English, French, Spanish).
 */
export { createStanceExtractor, extractStances } from './extract-stances.js';
export type { StanceExtractor, StanceInput, StanceOptions } from './extract-stances.js';
export { LANGUAGE_MODELS } from './model/index.js';
export type { CueSpec, LanguageModel, TargetSlot } from './model/index.js';
