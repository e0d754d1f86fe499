/**
 * Events in an ACLED-like layout: one row per event, with the reporting
 * statement as the source. `actor1` is the first named perpetrator, `actor2`
 * the second (the contract names perpetrators only).
 * @module
 */
import { stringify } from 'csv-stringify/sync';
import type { EventRow } from '../store/index.js';
import { ACLED_TYPES } from './acled.js';

export const EVENT_COLUMNS = ['event_date', 'sub_event_type', 'event_type', 'actor1', 'actor2', 'location', 'latitude', 'longitude', 'fatalities', 'notes', 'source', 'statement_id', 'event_code', 'country', 'issuers'] as const;

export type EventRecord = Record<(typeof EVENT_COLUMNS)[number], string | number | null>;

/** One event as a flat ACLED-like record. */
export function eventRecord(e: EventRow): EventRecord {
  const t = ACLED_TYPES[e.type];
  return {
    event_date: e.date ?? e.statementDate,
    sub_event_type: t.subEventType,
    event_type: t.eventType,
    actor1: e.actors[0] ?? null,
    actor2: e.actors[1] ?? null,
    location: e.place,
    latitude: e.geo?.lat ?? null,
    longitude: e.geo?.lon ?? null,
    fatalities: e.fatalities,
    notes: e.evidence,
    source: e.source,
    statement_id: e.statementId,
    event_code: e.type,
    country: e.geo?.country || null,
    issuers: e.issuers.join('; '),
  };
}

/** The CSV header line. */
export function eventsCsvHeader(): string {
  return stringify([[...EVENT_COLUMNS]]);
}

/** CSV lines for some events. */
export function eventsCsvRows(rows: readonly EventRecord[]): string {
  return stringify(rows.map((r) => EVENT_COLUMNS.map((c) => (r[c] === null ? '' : String(r[c])))));
}
