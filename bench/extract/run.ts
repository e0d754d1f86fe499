/**
 * Article-extraction benchmark: Communiqué's HTML extractor against Mozilla
 * Readability (on linkedom) over the same pages, scored as the Zyte benchmark
 * scores them.
 *
 *   npx tsx bench/extract/run.ts [--data DIR] [--json] [--rounds N] [--pages]
 *
 * `--data` is a folder with `html/<id>.html.gz` and `ground-truth.json`
 * (default `../shared/data/article-extraction`); `--pages` logs per-page F1.
 * @module
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { flagValue, log, scriptArgs } from '../../src/util/cli-args.js';
import { sharedDir } from '../../src/util/paths.js';
import { loadDataset } from './load-dataset.js';
import { communiquePeer } from './peers/communique.js';
import type { ExtractorPeer } from './peers/peer.js';
import { readabilityPeer } from './peers/readability.js';
import { runPeer } from './run-peer.js';
import type { PeerResult } from './run-peer.js';
import { pagePrecision, pageRecall } from './score.js';

const PEERS: readonly ExtractorPeer[] = [communiquePeer, readabilityPeer];

function main(): void {
  const args = scriptArgs();
  const shared = sharedDir();
  const dir = args.data ?? (shared === null ? null : join(shared, 'data', 'article-extraction'));
  if (dir === null) {
    log('no data: pass --data DIR or put the shared folder beside the repository');
    process.exitCode = 2;
    return;
  }
  if (!existsSync(join(dir, 'ground-truth.json'))) {
    log(`no ground-truth.json in ${dir}`);
    process.exitCode = 2;
    return;
  }
  const rounds = Number(flagValue(args.argv, '--rounds') ?? '2');
  const only = flagValue(args.argv, '--only');
  const pages = loadDataset(dir);
  log(`${pages.length} pages from ${dir}`);
  const results: Record<string, PeerResult> = {};
  for (const peer of PEERS) {
    if (only !== undefined && peer.name !== only) continue;
    results[peer.name] = runPeer(peer, pages, rounds);
    log(`${peer.name}: done`);
  }
  if (args.argv.includes('--pages')) {
    for (let i = 0; i < pages.length; i++) {
      const cells = Object.entries(results).map(([name, r]) => {
        const c = r.perPage[i]!;
        const p = pagePrecision(c);
        const rc = pageRecall(c);
        return `${name} P=${p.toFixed(2)} R=${rc.toFixed(2)}`;
      });
      log(`${pages[i]!.id.slice(0, 8)}  ${cells.join('  ')}  ${pages[i]!.url ?? ''}`);
    }
  }
  const figures = Object.fromEntries(Object.entries(results).map(([name, r]) => [name, {
    f1: round(r.f1), precision: round(r.precision), recall: round(r.recall),
    accuracy: round(r.accuracy), pagesPerSecond: Math.round(r.pagesPerSecond),
  }]));
  if (args.json) {
    process.stdout.write(JSON.stringify(figures) + '\n');
    return;
  }
  console.log(`article extraction, ${pages.length} pages (${dir})`);
  console.log('extractor      F1      precision  recall  accuracy  pages/s');
  for (const [name, f] of Object.entries(figures)) {
    console.log(`${name.padEnd(13)}  ${f.f1.toFixed(4)}  ${f.precision.toFixed(4)}     ${f.recall.toFixed(4)}  ${f.accuracy.toFixed(4)}    ${f.pagesPerSecond}`);
  }
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

main();
