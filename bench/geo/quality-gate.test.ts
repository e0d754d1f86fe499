import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../../src/util/paths.js';
import { DEFAULT_GAZETTEER_DIR, loadGazetteer, loadPlaceResolver } from '../../src/extract/places/index.js';
import { buildGazetteerIndex } from '../../scripts/gazetteer/build-gazetteer-index.js';
import { createContainment } from './containment.js';
import { evaluateResolution, sampleArticles } from './evaluate.js';
import { readCorpus } from './read-corpora.js';

/**
 * Pinned floors of accuracy@161 km when resolving the gold toponyms of every
 * third article. Measured when pinned (GeoNames' own country points, context
 * fixes, natural features and airports): GeoVirus 0.806 (687 toponyms),
 * TR-News 0.887 (433); the floors sit two points below so only a regression fails.
 */
const FLOORS: Readonly<Record<string, number>> = { 'GeoVirus': 0.78, 'TR-News': 0.86 };

const shared = sharedDir();
const dataDir = shared === null ? null : join(shared, 'data', 'geoparsing');

test('resolving gold toponyms stays above the pinned accuracy@161 km floor on a sample of each corpus', { skip: dataDir === null || !existsSync(dataDir) ? '../shared/data/geoparsing is absent' : false }, () => {
  // A no-op when the index is up to date (as after `npm run build`).
  buildGazetteerIndex({ outDir: DEFAULT_GAZETTEER_DIR });
  const resolver = loadPlaceResolver();
  const containment = createContainment(loadGazetteer(DEFAULT_GAZETTEER_DIR));
  for (const [name, floor] of Object.entries(FLOORS)) {
    const corpus = sampleArticles(readCorpus(join(dataDir!, `${name}.xml`)), 3);
    const { figures } = evaluateResolution(corpus, resolver, containment);
    assert.ok(figures.n > 200, `${name}: ${figures.n} toponyms sampled`);
    assert.ok(figures.accuracy161 >= floor, `${name}: accuracy@161 ${figures.accuracy161.toFixed(3)} is below the floor ${floor}`);
  }
});
