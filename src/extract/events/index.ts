/**
 * @module
 * Events: ACLED sub-event classification of event texts, and extraction of
 * the events a statement reports (type, date, place, actors, fatalities and
 * the evidence sentence).
 *
 * `classifyEventText` types one text with the 25 ACLED sub-event types and
 * the five other CASE 2021 labels, from weighted cue patterns written after
 * the ACLED codebook (`model/`). `createEventExtractor` reads a statement
 * body with its entities and returns contract `Event`s.
 */
export { classifyEventText } from './classify/classify-event-text.js';
export type { ClassifyOptions, EventClassification } from './classify/classify-event-text.js';
export type { LabelScores } from './classify/label-scores.js';
export { EVENT_LABELS, NON_ACLED_LABELS, isAcledType } from './model/labels.js';
export type { EventLabel, NonAcledLabel } from './model/labels.js';
export { createEventExtractor, extractEvents } from './extract/extract-events.js';
export type { EventExtractorOptions, EventInput } from './extract/extract-events.js';
