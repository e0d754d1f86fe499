/**
 * The actor network: stances aggregated into weighted source → target edges
 * per relation, over time, with references to the evidence.
 * @module
 */
import type { EntityType, Relation } from '../../model/contract.js';
import type { Network, NetworkEdge, NetworkNode, NetworkQuery } from '../store.js';
import type { SqliteDatabase } from './sqlite-config.js';
import { statementConditions, whereClause } from './sqlite-filters.js';

/** Evidence sentences kept per edge. */
const EVIDENCE_PER_EDGE = 20;

export function buildNetwork(db: SqliteDatabase, q: NetworkQuery): Network {
  const c = statementConditions({ where: [], params: [] }, q);
  if (q.relation) {
    c.where.push('x.relation = ?');
    c.params.push(q.relation);
  }
  const rows = db.prepare(
    `SELECT x.source, x.source_actor, x.relation, x.target, x.target_actor, x.evidence, x.statement_id, s.date
     FROM stances x JOIN statements s ON s.id = x.statement_id ${whereClause(c)} ORDER BY s.date, x.statement_id, x.idx`,
  ).all(...c.params) as { source: string; source_actor: string; relation: Relation; target: string; target_actor: string; evidence: string; statement_id: string; date: string | null }[];

  const edges = new Map<string, NetworkEdge & { statements: Set<string>; evidence: NetworkEdge['evidence'][number][] }>();
  const names = new Map<string, Map<string, number>>();
  const stanceCount = new Map<string, number>();
  const addName = (key: string, name: string) => {
    const m = names.get(key) ?? new Map<string, number>();
    m.set(name, (m.get(name) ?? 0) + 1);
    names.set(key, m);
    stanceCount.set(key, (stanceCount.get(key) ?? 0) + 1);
  };
  for (const r of rows) {
    if (!r.source_actor || !r.target_actor || r.source_actor === r.target_actor) continue;
    addName(r.source_actor, r.source);
    addName(r.target_actor, r.target);
    const id = `${r.source_actor}\u0000${r.relation}\u0000${r.target_actor}`;
    let e = edges.get(id);
    if (!e) {
      e = { source: r.source_actor, target: r.target_actor, relation: r.relation, weight: 0, firstDate: r.date, lastDate: r.date, evidence: [], statements: new Set() };
      edges.set(id, e);
    }
    if (!e.statements.has(r.statement_id)) {
      e.statements.add(r.statement_id);
      (e as { weight: number }).weight++;
    }
    if (r.date && (!e.firstDate || r.date < e.firstDate)) (e as { firstDate: string | null }).firstDate = r.date;
    if (r.date && (!e.lastDate || r.date > e.lastDate)) (e as { lastDate: string | null }).lastDate = r.date;
    if (e.evidence.length < EVIDENCE_PER_EDGE) e.evidence.push({ statementId: r.statement_id, sentence: r.evidence, date: r.date });
  }

  const typeOf = db.prepare('SELECT type, count(*) AS n FROM entity_mentions WHERE actor = ? GROUP BY type ORDER BY n DESC LIMIT 1');
  const mentionsOf = db.prepare('SELECT count(*) AS n FROM entity_mentions WHERE actor = ?');
  const aliasesOf = db.prepare('SELECT DISTINCT text FROM entity_mentions WHERE actor = ? LIMIT 20');
  const isIssuer = db.prepare('SELECT 1 FROM statement_issuers WHERE norm = ? OR norm = ? LIMIT 1');
  const nodes: NetworkNode[] = [...names.entries()].map(([key, counts]) => {
    const label = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    const t = typeOf.get(key) as { type: EntityType } | undefined;
    const aliases = new Set([...counts.keys(), ...(aliasesOf.all(key) as { text: string }[]).map((a) => a.text)]);
    return {
      id: key,
      label,
      type: t?.type ?? (isIssuer.get(key, `the ${key}`) ? 'ISSUER' : 'OTHER'),
      aliases: [...aliases].sort(),
      stances: stanceCount.get(key) ?? 0,
      mentions: (mentionsOf.get(key) as { n: number }).n,
    };
  });
  return {
    nodes: nodes.sort((a, b) => b.stances - a.stances || a.id.localeCompare(b.id)),
    edges: [...edges.values()].map(({ statements: _s, ...e }) => e).sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source)),
  };
}
