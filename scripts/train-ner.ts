/**
 * Trains the English entity tagger from CoNLL-2003 `train.txt` and writes
 * `models/ner-en.stage1.bin.gz`, `models/ner-en.stage2.bin.gz` and
 * `models/ner-en.common-words.txt` and `models/ner-en.manifest.json`. The
 * gazetteer (`models/ner-gazetteer.json`, from `scripts/ner/build-gazetteer.ts`)
 * must exist first; with `--clusters`, so must `models/ner-clusters.tsv`
 * (`scripts/ner/train-clusters.ts`).
 *
 *   npx tsx scripts/train-ner.ts [--data train.txt] [--dev dev.txt] [--epochs N] [--folds K] [--out DIR] [--clusters] [--json]
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { flagValue, log, scriptArgs } from '../src/util/cli-args.js';
import { MODELS_DIR, sharedDir } from '../src/util/paths.js';
import { parseConll } from '../src/extract/entities/conll/conll-reader.js';
import type { ConllDocument } from '../src/extract/entities/conll/conll-reader.js';
import { bilouOfSpans, iobOfBilou, spansOfIob } from '../src/extract/entities/conll/tag-spans.js';
import { conllEval } from '../src/extract/entities/conll/conlleval.js';
import { Gazetteer } from '../src/extract/entities/gazetteer/gazetteer.js';
import { documentFeatures } from '../src/extract/entities/tagger/doc-features.js';
import { FEATURE_SET_DESCRIPTION } from '../src/extract/entities/tagger/feature-templates.js';
import { decodeGreedy } from '../src/extract/entities/tagger/greedy-decoder.js';
import type { WeightLookup } from '../src/extract/entities/tagger/greedy-decoder.js';
import { LABEL_COUNT } from '../src/extract/entities/tagger/labels.js';
import { staticFeatures } from '../src/extract/entities/tagger/static-features.js';
import type { FeatureResources } from '../src/extract/entities/tagger/static-features.js';
import { tagDocument } from '../src/extract/entities/tagger/tag-document.js';
import { CachedScorer } from '../src/extract/entities/tagger/cached-scorer.js';
import { WeightTable } from '../src/extract/entities/tagger/weight-table.js';
import { WordClusters } from '../src/extract/entities/tagger/word-clusters.js';
import { PerceptronTrainer } from './ner/perceptron-trainer.js';
import type { TrainDocument } from './ner/perceptron-trainer.js';
import { shuffled } from './ner/shuffle.js';
import { TRAINING } from './ner/training-settings.js';

const args = scriptArgs();
const shared = sharedDir();
const trainFile = args.data ?? (shared === null ? undefined : join(shared, 'data/ner/conll2003/train.txt'));
if (trainFile === undefined || !existsSync(trainFile)) throw new Error('train-ner: no training file; pass --data PATH to a CoNLL-2003 file');
const devFile = flagValue(args.argv, '--dev') ?? (shared === null ? undefined : join(shared, 'data/ner/conll2003/dev.txt'));
const outDir = flagValue(args.argv, '--out') ?? MODELS_DIR;
const epochs = Number(flagValue(args.argv, '--epochs') ?? TRAINING.epochs);
const folds = Number(flagValue(args.argv, '--folds') ?? TRAINING.folds);
const started = Date.now();

const gazetteerFile = join(outDir, 'ner-gazetteer.json');
const clustersFile = join(outDir, 'ner-clusters.tsv');
const resources: FeatureResources = {
  gazetteer: Gazetteer.load(gazetteerFile),
  // opt-in: clusters from the small unlabeled text at hand lowered dev F1 (0.9213 with, 0.9244 without)
  clusters: args.argv.includes('--clusters') && existsSync(clustersFile) ? WordClusters.load(clustersFile) : null,
};
log(`gazetteer loaded; clusters: ${resources.clusters?.size ?? 'none'}`);

const trainText = readFileSync(trainFile, 'utf8');
const docs = prepare(parseConll(trainText));
log(`${docs.length} training documents prepared in ${((Date.now() - started) / 1000).toFixed(1)} s`);

// First pass on held-out folds, so the second pass learns from first-pass labels as noisy as on new text.
const jackknifed: Uint8Array[][] = docs.map(() => []);
if (folds > 1) {
  for (let f = 0; f < folds; f++) {
    const held = docs.map((_, i) => i).filter((i) => i % folds === f);
    const heldSet = new Set(held);
    const model = train(docs.filter((_, i) => !heldSet.has(i)), TRAINING.foldEpochs, `fold ${f + 1}/${folds}`);
    const table = new CachedScorer(WeightTable.fromRows(model.averaged(), LABEL_COUNT, 0), resources.clusters);
    for (const i of held) jackknifed[i] = predict(docs[i]!, table);
  }
}
const stage1 = train(docs, epochs, 'stage 1');
const stage1Table = WeightTable.fromRows(stage1.averaged(), LABEL_COUNT, TRAINING.pruneBelow);
let stage2Table: WeightTable | null = null;
if (folds > 1) {
  docs.forEach((d, i) => (d.extra = documentFeatures(d.words, jackknifed[i]!)));
  const stage2 = train(docs, epochs, 'stage 2');
  stage2Table = WeightTable.fromRows(stage2.averaged(), LABEL_COUNT, TRAINING.pruneBelow);
}
const trainSeconds = (Date.now() - started) / 1000;

writeFileSync(join(outDir, 'ner-en.stage1.bin.gz'), stage1Table.toBuffer());
const commonWords = commonLowerCaseWords(docs);
writeFileSync(join(outDir, 'ner-en.common-words.txt'), commonWords.join('\n') + '\n');
if (stage2Table !== null) writeFileSync(join(outDir, 'ner-en.stage2.bin.gz'), stage2Table.toBuffer());

let dev: ReturnType<typeof conllEval> | null = null;
if (devFile !== undefined && existsSync(devFile)) {
  const devDocs = parseConll(readFileSync(devFile, 'utf8'));
  const gold: string[][] = [];
  const pred: string[][] = [];
  for (const d of devDocs) {
    const words = d.sentences.map((s) => s.tokens);
    const labels = tagDocument(words, { stage1: new CachedScorer(stage1Table, resources.clusters), stage2: stage2Table === null ? null : new CachedScorer(stage2Table, resources.clusters), resources });
    d.sentences.forEach((s, i) => {
      gold.push([...s.tags]);
      pred.push(iobOfBilou(labels[i]!));
    });
  }
  dev = conllEval(gold, pred);
  log(`dev F1 ${dev.f1.toFixed(4)} (P ${dev.precision.toFixed(4)}, R ${dev.recall.toFixed(4)})`);
}

const manifest = {
  model: 'ner-en',
  kind: 'two-pass greedy averaged perceptron, BILOU labels, hashed features',
  created: new Date().toISOString(),
  data: { file: trainFile.split('/').slice(-3).join('/'), sha256: createHash('sha256').update(trainText).digest('hex'), documents: docs.length },
  files: {
    stage1: { file: 'ner-en.stage1.bin.gz', rows: stage1Table.keys.length },
    stage2: stage2Table === null ? null : { file: 'ner-en.stage2.bin.gz', rows: stage2Table.keys.length },
    gazetteer: 'ner-gazetteer.json',
    commonWords: { file: 'ner-en.common-words.txt', words: commonWords.length },
    clusters: resources.clusters === null ? null : 'ner-clusters.tsv',
  },
  features: FEATURE_SET_DESCRIPTION,
  training: { ...TRAINING, epochs, folds, seconds: Math.round(trainSeconds) },
  figures: dev === null ? null : { dev: { f1: round(dev.f1), precision: round(dev.precision), recall: round(dev.recall), byType: Object.fromEntries(Object.entries(dev.byType).map(([t, s]) => [t, round(s.f1)])) } },
};
writeFileSync(join(outDir, 'ner-en.manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
if (args.json) process.stdout.write(JSON.stringify(manifest) + '\n');
log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);

function prepare(conll: readonly ConllDocument[]): TrainDocument[] {
  return conll.map((d) => {
    const words = d.sentences.map((s) => s.tokens);
    return {
      words,
      gold: d.sentences.map((s) => bilouOfSpans(spansOfIob(s.tags), s.tokens.length)),
      feats: staticFeatures(words, resources),
      extra: null,
    };
  });
}

function train(set: readonly TrainDocument[], n: number, name: string): PerceptronTrainer {
  const trainer = new PerceptronTrainer(resources.clusters);
  for (let e = 0; e < n; e++) {
    const t = Date.now();
    const err = trainer.epoch(shuffled(set, TRAINING.seed + e));
    log(`${name} epoch ${e + 1}/${n}: token error ${(100 * err).toFixed(2)}%, ${trainer.size} rows, ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  return trainer;
}

function predict(doc: TrainDocument, table: WeightLookup): Uint8Array[] {
  return doc.words.map((s, i) => {
    const out = new Uint8Array(s.length);
    decodeGreedy(s, doc.feats[i]!, null, table, out);
    return out;
  });
}

/**
 * Words the training text writes in lower case at least COMMON_WORD_MIN times
 * and more often than capitalized inside a sentence: ordinary words, which the
 * rules never take for a name on their own at a sentence start.
 */
function commonLowerCaseWords(set: readonly TrainDocument[]): string[] {
  const lower = new Map<string, number>();
  const capital = new Map<string, number>();
  for (const d of set) {
    for (const s of d.words) {
      s.forEach((w, i) => {
        if (/^\p{Ll}+$/u.test(w)) lower.set(w, (lower.get(w) ?? 0) + 1);
        else if (i > 0 && /^\p{Lu}\p{Ll}+$/u.test(w)) capital.set(w.toLowerCase(), (capital.get(w.toLowerCase()) ?? 0) + 1);
      });
    }
  }
  return [...lower].filter(([w, n]) => n >= TRAINING.commonWordMin && n > (capital.get(w) ?? 0)).map(([w]) => w).sort();
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
