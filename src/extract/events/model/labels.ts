/**
 * The label set of the classifier: the contract's 25 ACLED sub-event types
 * plus the five other labels of the CASE 2021 task 2 data, so an evaluation
 * can report both row sets.
 */
import { EVENT_TYPES } from '../../../model/contract.js';
import type { EventType } from '../../../model/contract.js';

/** Labels of CASE 2021 task 2 that are not ACLED sub-event types. */
export const NON_ACLED_LABELS = ['ORG_CRIME', 'NATURAL_DISASTER', 'MAN_MADE_DISASTER', 'DIPLO', 'ATTRIB'] as const;
export type NonAcledLabel = (typeof NON_ACLED_LABELS)[number];

/** Any label the classifier can give. */
export type EventLabel = EventType | NonAcledLabel;

/** All 30 labels, ACLED first. */
export const EVENT_LABELS: readonly EventLabel[] = [...EVENT_TYPES, ...NON_ACLED_LABELS];

/** The label given when no cue fires at all. */
export const FALLBACK_LABEL: EventLabel = 'OTHER';

const ACLED = new Set<string>(EVENT_TYPES);

/** Whether a label is one of the contract's 25 ACLED sub-event types. */
export function isAcledType(label: string): label is EventType {
  return ACLED.has(label);
}
