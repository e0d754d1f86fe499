/**
 * Versioned schema migrations, applied in order inside one transaction each
 * and recorded in `PRAGMA user_version`. A migration is never edited once
 * released: changes come as a new one.
 * @module
 */
import type { SqliteDatabase } from './sqlite-config.js';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, sources, statements, comments, full-text index',
    sql: `
      CREATE TABLE documents (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        media_type TEXT NOT NULL,
        content TEXT NOT NULL,
        byte_length INTEGER NOT NULL,
        language TEXT,
        result TEXT NOT NULL,
        pipeline_version TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE TABLE sources (
        rowid INTEGER PRIMARY KEY,
        source_key TEXT NOT NULL,
        version INTEGER NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        format TEXT NOT NULL,
        provenance TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        UNIQUE (source_key, document_id),
        UNIQUE (source_key, version)
      );
      CREATE INDEX sources_document ON sources(document_id);
      CREATE TABLE statements (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        title TEXT,
        date TEXT,
        published TEXT,
        place TEXT,
        language TEXT,
        body TEXT NOT NULL,
        fingerprint TEXT,
        copy_of TEXT
      );
      CREATE INDEX statements_document ON statements(document_id);
      CREATE INDEX statements_date ON statements(date);
      CREATE INDEX statements_language ON statements(language);
      CREATE INDEX statements_copy_of ON statements(copy_of);
      CREATE TABLE statement_bands (
        band TEXT NOT NULL,
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE
      );
      CREATE INDEX statement_bands_band ON statement_bands(band);
      CREATE TABLE statement_issuers (
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        norm TEXT NOT NULL
      );
      CREATE INDEX statement_issuers_statement ON statement_issuers(statement_id);
      CREATE INDEX statement_issuers_norm ON statement_issuers(norm);
      CREATE TABLE comments (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        author TEXT,
        date TEXT,
        text TEXT NOT NULL
      );
      CREATE INDEX comments_document ON comments(document_id);
      CREATE TABLE removed_lines (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        text TEXT NOT NULL
      );
      CREATE INDEX removed_lines_document ON removed_lines(document_id);
      CREATE VIRTUAL TABLE statements_fts USING fts5(
        title, body, issuers, place,
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `,
  },
  {
    version: 2,
    name: 'entity mentions, stances and events',
    sql: `
      CREATE TABLE entity_mentions (
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        text TEXT NOT NULL,
        canonical TEXT NOT NULL,
        actor TEXT NOT NULL,
        start_at INTEGER NOT NULL,
        end_at INTEGER NOT NULL,
        geoname_id INTEGER,
        lat REAL,
        lon REAL,
        country TEXT,
        kind TEXT
      );
      CREATE INDEX entity_mentions_statement ON entity_mentions(statement_id);
      CREATE INDEX entity_mentions_actor ON entity_mentions(actor, type);
      CREATE TABLE stances (
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        source TEXT NOT NULL,
        source_actor TEXT NOT NULL,
        relation TEXT NOT NULL,
        target TEXT NOT NULL,
        target_actor TEXT NOT NULL,
        evidence TEXT NOT NULL
      );
      CREATE INDEX stances_statement ON stances(statement_id);
      CREATE INDEX stances_source ON stances(source_actor);
      CREATE INDEX stances_target ON stances(target_actor);
      CREATE INDEX stances_relation ON stances(relation);
      CREATE TABLE events (
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        type TEXT NOT NULL,
        date TEXT,
        place TEXT,
        actors TEXT NOT NULL,
        fatalities INTEGER,
        evidence TEXT NOT NULL,
        geoname_id INTEGER,
        lat REAL,
        lon REAL,
        country TEXT
      );
      CREATE INDEX events_statement ON events(statement_id);
      CREATE INDEX events_type ON events(type);
      CREATE INDEX events_date ON events(date);
    `,
  },
];

/** Applies the migrations newer than the database's version; returns the versions before and after. */
export function migrate(db: SqliteDatabase): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  for (const m of MIGRATIONS) {
    if (m.version <= from) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  const to = db.pragma('user_version', { simple: true }) as number;
  if (to > MIGRATIONS[MIGRATIONS.length - 1]!.version) {
    throw new Error(`database schema version ${to} is newer than this Communiqué knows (${MIGRATIONS.length}); upgrade Communiqué`);
  }
  return { from, to };
}
