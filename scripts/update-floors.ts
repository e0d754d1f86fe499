/**
 * Re-pins the quality gate's floors (test/quality/statements-floors.json) to
 * what the pipeline scores now. Floors only go up, unless
 * --allow-regression is given, so a regression is always a visible decision.
 *
 *   npm run gate:update -- [--allow-regression]
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { log } from '../src/util/cli-args.js';
import { REPO_ROOT, sharedDir } from '../src/util/paths.js';
import { scoreStatements } from '../test/quality/statements-score.js';

const shared = sharedDir();
if (!shared) {
  log('gate:update: ../shared is absent');
  process.exit(2);
}
const allowRegression = process.argv.includes('--allow-regression');
/**
 * Floors sit this far under today's figure: the steps interact (a better
 * tagger moves the event figures), so a floor at the exact figure would fail on
 * every change elsewhere, while a real regression is larger than this.
 */
const MARGIN = 0.01;
const file = join(REPO_ROOT, 'test/quality/statements-floors.json');
let current: { floors: Record<string, number> } = { floors: {} };
try {
  current = JSON.parse(readFileSync(file, 'utf8'));
} catch {
  // first run: no floors yet
}
const score = await scoreStatements(shared);
const floors: Record<string, number> = {};
for (const [k, v] of Object.entries(score.figures)) {
  if (v === null) continue;
  const now = Math.floor((v - MARGIN) * 1000) / 1000;
  const before = current.floors[k];
  if (allowRegression || before === undefined) floors[k] = now;
  else {
    if (v < before) log(`gate:update: ${k} is ${v}, under its floor ${before}; keeping the floor (use --allow-regression to lower it)`);
    floors[k] = Math.max(now, before);
  }
}
writeFileSync(file, JSON.stringify({ ...current, digest: score.digest, floors, maxMustRemoveLeaks: score.mustRemoveLeaks, updated: new Date().toISOString().slice(0, 10) }, null, 2) + '\n');
log(`gate:update: wrote ${file}`);
console.log(JSON.stringify(floors, null, 2));
