/**
 * Events reported in statements, joined with where and by whom they were
 * reported, for the ACLED-like export.
 * @module
 */
import type { EventType } from '../../model/contract.js';
import type { EventQuery, EventRow } from '../store.js';
import type { SqliteDatabase } from './sqlite-config.js';
import { statementConditions, whereClause } from './sqlite-filters.js';

export async function* listEvents(db: SqliteDatabase, q: EventQuery): AsyncGenerator<EventRow> {
  const c = statementConditions({ where: [], params: [] }, {});
  if (q.type) {
    c.where.push('e.type = ?');
    c.params.push(q.type);
  }
  // Event dates, not statement dates, bound the export; undated events fall back to their statement's date.
  if (q.from) {
    c.where.push('coalesce(e.date, s.date) >= ?');
    c.params.push(q.from);
  }
  if (q.to) {
    c.where.push('coalesce(e.date, s.date) <= ?');
    c.params.push(`${q.to}~`);
  }
  statementConditions(c, { issuer: q.issuer });
  const issuersOf = db.prepare('SELECT name FROM statement_issuers WHERE statement_id = ? ORDER BY position');
  const rows = db.prepare(
    `SELECT e.*, s.document_id, s.date AS statement_date,
       (SELECT json_extract(provenance, '$.source') FROM sources WHERE document_id = s.document_id ORDER BY rowid LIMIT 1) AS source
     FROM events e JOIN statements s ON s.id = e.statement_id ${whereClause(c)}
     ORDER BY coalesce(e.date, s.date), e.statement_id, e.idx`,
  ).all(...c.params) as { statement_id: string; document_id: string; type: EventType; date: string | null; place: string | null; actors: string; fatalities: number | null; evidence: string; geoname_id: number | null; lat: number | null; lon: number | null; country: string | null; statement_date: string | null; source: string | null }[];
  for (const r of rows) {
    yield {
      statementId: r.statement_id,
      documentId: r.document_id,
      type: r.type,
      date: r.date,
      place: r.place,
      geo: r.lat === null || r.lon === null ? null : { lat: r.lat, lon: r.lon, country: r.country ?? '', geonameId: r.geoname_id ?? 0 },
      actors: JSON.parse(r.actors) as string[],
      fatalities: r.fatalities,
      evidence: r.evidence,
      issuers: (issuersOf.all(r.statement_id) as { name: string }[]).map((i) => i.name),
      statementDate: r.statement_date,
      source: r.source ?? '',
    };
  }
}
