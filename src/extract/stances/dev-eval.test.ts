import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { sharedDir } from '../../util/paths.js';
import { evaluateStances } from './dev-eval.js';

// Pinned below the measured figure (0.966 when pinned) so that only a real regression fails.
const F1_FLOOR = 0.9;

const shared = sharedDir();

test('keeps stance F1 on the statements development set above the pinned floor', { skip: shared === null ? '../shared is absent' : false }, async () => {
  const result = await evaluateStances(join(shared!, 'data', 'statements'), shared!);
  assert.ok(result.documents > 0, 'no gold documents were read');
  assert.ok((result.stances.f1 ?? 0) >= F1_FLOOR, `stance F1 ${result.stances.f1} is below ${F1_FLOOR}`);
});
