/**
 * Runs `extractEvents` over every gold statement of a statements set (gold
 * bodies, gold entities located by string search, gold dates and issuers)
 * and scores the events with the shared scorer's rules.
 */
import { join } from 'node:path';
import type { Event } from '../../src/model/contract.js';
import { extractEvents } from '../../src/extract/events/index.js';
import { locateGoldEntities } from './gold-entities.js';
import { loadSharedScorer } from './shared-scorer.js';
import type { Figures, GoldDocument, GoldStatement, SharedScorer } from './shared-scorer.js';

/** The events figures, with what was scored, for reports. */
export interface StatementsScore {
  readonly events: Figures;
  readonly documents: readonly GoldDocument[];
  /** System events per document key, per statement. */
  readonly system: ReadonlyMap<string, readonly (readonly Event[])[]>;
  readonly scorer: SharedScorer;
  readonly errors: readonly string[];
  readonly ms: number;
}

/** Scores events on the statements set in `dataDir` (holding `gold/` and `raw/`). */
export async function scoreStatementEvents(shared: string, dataDir: string): Promise<StatementsScore> {
  const scorer = await loadSharedScorer(shared);
  const { documents, errors } = scorer.loadGold(join(dataDir, 'gold'), join(dataDir, 'raw'));
  const started = performance.now();
  const system = new Map<string, Event[][]>();
  for (const doc of documents) system.set(doc.key, doc.statements.map((s) => eventsOf(s, doc.language)));
  const ms = performance.now() - started;
  const documentsOut = new Map<string, { document: unknown }>();
  for (const doc of documents) {
    const statements = doc.statements.map((s, i) => ({
      title: null, issuers: [], date: null, published: null, place: null, body: s.body, entities: [], stances: [],
      events: system.get(doc.key)![i],
    }));
    documentsOut.set(doc.key, { document: { source: doc.source, language: doc.language, statements, comments: [], removed: [] } });
  }
  return { events: scorer.scoreCorpus(documents, documentsOut).events, documents, system, scorer, errors, ms };
}

function eventsOf(s: GoldStatement, language: string | null): Event[] {
  const first = (v: string | null | undefined) => (v ? v.split('|')[0]!.trim() : null);
  return extractEvents({
    body: s.body,
    date: first(s.date),
    language,
    entities: locateGoldEntities(s.body, s.entities ?? []),
    issuers: (s.issuers ?? []).map((i) => first(i)!),
  });
}
