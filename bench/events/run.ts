/**
 * Evaluates `classifyEventText` on CASE 2021 task 2 snippets: micro and
 * macro F1 on the rows with an ACLED label (predictions outside the 25
 * count as wrong there) and on all rows, plus the most frequent confusions.
 *
 *   npx tsx bench/events/run.ts [--data FILE.tsv] [--json] [--errors]
 */
import { join } from 'node:path';
import { classifyEventText } from '../../src/extract/events/index.js';
import { isAcledType } from '../../src/extract/events/model/labels.js';
import { log, scriptArgs } from '../../src/util/cli-args.js';
import { sharedDir } from '../../src/util/paths.js';
import { f1Report, topConfusions } from './f1-score.js';
import type { F1Report, LabelPair } from './f1-score.js';
import { readCaseTsv } from './read-case-tsv.js';

const args = scriptArgs();
const shared = sharedDir();
const path = args.data ?? (shared ? join(shared, 'data', 'events', 'dev.tsv') : undefined);
if (!path) {
  log('No data: pass --data FILE.tsv, or put the shared folder beside the repository.');
  process.exit(2);
}

const rows = readCaseTsv(path);
const started = performance.now();
const pairs: (LabelPair & { text: string })[] = rows.map((r) => ({ gold: r.label, predicted: classifyEventText(r.text).type, text: r.text }));
const ms = performance.now() - started;
const acled = f1Report(pairs.filter((p) => isAcledType(p.gold)));
const all = f1Report(pairs);
const brief = (r: F1Report) => ({ microF1: round(r.microF1), macroF1: round(r.macroF1), n: r.n });

if (args.json) {
  process.stdout.write(JSON.stringify({ acled: brief(acled), all: brief(all) }) + '\n');
} else {
  log(`${rows.length} snippets from ${path} in ${ms.toFixed(0)} ms`);
  log(`ACLED rows  n=${acled.n}  micro F1 ${acled.microF1.toFixed(3)}  macro F1 ${acled.macroF1.toFixed(3)}`);
  log(`all rows    n=${all.n}  micro F1 ${all.microF1.toFixed(3)}  macro F1 ${all.macroF1.toFixed(3)}`);
  log('\nper label (all rows):');
  for (const f of all.perLabel) log(`  ${f.label.padEnd(30)} P ${f.precision.toFixed(2)}  R ${f.recall.toFixed(2)}  F1 ${f.f1.toFixed(2)}  n ${f.support}`);
  for (const [name, rows] of [['ACLED rows', pairs.filter((p) => isAcledType(p.gold))], ['all rows', pairs]] as const) {
    log(`\nmost frequent confusions, ${name} (gold -> predicted):`);
    for (const c of topConfusions(rows, 10)) log(`  ${String(c.count).padStart(3)}  ${c.gold} -> ${c.predicted}`);
  }
  if (args.argv.includes('--errors')) {
    log('\nerrors:');
    for (const p of pairs) if (p.gold !== p.predicted) log(`  [${p.gold} -> ${p.predicted}] ${p.text.slice(0, 200)}`);
  }
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
