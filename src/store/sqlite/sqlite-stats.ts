/**
 * Archive-wide counts for `communique stats` and the summary after an ingest.
 * @module
 */
import type { ArchiveStats, FacetValue } from '../store.js';
import type { SqliteDatabase } from './sqlite-config.js';

export function archiveStats(db: SqliteDatabase): ArchiveStats {
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const facet = (sql: string) => db.prepare(sql).all() as FacetValue[];
  const dates = db.prepare('SELECT min(date) AS first, max(date) AS last FROM statements WHERE date IS NOT NULL').get() as { first: string | null; last: string | null };
  return {
    documents: n('SELECT count(*) AS n FROM documents'),
    statements: n('SELECT count(*) AS n FROM statements'),
    sources: n('SELECT count(*) AS n FROM sources'),
    comments: n('SELECT count(*) AS n FROM comments'),
    copies: n('SELECT count(*) AS n FROM statements WHERE copy_of IS NOT NULL'),
    removedLines: n('SELECT count(*) AS n FROM removed_lines'),
    languages: facet('SELECT coalesce(language, \'unknown\') AS value, count(*) AS count FROM statements GROUP BY value ORDER BY count DESC, value'),
    issuers: facet('SELECT min(name) AS value, count(*) AS count FROM statement_issuers GROUP BY norm ORDER BY count DESC, value LIMIT 10'),
    formats: facet('SELECT format AS value, count(*) AS count FROM sources GROUP BY format ORDER BY count DESC'),
    topRemoved: facet('SELECT text AS value, count(*) AS count FROM removed_lines GROUP BY text ORDER BY count DESC, value LIMIT 10'),
    firstDate: dates.first,
    lastDate: dates.last,
  };
}
