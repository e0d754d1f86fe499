/**
 * Development check of `extractEvents` on the statements dev set: runs it
 * over every gold statement body (with gold entities located by string
 * search, gold dates and issuers), and scores the events with the shared
 * scorer's rules (type and place, and actors when gold lists them).
 *
 *   npx tsx bench/events/statements-dev.ts [--data DIR] [--json] [--details]
 *
 * `--data` is a folder holding `gold/` and `raw/` like `shared/data/statements`.
 */
import { join } from 'node:path';
import type { Event } from '../../src/model/contract.js';
import { log, scriptArgs } from '../../src/util/cli-args.js';
import { sharedDir } from '../../src/util/paths.js';
import { scoreStatementEvents } from './score-statements.js';
import type { GoldStatement, SharedScorer } from './shared-scorer.js';

const args = scriptArgs();
const shared = sharedDir();
if (!shared) {
  log('No shared folder beside the repository: the shared scorer is needed.');
  process.exit(2);
}
const result = await scoreStatementEvents(shared, args.data ?? join(shared, 'data', 'statements'));
for (const e of result.errors) log(e);
const e = result.events;

if (args.json) {
  process.stdout.write(JSON.stringify({ events: { precision: e.precision, recall: e.recall, f1: e.f1, tp: e.tp, gold: e.gold, system: e.system } }) + '\n');
} else {
  if (args.argv.includes('--details')) {
    for (const doc of result.documents) details(result.scorer, doc.source, doc.statements, result.system.get(doc.key) ?? []);
  }
  log(`${result.documents.length} documents, extraction in ${result.ms.toFixed(0)} ms`);
  log(`events  P ${fmt(e.precision)}  R ${fmt(e.recall)}  F1 ${fmt(e.f1)}  (tp ${e.tp}, gold ${e.gold}, system ${e.system})`);
}

// One line per gold event (found or not) and per system event (matched or spurious).
function details(sc: SharedScorer, source: string, gold: readonly GoldStatement[], system: readonly (readonly Event[])[]): void {
  gold.forEach((g, i) => {
    log(`\n== ${source} #${i}`);
    const events = system[i] ?? [];
    const matchesGold = (ge: NonNullable<GoldStatement['events']>[number], se: Event) =>
      sc.codeMatches(se.type, sc.alternatives(ge.type)) && sc.nameMatches(se.place, sc.alternatives(ge.place ?? null))
      && (ge.actors ?? []).every((names) => se.actors.some((a) => sc.nameMatches(a, sc.alternatives(names))));
    for (const ge of g.events ?? []) {
      const hit = events.some((se) => matchesGold(ge, se));
      log(`  ${hit ? 'found ' : 'MISSED'} ${ge.optional ? '(opt) ' : ''}${ge.type} @ ${ge.place} by [${(ge.actors ?? []).join('; ')}]`);
    }
    for (const se of events) {
      const hit = (g.events ?? []).some((ge) => matchesGold(ge, se));
      log(`  ${hit ? 'ok    ' : 'EXTRA '} ${se.type} @ ${se.place} by [${se.actors.join('; ')}] date ${se.date} dead ${se.fatalities} | ${se.evidence.slice(0, 110)}`);
    }
  });
}

function fmt(x: number | null): string {
  return x === null ? '-' : x.toFixed(3);
}
