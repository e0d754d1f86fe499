/**
 * Actors: entity mentions grouped by identity (type and normalized canonical
 * name), with their aliases, counts and first and last statement dates.
 * @module
 */
import type { EntityType } from '../../model/contract.js';
import { normalizeName } from '../../util/normalize.js';
import type { Actor, ActorQuery, FacetValue } from '../store.js';
import type { SqliteDatabase } from './sqlite-config.js';
import { likeEscape } from './sqlite-filters.js';

export function listActors(db: SqliteDatabase, q: ActorQuery): Actor[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.type) {
    where.push('m.type = ?');
    params.push(q.type);
  }
  if (q.search) {
    where.push("m.actor IN (SELECT actor FROM entity_mentions WHERE lower(text) LIKE ? ESCAPE '\\' OR actor LIKE ? ESCAPE '\\')");
    params.push(`%${likeEscape(q.search.toLowerCase())}%`, `%${likeEscape(normalizeName(q.search))}%`);
  }
  const rows = db.prepare(
    `SELECT m.actor AS key, m.type AS type, count(*) AS mentions, count(DISTINCT m.statement_id) AS statements,
            min(s.date) AS first, max(s.date) AS last
     FROM entity_mentions m JOIN statements s ON s.id = m.statement_id
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     GROUP BY m.actor, m.type ORDER BY mentions DESC, key LIMIT ?`,
  ).all(...params, Math.max(1, Math.min(q.limit ?? 100, 100_000))) as { key: string; type: EntityType; mentions: number; statements: number; first: string | null; last: string | null }[];
  const aliases = db.prepare('SELECT text AS value, count(*) AS count FROM entity_mentions WHERE actor = ? AND type = ? GROUP BY text ORDER BY count DESC, value');
  const geo = db.prepare('SELECT geoname_id, lat, lon, country, kind, canonical FROM entity_mentions WHERE actor = ? AND type = ? AND geoname_id IS NOT NULL GROUP BY geoname_id ORDER BY count(*) DESC LIMIT 1');
  return rows.map((r) => {
    const names = aliases.all(r.key, r.type) as FacetValue[];
    const g = geo.get(r.key, r.type) as { geoname_id: number; lat: number; lon: number; country: string; kind: 'country' | 'region' | 'city' | 'site'; canonical: string } | undefined;
    return {
      key: r.key,
      type: r.type,
      name: names[0]?.value ?? r.key,
      aliases: names,
      mentions: r.mentions,
      statements: r.statements,
      firstDate: r.first,
      lastDate: r.last,
      geo: g ? { geonameId: g.geoname_id, name: g.canonical, country: g.country, lat: g.lat, lon: g.lon, kind: g.kind } : null,
    };
  });
}
