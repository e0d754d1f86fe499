/**
 * Running the shared scorer on a perfect system output and listing every figure that
 * falls short of perfect: with consistent gold, all of them are 1 (or empty).
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Scorer figures (paths into its JSON) that must be exactly 1 for a perfect output. */
export const PERFECT_FIGURES: readonly string[] = [
  'statements.f1', 'body.f1', 'title.accuracy', 'issuers.f1', 'date.accuracy', 'published.accuracy', 'place.accuracy',
  'language.accuracy', 'entities.f1', 'geocoding.accuracy', 'stances.f1', 'events.f1',
  'comments.countExact.accuracy', 'comments.authors.f1', 'comments.dates.accuracy',
];

/** The scorer's JSON and the figures that are not perfect. */
export interface PerfectScore {
  readonly scorer: Record<string, unknown>;
  readonly shortfalls: string[];
}

/** Scores `documents` (one contract object per gold file) with `score.mjs` and checks them. */
export function scorePerfect(scoreScript: string, goldDir: string, rawDir: string, documents: readonly unknown[]): PerfectScore {
  const tmp = mkdtempSync(join(tmpdir(), 'communique-check-gold-'));
  try {
    const out = join(tmp, 'perfect.jsonl');
    writeFileSync(out, documents.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const run = spawnSync(process.execPath, [scoreScript, '--gold', goldDir, '--raw', rawDir, '--system', out, '--json', '--per-doc'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (run.status !== 0) return { scorer: {}, shortfalls: [`score.mjs exited with ${run.status}: ${run.stderr.trim()}`] };
    const scorer = JSON.parse(run.stdout) as Record<string, unknown>;
    return { scorer, shortfalls: shortfallsOf(scorer) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function shortfallsOf(scorer: Record<string, unknown>): string[] {
  const shortfalls: string[] = [];
  for (const path of PERFECT_FIGURES) {
    const value = at(scorer, path);
    if (value !== null && value !== undefined && value !== 1) shortfalls.push(`${path} = ${String(value)}`);
  }
  const leaks = at(scorer, 'mustRemove.leaks');
  if (at(scorer, 'comments.countError') !== 0) shortfalls.push(`comments.countError = ${String(at(scorer, 'comments.countError'))}`);
  if (leaks !== 0) shortfalls.push(`mustRemove.leaks = ${String(leaks)}: ${JSON.stringify(at(scorer, 'mustRemove.leaked'))}`);
  const missing = at(scorer, 'documents.missing');
  if (Array.isArray(missing) && missing.length > 0) shortfalls.push(`documents without output: ${missing.join(', ')}`);
  return shortfalls;
}

function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), value);
}
