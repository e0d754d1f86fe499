/**
 * Entity figures on the statements development set, scored by the shared
 * scorer (`shared/eval`) exactly as the whole pipeline is: each gold
 * statement's body (cut from the raw page by its anchors) is tagged, and
 * entities are compared as distinct (type, normalized name) pairs.
 *
 *   npx tsx bench/ner/statements.ts [--data DIR] [--models DIR] [--json] [--show]
 *
 * `--data` is a folder with `gold/` and `raw/` like `shared/data/statements`.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { flagValue, log, scriptArgs } from '../../src/util/cli-args.js';
import { MODELS_DIR, sharedDir } from '../../src/util/paths.js';
import { loadEntityTagger } from '../../src/extract/entities/index.js';

interface GoldStatement {
  readonly body: string;
  readonly optional: boolean;
  readonly entities?: readonly { readonly type: string; readonly text: string; readonly optional?: boolean }[];
}
interface GoldDocument {
  readonly source: string;
  readonly key: string;
  readonly language?: string | null;
  readonly statements: readonly GoldStatement[];
}
interface Prf {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
  readonly tp: number;
  readonly gold: number;
  readonly system: number;
}

const args = scriptArgs();
const shared = sharedDir();
if (shared === null) {
  log('statements: ../shared is absent; nothing to score');
  process.exit(2);
}
const dataDir = args.data ?? join(shared, 'data/statements');
const lib = (name: string) => import(pathToFileURL(join(shared, 'eval/lib', name)).href);
const { loadGold } = (await lib('load.mjs')) as { loadGold: (g: string, r: string) => { documents: GoldDocument[]; errors: string[] } };
const { scoreCorpus } = (await lib('score-corpus.mjs')) as { scoreCorpus: (g: GoldDocument[], s: Map<string, { document: unknown }>) => { entities: Prf & { byType: Record<string, Prf> } } };

const gold = loadGold(join(dataDir, 'gold'), join(dataDir, 'raw'));
if (gold.errors.length > 0) throw new Error(`statements: ${gold.errors.join('; ')}`);
const t0 = Date.now();
const tagger = loadEntityTagger({ modelDir: flagValue(args.argv, '--models') ?? MODELS_DIR });
log(`tagger loaded in ${Date.now() - t0} ms`);
const system = new Map<string, { document: unknown }>();
for (const doc of gold.documents) {
  const statements = doc.statements.map((s) => {
    const entities = tagger.tag(s.body, doc.language ?? null).map((m) => ({ ...m, geo: null }));
    if (args.argv.includes('--show')) show(doc.source, s, entities);
    return { title: null, issuers: [], date: null, published: null, place: null, body: s.body, entities, stances: [], events: [] };
  });
  system.set(doc.key, { document: { source: doc.source, language: doc.language ?? null, statements, comments: [], removed: [] } });
}
const { entities } = scoreCorpus(gold.documents, system);
if (args.json) process.stdout.write(JSON.stringify({ data: dataDir, entities }) + '\n');
else {
  const row = (name: string, p: Prf) => console.log(`${name.padEnd(10)} P ${fmt(p.precision)}  R ${fmt(p.recall)}  F1 ${fmt(p.f1)}   tp ${p.tp} gold ${p.gold} system ${p.system}`);
  row('entities', entities);
  for (const [type, p] of Object.entries(entities.byType)) row(`  ${type}`, p);
}

function fmt(x: number | null): string {
  return x === null ? '  -  ' : x.toFixed(3);
}

function show(source: string, s: GoldStatement, entities: readonly { type: string; text: string }[]): void {
  const ours = [...new Set(entities.map((e) => `${e.type}:${e.text.replace(/\s+/g, ' ')}`))];
  const theirs = (s.entities ?? []).filter((e) => e.optional !== true).map((e) => `${e.type}:${e.text}`);
  const optional = (s.entities ?? []).filter((e) => e.optional === true).map((e) => `${e.type}:${e.text}`);
  log(`\n== ${source}\n  ours: ${ours.join(' · ')}\n  gold: ${theirs.join(' · ')}\n  optional: ${optional.join(' · ')}`);
}
