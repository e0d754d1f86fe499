/**
 * Runs one peer over the loaded pages: outputs from the first round, speed
 * from the fastest round (the first includes JIT warm-up for every peer alike).
 * @module
 */
import type { BenchPage } from './load-dataset.js';
import type { ExtractorPeer } from './peers/peer.js';
import { aggregate, scorePage } from './score.js';
import type { PageCounts, Scores } from './score.js';

/** A peer's figures on one data set. */
export interface PeerResult extends Scores {
  readonly pagesPerSecond: number;
  /** Per-page counts, in page order. */
  readonly perPage: readonly PageCounts[];
  readonly outputs: readonly string[];
}

/** Extracts every page `rounds` times and scores the first round's outputs. */
export function runPeer(peer: ExtractorPeer, pages: readonly BenchPage[], rounds: number): PeerResult {
  let outputs: string[] = [];
  let best = Infinity;
  for (let r = 0; r < Math.max(1, rounds); r++) {
    const round: string[] = [];
    const start = performance.now();
    for (const page of pages) round.push(peer.extract(page.html, page.url));
    const ms = performance.now() - start;
    best = Math.min(best, ms);
    if (r === 0) outputs = round;
  }
  const perPage = pages.map((page, i) => scorePage(page.truth, outputs[i] ?? ''));
  return { ...aggregate(perPage), pagesPerSecond: pages.length / (best / 1000), perPage, outputs };
}
