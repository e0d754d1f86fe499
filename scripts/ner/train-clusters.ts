/**
 * Learns word clusters from unlabeled text (the CoNLL training tokens and the
 * Brown corpus) and writes `models/ner-clusters.tsv` (`path<TAB>word`), which
 * `scripts/train-ner.ts` then uses as features.
 *
 *   npx tsx scripts/ner/train-clusters.ts [--data train.txt] [--out models/ner-clusters.tsv]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { flagValue, log, scriptArgs } from '../../src/util/cli-args.js';
import { MODELS_DIR, sharedDir } from '../../src/util/paths.js';
import { unlabeledSentences } from './unlabeled-text.js';
import { clusterWords } from './word-clustering.js';
import { CLUSTERING } from './training-settings.js';

const args = scriptArgs();
const shared = sharedDir();
const data = args.data ?? (shared === null ? undefined : join(shared, 'data/ner/conll2003/train.txt'));
if (data === undefined) throw new Error('train-clusters: no training text; pass --data PATH');
const out = flagValue(args.argv, '--out') ?? join(MODELS_DIR, 'ner-clusters.tsv');
const t0 = Date.now();
const paths = clusterWords(unlabeledSentences(data), CLUSTERING);
writeFileSync(out, [...paths].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0])).map(([w, p]) => `${p}\t${w}`).join('\n') + '\n');
log(`wrote ${out}: ${paths.size} words in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
