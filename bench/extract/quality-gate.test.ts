import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { sharedDir } from '../../src/util/paths.js';
import { loadDataset } from './load-dataset.js';
import { communiquePeer } from './peers/communique.js';
import { runPeer } from './run-peer.js';

/** Pinned a little under what the extractor reaches on the shared pages (0.984 when pinned). */
const F1_FLOOR = 0.975;

const shared = sharedDir();
const dir = shared === null ? null : join(shared, 'data', 'article-extraction');
const skip = dir === null || !existsSync(join(dir, 'ground-truth.json')) ? 'shared article-extraction data is absent' : false;

test(`article extraction F1 on the shared benchmark pages stays at or above ${F1_FLOOR}`, { skip }, () => {
  const result = runPeer(communiquePeer, loadDataset(dir!), 1);
  assert.ok(result.f1 >= F1_FLOOR, `F1 ${result.f1.toFixed(4)} fell under ${F1_FLOOR}`);
});
