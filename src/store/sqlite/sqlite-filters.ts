/**
 * SQL conditions on statements shared by search, the network and the event
 * list: date bounds and issuer.
 * @module
 */
import { normalizeName } from '../../util/normalize.js';

export interface Conditions {
  readonly where: string[];
  readonly params: unknown[];
}

/** Adds date-bound and issuer conditions on the statement alias `s`. */
export function statementConditions(c: Conditions, q: { from?: string | undefined; to?: string | undefined; issuer?: string | undefined }): Conditions {
  if (q.from) {
    c.where.push('s.date >= ?');
    c.params.push(q.from);
  }
  if (q.to) {
    // "2014-08" must include "2014-08-31": compare against the bound padded past any suffix.
    c.where.push('s.date <= ?');
    c.params.push(`${q.to}~`);
  }
  if (q.issuer) {
    c.where.push("EXISTS (SELECT 1 FROM statement_issuers i WHERE i.statement_id = s.id AND i.norm LIKE ? ESCAPE '\\')");
    c.params.push(`%${likeEscape(normalizeName(q.issuer))}%`);
  }
  return c;
}

/** Escapes LIKE wildcards with a backslash. */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

export function whereClause(c: Conditions): string {
  return c.where.length ? `WHERE ${c.where.join(' AND ')}` : '';
}
