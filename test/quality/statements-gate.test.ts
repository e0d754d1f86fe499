/**
 * Quality gate: the pipeline's figures on the shared statements set may not
 * drop below the floors pinned in statements-floors.json (see
 * scripts/update-floors.ts to raise them). Skipped when ../shared is absent.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sharedDir, sourceDirOf } from '../../src/util/paths.js';
import { scoreStatements } from './statements-score.js';

const shared = sharedDir();
/** Scores may wobble by this much between runs of the same code (none do today; kept for float noise). */
const TOLERANCE = 0.0005;

describe('quality gate: statements', { skip: shared ? false : '../shared is absent' }, () => {
  it('should keep every figure at or above its pinned floor', async () => {
    const floors = JSON.parse(readFileSync(join(sourceDirOf(import.meta.url), 'statements-floors.json'), 'utf8')) as { digest: string; floors: Record<string, number>; maxMustRemoveLeaks: number };
    const score = await scoreStatements(shared!);
    const drops = Object.entries(floors.floors)
      .filter(([k, floor]) => (score.figures[k] ?? 0) < floor - TOLERANCE)
      .map(([k, floor]) => `${k}: ${score.figures[k]} < floor ${floor}`);
    assert.deepEqual(drops, [], `figures dropped below their floors (corpus digest ${score.digest.slice(0, 12)}${score.digest === floors.digest ? '' : ', which differs from the pinned one'})`);
    assert.ok(score.mustRemoveLeaks <= floors.maxMustRemoveLeaks, `${score.mustRemoveLeaks} mustRemove leaks`);
  });
});
