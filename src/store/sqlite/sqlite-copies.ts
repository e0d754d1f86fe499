/**
 * Near-duplicate linking: a statement whose SimHash is within a few bits of a
 * stored one (found through the shared 16-bit bands) is recorded as a copy of
 * the first one stored, so a statement reposted on many sites is one
 * statement with many provenances.
 * @module
 */
import { hammingDistance, simhashBands } from '../../util/simhash.js';
import type { SqliteDatabase } from './sqlite-config.js';

/** Bits two fingerprints may differ by and still be one statement (four bands make ≤ 3 certain to be found). */
export const MAX_COPY_DISTANCE = 3;

/** Links each new statement to an earlier copy, if any; returns statement id → first copy's id. */
export function linkCopies(db: SqliteDatabase, statementIds: readonly string[], fingerprints: readonly string[]): Map<string, string> {
  const copies = new Map<string, string>();
  const candidates = db.prepare(
    `SELECT s.id, s.fingerprint, s.copy_of, s.document_id, length(s.body) AS len FROM statement_bands b JOIN statements s ON s.id = b.statement_id
     WHERE b.band = ? AND s.document_id <> ? ORDER BY s.rowid LIMIT 200`,
  );
  const body = db.prepare('SELECT length(body) AS len, document_id FROM statements WHERE id = ?');
  const setCopy = db.prepare('UPDATE statements SET copy_of = ? WHERE id = ?');
  const addBand = db.prepare('INSERT INTO statement_bands (band, statement_id) VALUES (?, ?)');
  statementIds.forEach((sid, i) => {
    const fp = fingerprints[i];
    if (!fp) return;
    const me = body.get(sid) as { len: number; document_id: string };
    const bands = simhashBands(fp);
    let best: { id: string; d: number } | undefined;
    for (const band of bands) {
      for (const c of candidates.all(band, me.document_id) as { id: string; fingerprint: string; copy_of: string | null; len: number }[]) {
        const d = hammingDistance(fp, c.fingerprint);
        // Short texts collide easily; also ask for similar lengths.
        if (d > MAX_COPY_DISTANCE || Math.min(me.len, c.len) / Math.max(me.len, c.len) < 0.7) continue;
        const first = c.copy_of ?? c.id;
        if (!best || d < best.d) best = { id: first, d };
      }
    }
    if (best) {
      setCopy.run(best.id, sid);
      copies.set(sid, best.id);
    }
    for (const band of bands) addBand.run(band, sid);
  });
  return copies;
}
