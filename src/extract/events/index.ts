/**
 * @module
 * Events: ACLED sub-event classification of event texts, and extraction of
 * the events a statement reports (type, date, place, actors, fatalities and
 * the evidence sentence).
 */
export { classifyEventText } from './classify/classify-event-text.js';
export type { EventClassification } from './classify/classify-event-text.js';
export { EVENT_LABELS, NON_ACLED_LABELS, isAcledType } from './model/labels.js';
export type { EventLabel, NonAcledLabel } from './model/labels.js';
export { createEventExtractor, extractEvents } from './extract/extract-events.js';
export type { EventExtractorOptions, EventInput } from './extract/extract-events.js';
