/**
 * CoNLL-2003 evaluation of the English entity tagger beside compromise:
 * conlleval precision, recall and F1 (exact span and type; overall and per
 * type) and tokens per second on one core, on `dev.txt` or `--data FILE`.
 *
 *   npx tsx bench/ner/run.ts [--data FILE] [--models DIR] [--json]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flagValue, log, scriptArgs } from '../../src/util/cli-args.js';
import { MODELS_DIR, sharedDir } from '../../src/util/paths.js';
import { parseConll } from '../../src/extract/entities/conll/conll-reader.js';
import { conllEval } from '../../src/extract/entities/conll/conlleval.js';
import type { ConllScore } from '../../src/extract/entities/conll/conlleval.js';
import { communiqueSystem } from './peers/communique-system.js';
import { compromiseSystem } from './peers/compromise-system.js';
import type { NerSystem } from './peers/ner-system.js';
import { loadEntityTagger } from '../../src/extract/entities/index.js';

const args = scriptArgs();
const shared = sharedDir();
const file = args.data ?? (shared === null ? undefined : join(shared, 'data/ner/conll2003/dev.txt'));
if (file === undefined || !existsSync(file)) {
  log('eval:ner: no data (../shared absent); pass --data FILE in CoNLL-2003 format');
  process.exit(2);
}
const docs = parseConll(readFileSync(file, 'utf8'));
const gold = docs.flatMap((d) => d.sentences.map((s) => [...s.tags]));
const tokenCount = gold.reduce((n, s) => n + s.length, 0);
const systems: NerSystem[] = [communiqueSystem(flagValue(args.argv, '--models') ?? MODELS_DIR), compromiseSystem()];

interface Result {
  readonly score: ConllScore;
  readonly tokensPerSecond: number;
}
const results = new Map<string, Result>();
for (const system of systems) {
  // one warm-up document, so lazy caches and JIT do not count against the first system
  system.tagDocument(docs[0]!.sentences.map((s) => s.tokens));
  // CPU time of this (single-threaded) process, so machines shared with other jobs still give one-core figures
  const t0 = process.cpuUsage();
  const predicted = docs.flatMap((d) => system.tagDocument(d.sentences.map((s) => s.tokens)));
  const used = process.cpuUsage(t0);
  const seconds = (used.user + used.system) / 1e6;
  results.set(system.name, { score: conllEval(gold, predicted), tokensPerSecond: tokenCount / seconds });
  log(`${system.name}: ${seconds.toFixed(2)} s of CPU for ${tokenCount} tokens`);
}

// the whole tag() path (tokenizer, sentence splitter, both passes, rules) on the documents as plain text
const tagger = loadEntityTagger({ modelDir: flagValue(args.argv, '--models') ?? MODELS_DIR });
const texts = docs.map((d) => d.sentences.map((s) => s.tokens.join(' ')).join('\n'));
tagger.tag(texts[0]!, 'en');
const t1 = process.cpuUsage();
for (const text of texts) tagger.tag(text, 'en');
const used1 = process.cpuUsage(t1);
const fullTextTokensPerSecond = Math.round(tokenCount / ((used1.user + used1.system) / 1e6));

const figures = (r: Result) => ({
  f1: round(r.score.f1),
  precision: round(r.score.precision),
  recall: round(r.score.recall),
  byType: Object.fromEntries(Object.entries(r.score.byType).map(([t, s]) => [t, { f1: round(s.f1), precision: round(s.precision), recall: round(s.recall), gold: s.gold, predicted: s.predicted }])),
  tokensPerSecond: Math.round(r.tokensPerSecond),
});
if (args.json) {
  const out: Record<string, unknown> = { data: file, tokens: tokenCount, ...Object.fromEntries([...results].map(([n, r]) => [n, figures(r)])) };
  (out.ours as Record<string, unknown>).fullTextTokensPerSecond = fullTextTokensPerSecond;
  process.stdout.write(JSON.stringify(out) + '\n');
} else {
  const names = [...results.keys()];
  const line = (label: string, cells: string[]) => console.log(label.padEnd(14) + cells.map((c) => c.padStart(22)).join(''));
  console.log(`CoNLL-2003 ${file} (${tokenCount} tokens), conlleval exact span and type\n`);
  line('', names);
  line('F1 (P / R)', names.map((n) => fmt(results.get(n)!.score)));
  for (const type of ['PER', 'ORG', 'LOC', 'MISC']) {
    line(`  ${type}`, names.map((n) => { const s = results.get(n)!.score.byType[type]; return s === undefined ? '-' : fmt(s); }));
  }
  line('tokens/s', names.map((n) => Math.round(results.get(n)!.tokensPerSecond).toLocaleString('en')));
  console.log(`\ntokens/s are per second of CPU time. Ours on given tokens; the whole tag() path on plain text: ${fullTextTokensPerSecond.toLocaleString('en')} tokens/s.`);
}

function fmt(s: { f1: number; precision: number; recall: number }): string {
  return `${s.f1.toFixed(4)} (${s.precision.toFixed(2)}/${s.recall.toFixed(2)})`;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
