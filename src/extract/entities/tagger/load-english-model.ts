/**
 * Loads the trained English model (`models/ner-en.*`) and its gazetteer and
 * word clusters, as named by the model manifest.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Gazetteer } from '../gazetteer/gazetteer.js';
import type { TwoPassModel } from './tag-document.js';
import { CachedScorer } from './cached-scorer.js';
import { WeightTable } from './weight-table.js';
import { WordClusters } from './word-clusters.js';

interface Manifest {
  readonly files: {
    readonly stage1: { readonly file: string };
    readonly stage2: { readonly file: string } | null;
    readonly gazetteer: string;
    readonly clusters: string | null;
    readonly commonWords?: { readonly file: string };
  };
}

/** The English model and the gazetteer it was trained with, from `modelDir`. */
export function loadEnglishModel(modelDir: string): TwoPassModel & { readonly gazetteer: Gazetteer; readonly commonWords: ReadonlySet<string> } {
  const manifestFile = join(modelDir, 'ner-en.manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(`entities: no English NER model in ${modelDir} (ner-en.manifest.json missing); run "npx tsx scripts/train-ner.ts" to train it`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const gazetteer = Gazetteer.load(join(modelDir, manifest.files.gazetteer));
  const clusters = manifest.files.clusters === null ? null : WordClusters.load(join(modelDir, manifest.files.clusters));
  const table = (file: string) => new CachedScorer(WeightTable.fromBuffer(readFileSync(join(modelDir, file))), clusters);
  return {
    stage1: table(manifest.files.stage1.file),
    stage2: manifest.files.stage2 === null ? null : table(manifest.files.stage2.file),
    resources: { gazetteer, clusters },
    gazetteer,
    commonWords: new Set(manifest.files.commonWords === undefined ? [] : readFileSync(join(modelDir, manifest.files.commonWords.file), 'utf8').split('\n').filter((w) => w !== '')),
  };
}
