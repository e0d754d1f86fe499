/**
 * Stance step evaluation on the statements development set (or `--data DIR` of
 * the same layout). Prints P/R/F1 overall and per relation; `--errors` lists
 * each document's missed and spurious stances on stderr; `--json` prints one
 * JSON object on stdout.
 */
import { join } from 'node:path';
import { evaluateStances } from '../../src/extract/stances/dev-eval.js';
import { log, scriptArgs } from '../../src/util/cli-args.js';
import { sharedDir } from '../../src/util/paths.js';

const args = scriptArgs();
const shared = sharedDir();
if (!shared) {
  log('stances eval: ../shared not found (set COMMUNIQUE_SHARED); nothing to score');
  process.exit(2);
}
const dataDir = args.data ?? join(shared, 'data', 'statements');
const started = performance.now();
const result = await evaluateStances(dataDir, shared).catch((error: unknown) => {
  log(`stances eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
const ms = Math.round(performance.now() - started);

if (args.argv.includes('--errors')) {
  for (const doc of result.errors) {
    if (doc.missed.length + doc.spurious.length === 0) continue;
    log(`== ${doc.source}`);
    for (const m of doc.missed) log(`  MISSED   ${m}`);
    for (const s of doc.spurious) log(`  SPURIOUS ${s}`);
  }
}
const fmt = (x: number | null): string => (x === null ? '    -' : x.toFixed(3));
if (args.json) {
  process.stdout.write(JSON.stringify({ data: dataDir, documents: result.documents, ms, stances: result.stances, perDocument: result.perDocument }) + '\n');
} else {
  const s = result.stances;
  log(`stances on ${result.documents} documents (${dataDir}), ${ms} ms`);
  log(`                P      R      F1     tp  gold system`);
  log(`all         ${fmt(s.precision)}  ${fmt(s.recall)}  ${fmt(s.f1)}  ${String(s.tp).padStart(4)} ${String(s.gold).padStart(5)} ${String(s.system).padStart(6)}`);
  for (const [rel, r] of Object.entries(s.byRelation)) {
    log(`  ${rel.padEnd(9)} ${fmt(r.precision)}  ${fmt(r.recall)}  ${fmt(r.f1)}  ${String(r.tp).padStart(4)} ${String(r.gold).padStart(5)} ${String(r.system).padStart(6)}`);
  }
}
