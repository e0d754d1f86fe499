/**
 * Scores the stance step on a statements set (`shared/data/statements` layout:
 * `gold/*.json` and `raw/`), in isolation: each gold body is run with its gold
 * issuers, and entities found by searching the gold entity names in the body.
 * Scoring uses the shared scorer's own loading, matching and counting
 * (imported at run time from `shared/eval/lib/`), so the figures are the ones
 * the full pipeline would get for stances if every other step were perfect.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Entity, EntityType, Stance } from '../../model/contract.js';
import { ENTITY_TYPES } from '../../model/contract.js';
import { extractStances } from './extract-stances.js';

/** P/R/F1 as the scorer reports them. */
export interface Prf {
  readonly tp: number;
  readonly gold: number;
  readonly system: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

/** The figures of one run. */
export interface StanceEvaluation {
  readonly documents: number;
  readonly stances: Prf & { readonly byRelation: Readonly<Record<string, Prf>> };
  readonly perDocument: readonly { readonly source: string; readonly stances: Prf }[];
  /** Gold stances missed and system stances matching nothing, per document (for reading, not scoring). */
  readonly errors: readonly { readonly source: string; readonly missed: readonly string[]; readonly spurious: readonly string[] }[];
}

interface GoldStatement {
  readonly body: string;
  readonly optional?: boolean;
  readonly issuers?: readonly string[];
  readonly entities?: readonly { readonly type: string; readonly text?: string; readonly name?: string }[];
  readonly stances?: readonly { readonly source: string; readonly relation: string; readonly target: string; readonly optional?: boolean }[];
}
interface GoldDocument {
  readonly source: string;
  readonly key: string;
  readonly language: string | null;
  readonly statements: readonly GoldStatement[];
}

/** Runs the step over a statements set and scores its stances; `sharedRoot` is the folder holding `eval/lib/`. */
export async function evaluateStances(dataDir: string, sharedRoot: string): Promise<StanceEvaluation> {
  const lib = (file: string): Promise<any> => import(pathToFileURL(join(sharedRoot, 'eval', 'lib', file)).href);
  const [{ loadGold }, { scoreCorpus }, { matchItems, nameMatches, codeMatches }, { alternatives }] = await Promise.all([
    lib('load.mjs'),
    lib('score-corpus.mjs'),
    lib('match.mjs'),
    lib('normalize.mjs'),
  ]);
  const { documents, errors } = loadGold(join(dataDir, 'gold'), join(dataDir, 'raw')) as { documents: GoldDocument[]; errors: string[] };
  if (errors.length > 0) throw new Error(`gold could not be loaded:\n${errors.join('\n')}`);
  const system = new Map<string, { document: unknown }>();
  const report: { source: string; missed: string[]; spurious: string[] }[] = [];
  for (const gold of documents) {
    const statements = gold.statements.map((st) => ({ body: st.body, stances: runStatement(gold, st, alternatives) }));
    system.set(gold.key, { document: { source: gold.source, language: gold.language, statements } });
    const missed: string[] = [];
    const spurious: string[] = [];
    gold.statements.forEach((st, i) => {
      if (st.optional) return;
      const goldStances = (st.stances ?? []).map((g) => ({ ...g, sources: alternatives(g.source), targets: alternatives(g.target), relations: alternatives(g.relation) }));
      const result = matchItems(goldStances, statements[i]!.stances, (g: any, s: Stance) => codeMatches(s.relation, g.relations) && nameMatches(s.source, g.sources) && nameMatches(s.target, g.targets));
      missed.push(...result.missed.map((g: any) => `${g.relation} ${g.sources[0]} -> ${g.target}  «${(g.evidence ?? '').slice(0, 90)}»`));
      spurious.push(...result.spurious.map((s: Stance) => `${s.relation} ${s.source} -> ${s.target}  «${s.evidence.slice(0, 90)}»`));
    });
    report.push({ source: gold.source, missed, spurious });
  }
  const scored = scoreCorpus(documents, system);
  return {
    documents: documents.length,
    stances: scored.stances,
    perDocument: scored.perDocument.map((d: any) => ({ source: d.source, stances: d.stances })),
    errors: report,
  };
}

function runStatement(gold: GoldDocument, st: GoldStatement, alternatives: (v: unknown) => (string | null)[]): Stance[] {
  const issuers = (st.issuers ?? []).map((i) => alternatives(i)[0]).filter((i): i is string => typeof i === 'string');
  return extractStances({ body: st.body, language: gold.language, issuers, entities: entitiesBySearch(st, alternatives) });
}

/** Mentions of the gold entity names, found by whole-word search, since gold gives no offsets. */
export function entitiesBySearch(st: GoldStatement, alternatives: (v: unknown) => (string | null)[]): Entity[] {
  const found: Entity[] = [];
  for (const e of st.entities ?? []) {
    const type = (alternatives(e.type)[0] ?? '').toUpperCase() as EntityType;
    if (!ENTITY_TYPES.includes(type)) continue;
    for (const name of alternatives(e.text ?? e.name)) {
      if (!name) continue;
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of st.body.matchAll(pattern)) found.push({ type, text: m[0], start: m.index!, end: m.index! + m[0].length, geo: null });
    }
  }
  return found;
}
