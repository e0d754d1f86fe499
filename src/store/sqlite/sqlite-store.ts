/**
 * The embedded default backend: one SQLite file (WAL journal, so a killed run
 * loses at most the batch in flight and readers never block the writer),
 * FTS5 for full-text search.
 * @module
 */
import Database from 'better-sqlite3';
import type { Provenance } from '../../model/provenance.js';
import { normalizeActor, normalizeName } from '../../util/normalize.js';
import type { Actor, ActorQuery, ArchiveStats, DocumentRecord, EventQuery, EventRow, Known, MigrationResult, Network, NetworkQuery, PutResult, SearchQuery, SearchResults, Store, StoredDocument } from '../store.js';
import { listActors } from './sqlite-actors.js';
import { listEvents } from './sqlite-events.js';
import { buildNetwork } from './sqlite-network.js';
import type { SqliteDatabase, SqliteStoreConfig } from './sqlite-config.js';
import { migrate } from './sqlite-migrations.js';
import { linkCopies } from './sqlite-copies.js';
import { searchStatements } from './sqlite-search.js';
import { archiveStats } from './sqlite-stats.js';

/** Length of a document id: the first hex digits of the content hash (64 bits). */
const ID_LENGTH = 16;

export class SqliteStore implements Store {
  readonly dialect = 'sqlite';
  readonly #db: SqliteDatabase;

  constructor(config: SqliteStoreConfig) {
    const frozen = Object.freeze({ ...config });
    this.#db = new Database(frozen.path, { fileMustExist: frozen.mustExist ?? false }) as unknown as SqliteDatabase;
    this.#db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode survives a killed process; only a power cut can lose the last commit.
    this.#db.pragma('synchronous = NORMAL');
    this.#db.pragma('foreign_keys = ON');
    this.#db.pragma('busy_timeout = 10000');
  }

  async migrate(): Promise<MigrationResult> {
    return migrate(this.#db);
  }

  async known(contentHash: string, sourceKey: string): Promise<Known> {
    const row = this.#db.prepare('SELECT d.id, (SELECT 1 FROM sources s WHERE s.document_id = d.id AND s.source_key = ?) AS same FROM documents d WHERE d.content_hash = ?').get(sourceKey, contentHash) as { id: string; same: number | null } | undefined;
    if (!row) return 'nothing';
    return row.same ? 'source-and-content' : 'content';
  }

  async putBatch(records: readonly DocumentRecord[]): Promise<readonly PutResult[]> {
    return this.#db.transaction(() => records.map((r) => this.#put(r)))();
  }

  #put(r: DocumentRecord): PutResult {
    const db = this.#db;
    const now = new Date().toISOString();
    const existing = db.prepare('SELECT id FROM documents WHERE content_hash = ?').get(r.contentHash) as { id: string } | undefined;
    const nextVersion = ((db.prepare('SELECT MAX(version) AS v FROM sources WHERE source_key = ?').get(r.sourceKey) as { v: number | null }).v ?? 0) + 1;
    const addSource = (documentId: string) =>
      db.prepare('INSERT INTO sources (source_key, version, document_id, format, provenance, seen_at) VALUES (?, ?, ?, ?, ?, ?)').run(r.sourceKey, nextVersion, documentId, r.provenance.format, JSON.stringify(r.provenance), now);
    if (existing) {
      const same = db.prepare('SELECT 1 FROM sources WHERE source_key = ? AND document_id = ?').get(r.sourceKey, existing.id);
      if (same) return { status: 'unchanged', documentId: existing.id, copies: new Map() };
      addSource(existing.id);
      return { status: 'linked', documentId: existing.id, copies: new Map() };
    }
    const id = r.contentHash.slice(0, ID_LENGTH);
    const res = r.result;
    db.prepare('INSERT INTO documents (id, content_hash, media_type, content, byte_length, language, result, pipeline_version, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, r.contentHash, r.mediaType, r.content, r.byteLength, res.language, JSON.stringify(res), r.pipelineVersion, now);
    addSource(id);
    const insertStatement = db.prepare('INSERT INTO statements (id, document_id, idx, title, date, published, place, language, body, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const insertIssuer = db.prepare('INSERT INTO statement_issuers (statement_id, position, name, norm) VALUES (?, ?, ?, ?)');
    const insertFts = db.prepare('INSERT INTO statements_fts (rowid, title, body, issuers, place) VALUES (?, ?, ?, ?, ?)');
    const insertMention = db.prepare('INSERT INTO entity_mentions (statement_id, type, text, canonical, actor, start_at, end_at, geoname_id, lat, lon, country, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const insertStance = db.prepare('INSERT INTO stances (statement_id, idx, source, source_actor, relation, target, target_actor, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const insertEvent = db.prepare('INSERT INTO events (statement_id, idx, type, date, place, actors, fatalities, evidence, geoname_id, lat, lon, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const statementIds: string[] = [];
    res.statements.forEach((s, i) => {
      const sid = `${id}-${i + 1}`;
      statementIds.push(sid);
      const { lastInsertRowid } = insertStatement.run(sid, id, i, s.title, s.date, s.published, s.place, res.language, s.body, r.fingerprints[i] ?? null);
      s.issuers.forEach((name, p) => insertIssuer.run(sid, p, name, normalizeName(name)));
      insertFts.run(lastInsertRowid, s.title ?? '', s.body, s.issuers.join('; '), s.place ?? '');
      for (const e of s.entities) {
        const canonical = e.canonical ?? e.text;
        insertMention.run(sid, e.type, e.text, canonical, normalizeActor(canonical), e.start, e.end, e.geo?.geonameId ?? null, e.geo?.lat ?? null, e.geo?.lon ?? null, e.geo?.country ?? null, e.geo?.kind ?? null);
      }
      s.stances.forEach((st, k) => insertStance.run(sid, k, st.source, normalizeActor(st.source), st.relation, st.target, normalizeActor(st.target), st.evidence));
      s.events.forEach((ev, k) => insertEvent.run(sid, k, ev.type, ev.date, ev.place, JSON.stringify(ev.actors), ev.fatalities, ev.evidence, ev.geo?.geonameId ?? null, ev.geo?.lat ?? null, ev.geo?.lon ?? null, ev.geo?.country ?? null));
    });
    const insertComment = db.prepare('INSERT INTO comments (document_id, idx, author, date, text) VALUES (?, ?, ?, ?, ?)');
    res.comments.forEach((c, i) => insertComment.run(id, i, c.author, c.date, c.text));
    const insertRemoved = db.prepare('INSERT INTO removed_lines (document_id, text) VALUES (?, ?)');
    for (const line of res.removed) insertRemoved.run(id, line.slice(0, 500));
    const copies = linkCopies(db, statementIds, r.fingerprints);
    return { status: nextVersion > 1 ? 'new-version' : 'added', documentId: id, copies };
  }

  async getDocument(ref: string): Promise<StoredDocument | null> {
    const db = this.#db;
    const key = ref.trim().toLowerCase();
    const docId = /^[0-9a-f]+-\d+$/.test(key) ? key.replace(/-\d+$/, '') : key;
    const rows = db.prepare('SELECT id FROM documents WHERE id = ? OR id LIKE ? LIMIT 2').all(docId, `${docId.replace(/[%_]/g, '')}%`) as { id: string }[];
    const exact = rows.find((r) => r.id === docId);
    const row = exact ?? (rows.length === 1 ? rows[0] : undefined);
    if (!row) return null;
    return this.#load(row.id);
  }

  #load(id: string): StoredDocument {
    const db = this.#db;
    const d = db.prepare('SELECT id, content_hash, media_type, result, pipeline_version, ingested_at FROM documents WHERE id = ?').get(id) as { id: string; content_hash: string; media_type: 'text/html' | 'text/plain'; result: string; pipeline_version: string; ingested_at: string };
    const statements = (db.prepare('SELECT id, idx, copy_of FROM statements WHERE document_id = ? ORDER BY idx').all(id) as { id: string; idx: number; copy_of: string | null }[]).map((s) => ({
      id: s.id,
      index: s.idx,
      copyOf: s.copy_of,
      copies: (db.prepare('SELECT id FROM statements WHERE copy_of = ? ORDER BY rowid').all(s.id) as { id: string }[]).map((c) => c.id),
    }));
    const provenance = (db.prepare('SELECT provenance, version, seen_at FROM sources WHERE document_id = ? ORDER BY rowid').all(id) as { provenance: string; version: number; seen_at: string }[]).map((p) => ({
      ...(JSON.parse(p.provenance) as Provenance),
      version: p.version,
      seenAt: p.seen_at,
    }));
    return { id: d.id, contentHash: d.content_hash, mediaType: d.media_type, ingestedAt: d.ingested_at, pipelineVersion: d.pipeline_version, result: JSON.parse(d.result), statements, provenance };
  }

  async search(query: SearchQuery): Promise<SearchResults> {
    return searchStatements(this.#db, query);
  }

  async actors(query: ActorQuery = {}): Promise<readonly Actor[]> {
    return listActors(this.#db, query);
  }

  async network(query: NetworkQuery = {}): Promise<Network> {
    return buildNetwork(this.#db, query);
  }

  events(query: EventQuery = {}): AsyncIterable<EventRow> {
    return listEvents(this.#db, query);
  }

  async stats(): Promise<ArchiveStats> {
    return archiveStats(this.#db);
  }

  async *documents(): AsyncIterable<StoredDocument> {
    let after = 0;
    for (;;) {
      // Paged by rowid rather than one long iterator, so writers are never blocked by a slow reader.
      const page = this.#db.prepare('SELECT rowid, id FROM documents WHERE rowid > ? ORDER BY rowid LIMIT 200').all(after) as { rowid: number; id: string }[];
      if (page.length === 0) return;
      for (const row of page) yield this.#load(row.id);
      after = page[page.length - 1]!.rowid;
    }
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}
