/**
 * Statement search: FTS5 with BM25 ranking (titles weigh more than bodies),
 * snippets around the hits, filters and facet counts over the matching set.
 * @module
 */
import { normalizeActor } from '../../util/normalize.js';
import { QuerySyntaxError, type FacetValue, type SearchHit, type SearchQuery, type SearchResults } from '../store.js';
import type { SqliteDatabase } from './sqlite-config.js';
import { toFts5Query } from './sqlite-query.js';
import { likeEscape, statementConditions } from './sqlite-filters.js';

const OPEN = '\u0002';
const CLOSE = '\u0003';
const FACET_SIZE = 10;
/** Column weights for bm25(): title, body, issuers, place. */
const WEIGHTS = '8.0, 1.0, 4.0, 2.0';

export function searchStatements(db: SqliteDatabase, q: SearchQuery): SearchResults {
  const match = q.text.trim() ? toFts5Query(q.text) : '';
  const where: string[] = [];
  const params: unknown[] = [];
  if (match) {
    where.push('statements_fts MATCH ?');
    params.push(match);
  }
  if (q.language) {
    where.push('s.language = ?');
    params.push(q.language.toLowerCase());
  }
  statementConditions({ where, params }, q);
  if (q.entity) {
    where.push('EXISTS (SELECT 1 FROM entity_mentions m WHERE m.statement_id = s.id AND (m.actor = ? OR m.actor IN (SELECT actor FROM entity_mentions WHERE lower(text) = ?)))');
    params.push(normalizeActor(q.entity), q.entity.toLowerCase());
  }
  if (q.relation) {
    where.push('EXISTS (SELECT 1 FROM stances x WHERE x.statement_id = s.id AND x.relation = ?)');
    params.push(q.relation);
  }
  if (q.eventType) {
    where.push('EXISTS (SELECT 1 FROM events e WHERE e.statement_id = s.id AND e.type = ?)');
    params.push(q.eventType);
  }
  if (q.place) {
    where.push("s.place LIKE ? ESCAPE '\\'");
    params.push(`%${likeEscape(q.place)}%`);
  }
  const from = 'statements_fts JOIN statements s ON s.rowid = statements_fts.rowid';
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const limit = Math.max(0, Math.min(q.limit ?? 10, 1000));
  const offset = Math.max(0, q.offset ?? 0);
  try {
    const rank = match ? `bm25(statements_fts, ${WEIGHTS})` : '0';
    const snippet = match ? `snippet(statements_fts, 1, '${OPEN}', '${CLOSE}', '…', 32)` : 'substr(s.body, 1, 240)';
    const rows = db.prepare(
      `SELECT s.id, s.document_id, s.title, s.date, s.place, s.language, s.copy_of, ${rank} AS rank, ${snippet} AS snip,
         (SELECT json_extract(provenance, '$.source') FROM sources WHERE document_id = s.document_id ORDER BY rowid LIMIT 1) AS source
       FROM ${from} ${whereSql}
       ORDER BY ${match ? 'rank' : 's.date IS NULL, s.date DESC'}, s.rowid LIMIT ? OFFSET ?`,
    ).all(...params, limit, offset) as Row[];
    const issuersOf = db.prepare('SELECT name FROM statement_issuers WHERE statement_id = ? ORDER BY position');
    const hits: SearchHit[] = rows.map((r) => {
      const { text, highlights } = parseSnippet(r.snip ?? '');
      return {
        statementId: r.id,
        documentId: r.document_id,
        title: r.title,
        issuers: (issuersOf.all(r.id) as { name: string }[]).map((i) => i.name),
        date: r.date,
        place: r.place,
        language: r.language,
        source: r.source ?? '',
        snippet: text,
        highlights,
        score: match ? -r.rank : 0,
        copyOf: r.copy_of,
      };
    });
    const total = (db.prepare(`SELECT count(*) AS n FROM ${from} ${whereSql}`).get(...params) as { n: number }).n;
    const matched = `SELECT s.id, s.language, s.date, s.place FROM ${from} ${whereSql}`;
    const facet = (sql: string): FacetValue[] => db.prepare(sql).all(...params) as FacetValue[];
    return {
      total,
      hits,
      facets: {
        language: facet(`SELECT language AS value, count(*) AS count FROM (${matched}) WHERE language IS NOT NULL GROUP BY value ORDER BY count DESC, value LIMIT ${FACET_SIZE}`),
        year: facet(`SELECT substr(date, 1, 4) AS value, count(*) AS count FROM (${matched}) WHERE date IS NOT NULL GROUP BY value ORDER BY value DESC LIMIT 50`),
        place: facet(`SELECT place AS value, count(*) AS count FROM (${matched}) WHERE place IS NOT NULL GROUP BY value ORDER BY count DESC, value LIMIT ${FACET_SIZE}`),
        issuer: facet(`SELECT min(i.name) AS value, count(*) AS count FROM (${matched}) m JOIN statement_issuers i ON i.statement_id = m.id GROUP BY i.norm ORDER BY count DESC, value LIMIT ${FACET_SIZE}`),
        entity: facet(`SELECT min(e.canonical) AS value, count(DISTINCT e.statement_id) AS count FROM (${matched}) m JOIN entity_mentions e ON e.statement_id = m.id GROUP BY e.actor ORDER BY count DESC, value LIMIT ${FACET_SIZE}`),
        relation: facet(`SELECT x.relation AS value, count(DISTINCT x.statement_id) AS count FROM (${matched}) m JOIN stances x ON x.statement_id = m.id GROUP BY x.relation ORDER BY count DESC, value`),
        eventType: facet(`SELECT e.type AS value, count(DISTINCT e.statement_id) AS count FROM (${matched}) m JOIN events e ON e.statement_id = m.id GROUP BY e.type ORDER BY count DESC, value LIMIT ${FACET_SIZE}`),
      },
    };
  } catch (e) {
    if (/fts5|syntax error|no such column/i.test((e as Error).message)) {
      throw new QuerySyntaxError(`cannot read the search query ${JSON.stringify(q.text)}: ${(e as Error).message.replace(/^fts5: /, '')}`);
    }
    throw e;
  }
}

interface Row {
  id: string;
  document_id: string;
  title: string | null;
  date: string | null;
  place: string | null;
  language: string | null;
  copy_of: string | null;
  rank: number;
  snip: string | null;
  source: string | null;
}

/** Splits FTS5 snippet markers out of the text into highlight ranges. */
export function parseSnippet(marked: string): { text: string; highlights: [number, number][] } {
  let text = '';
  const highlights: [number, number][] = [];
  let start = -1;
  for (const ch of marked.replace(/\s+/g, ' ')) {
    if (ch === OPEN) start = text.length;
    else if (ch === CLOSE) {
      if (start >= 0) highlights.push([start, text.length]);
      start = -1;
    } else text += ch;
  }
  return { text, highlights };
}
