/**
 * Scores the whole pipeline on the shared statements set: extraction in this
 * process, scoring by ../shared/eval/score.mjs. Shared by the quality gate
 * and the floor-updating script.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInput } from '../../src/ingest/index.js';
import { createExtractor } from '../../src/pipeline/extract-document.js';

/** The figures the gate pins, read from the scorer's JSON by path. */
export const GATED_FIGURES = [
  'statements.f1', 'body.f1', 'title.accuracy', 'issuers.f1', 'date.accuracy', 'published.accuracy', 'place.accuracy',
  'language.accuracy', 'comments.countExact.accuracy', 'comments.authors.f1', 'entities.f1', 'geocoding.accuracy', 'stances.f1', 'events.f1',
] as const;

export interface StatementsScore {
  readonly digest: string;
  readonly figures: Record<string, number | null>;
  readonly mustRemoveLeaks: number;
  readonly raw: unknown;
}

/** Runs extraction over `shared/data/statements/raw` and scores it. */
export async function scoreStatements(shared: string): Promise<StatementsScore> {
  const raw = join(shared, 'data/statements/raw');
  const gold = join(shared, 'data/statements/gold');
  const files = readdirSync(raw).sort();
  const digest = createHash('sha256');
  const extract = await createExtractor();
  const lines: string[] = [];
  for (const f of files) {
    digest.update(f).update(readFileSync(join(raw, f)));
    for await (const item of readInput(join(raw, f))) {
      if (item.kind === 'document') lines.push(JSON.stringify(extract(item.document).result));
    }
  }
  const tmp = mkdtempSync(join(tmpdir(), 'communique-gate-'));
  try {
    const out = join(tmp, 'system.jsonl');
    writeFileSync(out, lines.join('\n') + '\n');
    const r = spawnSync(process.execPath, [join(shared, 'eval/score.mjs'), '--gold', gold, '--raw', raw, '--system', out, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`score.mjs failed: ${r.stderr}`);
    const json = JSON.parse(r.stdout);
    const figures: Record<string, number | null> = {};
    for (const path of GATED_FIGURES) figures[path] = path.split('.').reduce<any>((o, k) => (o == null ? null : o[k]), json) ?? null;
    return { digest: digest.digest('hex'), figures, mustRemoveLeaks: json.mustRemove?.leaks ?? 0, raw: json };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
