/**
 * The shared scorer's modules (`../shared/eval/lib/*.mjs`), loaded at run
 * time so that the events dev script scores exactly by the contract's rules
 * without copying them into the repository.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A gold statement as the shared loader gives it (body cut from the raw file). */
export interface GoldStatement {
  readonly body: string;
  readonly optional: boolean;
  readonly date?: string | null;
  readonly issuers?: readonly string[];
  readonly entities?: readonly { type: string; text?: string; name?: string; lat?: number | null; lon?: number | null; country?: string | null; geonameId?: number; optional?: boolean }[];
  readonly events?: readonly { type: string; place?: string | null; actors?: readonly string[]; optional?: boolean; evidence?: string }[];
}

/** A gold document as the shared loader gives it. */
export interface GoldDocument {
  readonly source: string;
  readonly key: string;
  readonly language: string | null;
  readonly statements: readonly GoldStatement[];
}

/** The parts of the shared scorer the dev script uses. */
export interface SharedScorer {
  loadGold(goldPath: string, rawDir: string): { documents: GoldDocument[]; errors: string[] };
  scoreCorpus(gold: GoldDocument[], system: Map<string, { document: unknown }>): { events: Figures; perDocument: ({ source: string; events: Figures })[] };
  nameMatches(systemName: unknown, goldAlternatives: (string | null)[]): boolean;
  codeMatches(systemValue: unknown, goldAlternatives: (string | null)[]): boolean;
  alternatives(value: unknown): (string | null)[];
}

/** P/R/F1 as the shared scorer reports them. */
export interface Figures {
  readonly tp: number;
  readonly gold: number;
  readonly system: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

/** Imports the shared scorer from `<shared>/eval/lib`. */
export async function loadSharedScorer(shared: string): Promise<SharedScorer> {
  const lib = (name: string) => import(pathToFileURL(join(shared, 'eval', 'lib', name)).href);
  const [load, corpus, match, normalize] = await Promise.all([lib('load.mjs'), lib('score-corpus.mjs'), lib('match.mjs'), lib('normalize.mjs')]);
  return {
    loadGold: load.loadGold,
    scoreCorpus: corpus.scoreCorpus,
    nameMatches: match.nameMatches,
    codeMatches: match.codeMatches,
    alternatives: normalize.alternatives,
  };
}
