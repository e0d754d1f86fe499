/**
 * `communique events`: the events reported in the archive, as an ACLED-like
 * table (CSV) or JSON Lines.
 * @module
 */
import { EVENT_TYPES, type EventType } from '../../model/contract.js';
import { eventRecord, eventsCsvHeader, eventsCsvRows, type EventRecord } from '../../export/index.js';
import { openStore } from '../../store/index.js';
import { err } from '../terminal.js';
import { dateOption, UsageError } from './_shared.js';
import { openSink } from './output-file.js';

export interface EventsCommandOptions {
  readonly db: string;
  readonly format: string;
  readonly out?: string;
  readonly from?: string;
  readonly to?: string;
  readonly type?: string;
  readonly issuer?: string;
}

export async function eventsCommand(o: EventsCommandOptions): Promise<void> {
  if (o.format !== 'csv' && o.format !== 'jsonl') throw new UsageError(`--format takes csv or jsonl, not "${o.format}"`);
  const type = o.type?.toUpperCase();
  if (type && !(EVENT_TYPES as readonly string[]).includes(type)) throw new UsageError(`--type takes an ACLED sub-event code (${EVENT_TYPES.slice(0, 4).join(', ')}, …), not "${o.type}"`);
  const from = dateOption('--from', o.from);
  const to = dateOption('--to', o.to);
  const store = await openStore(o.db, { mustExist: true });
  const sink = openSink(o.out);
  let n = 0;
  try {
    if (o.format === 'csv') await sink.write(eventsCsvHeader());
    let batch: EventRecord[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      await sink.write(o.format === 'csv' ? eventsCsvRows(batch) : batch.map((r) => JSON.stringify(r)).join('\n') + '\n');
      batch = [];
    };
    for await (const e of store.events({ ...(from ? { from } : {}), ...(to ? { to } : {}), ...(type ? { type: type as EventType } : {}), ...(o.issuer ? { issuer: o.issuer } : {}) })) {
      batch.push(eventRecord(e));
      n++;
      if (batch.length >= 500) await flush();
    }
    await flush();
  } finally {
    await sink.close();
    await store.close();
  }
  if (o.out) err(`communique: wrote ${n} events to ${o.out}`);
}
