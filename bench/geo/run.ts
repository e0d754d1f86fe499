/**
 * Geocoding evaluation on GeoVirus and TR-News (or `--data FILE|DIR` in the
 * same formats): accuracy@161 km, mean and median error, AUC of the log error,
 * (1) resolving the gold toponyms, (2) end to end with the entity tagger.
 *
 *   npx tsx bench/geo/run.ts [--data PATH] [--json] [--errors N] [--no-e2e]
 *
 * `--errors N` sorts the misses of each corpus by cause (see `error-analysis.ts`)
 * and lists the N most frequent per cause on stderr; with `--json` the counts
 * per cause join the figures.
 */
import { join } from 'node:path';
import { flagValue, log, scriptArgs } from '../../src/util/cli-args.js';
import { sharedDir } from '../../src/util/paths.js';
import { DEFAULT_GAZETTEER_DIR, loadGazetteer, loadPlaceResolver } from '../../src/extract/places/index.js';
import { createContainment } from './containment.js';
import { causeCounts, classifyMisses, missReport } from './error-analysis.js';
import type { MissCause } from './error-analysis.js';
import { corpusFiles, readCorpus } from './read-corpora.js';
import { evaluateEndToEnd, evaluateResolution, figuresOf } from './evaluate.js';
import type { EndToEndResult, SpanMisses, SpanTagger, ToponymOutcome } from './evaluate.js';
import type { GeocodingFigures } from './metrics.js';

const args = scriptArgs();
const shared = sharedDir();
const dataPath = args.data ?? (shared === null ? undefined : join(shared, 'data', 'geoparsing'));
if (dataPath === undefined) {
  log('eval:geo: no data (../shared is absent); give --data FILE|DIR');
  process.exit(2);
}
const showErrors = Number(flagValue(args.argv, '--errors') ?? 0);

const loadStart = performance.now();
const resolver = loadPlaceResolver();
log(`eval:geo: gazetteer loaded in ${(performance.now() - loadStart).toFixed(0)} ms`);
const gazetteer = loadGazetteer(DEFAULT_GAZETTEER_DIR);
const containment = createContainment(gazetteer);
const tagger = args.argv.includes('--no-e2e') ? null : await loadTagger();

const corpora: Record<string, {
  resolution: GeocodingFigures; endToEnd: EndToEndSummary | null; misses?: Record<MissCause, { n: number; share: number }>;
}> = {};
const allOutcomes: ToponymOutcome[] = [];
const e2eAll: EndToEndResult[] = [];
for (const file of corpusFiles(dataPath)) {
  const corpus = readCorpus(file);
  const res = evaluateResolution(corpus, resolver, containment);
  allOutcomes.push(...res.outcomes);
  log(`${corpus.name}: resolution ${fmt(res.figures)} (${res.ms.toFixed(0)} ms)`);
  let misses: Record<MissCause, { n: number; share: number }> | undefined;
  if (showErrors > 0) {
    const classified = classifyMisses(gazetteer, res.outcomes);
    misses = causeCounts(classified, res.outcomes.length);
    for (const line of missReport(classified, res.outcomes.length, showErrors)) log(line);
  }
  let e2e: EndToEndSummary | null = null;
  if (tagger !== null) {
    const r = evaluateEndToEnd(corpus, resolver, tagger, containment);
    e2eAll.push(r);
    e2e = summarize(r);
    log(`${corpus.name}: end to end  ${fmt(r.figures)}; spans P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)}; found ${r.found}/${r.gold} (${r.ms.toFixed(0)} ms)`);
    if (showErrors > 0) log(`  span problems: boundary ${r.spanMisses.boundary}, other entity type ${r.spanMisses.otherType}, not tagged ${r.spanMisses.missed}`);
  }
  corpora[corpus.name] = { resolution: res.figures, endToEnd: e2e, ...(misses === undefined ? {} : { misses }) };
}

const pooled = figuresOf(allOutcomes);
const pooledE2e = e2eAll.length === 0 ? null : poolEndToEnd(e2eAll);
if (args.json) {
  process.stdout.write(JSON.stringify({ resolution: pooled, endToEnd: pooledE2e ?? { pending: 'entity tagger (src/extract/entities) not available' }, corpora }) + '\n');
} else {
  log(`all: resolution ${fmt(pooled)}`);
  if (pooledE2e !== null) log(`all: end to end  acc@161 ${pooledE2e.accuracy161.toFixed(3)}; spans P ${pooledE2e.precision.toFixed(3)} R ${pooledE2e.recall.toFixed(3)}`);
}

interface EndToEndSummary extends GeocodingFigures {
  readonly spanMisses?: SpanMisses;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly found: number;
  readonly gold: number;
}

function summarize(r: EndToEndResult): EndToEndSummary {
  return { ...r.figures, precision: r.precision, recall: r.recall, f1: r.f1, found: r.found, gold: r.gold, spanMisses: r.spanMisses };
}

/** Span figures pooled by weighting each corpus's P and R by its counts; geocoding figures are means weighted by n. */
function poolEndToEnd(rs: readonly EndToEndResult[]): EndToEndSummary {
  const n = rs.reduce((a, r) => a + r.figures.n, 0);
  const w = (f: (r: EndToEndResult) => number) => (n === 0 ? 0 : rs.reduce((a, r) => a + f(r) * r.figures.n, 0) / n);
  const found = rs.reduce((a, r) => a + r.found, 0);
  const gold = rs.reduce((a, r) => a + r.gold, 0);
  const precision = w((r) => r.precision);
  const recall = w((r) => r.recall);
  return {
    accuracy161: w((r) => r.figures.accuracy161), accuracy161Containing: w((r) => r.figures.accuracy161Containing), meanKm: w((r) => r.figures.meanKm), medianKm: w((r) => r.figures.medianKm),
    auc: w((r) => r.figures.auc), n, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), found, gold,
  };
}

function fmt(f: GeocodingFigures): string {
  return `acc@161 ${f.accuracy161.toFixed(3)} (containing ${f.accuracy161Containing.toFixed(3)})  mean ${f.meanKm.toFixed(0)} km  median ${f.medianKm.toFixed(1)} km  AUC ${f.auc.toFixed(3)}  n ${f.n}`;
}

/** The entity tagger, when its module exists (it is written alongside); null otherwise. */
async function loadTagger(): Promise<SpanTagger | null> {
  const path = '../../src/extract/entities/index.js';
  try {
    const mod = (await import(path)) as { loadEntityTagger?: () => SpanTagger };
    if (typeof mod.loadEntityTagger !== 'function') throw new Error('no loadEntityTagger export');
    return mod.loadEntityTagger();
  } catch (err) {
    log(`eval:geo: end to end skipped, entity tagger unavailable (${(err as Error).message.split('\n')[0]})`);
    return null;
  }
}
