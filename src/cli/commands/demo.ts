/**
 * `communique demo` (what `npm start` runs): ingests the bundled sample corpus,
 * then shows what the archive holds and an example search. Running it again
 * adds nothing: every document is already stored.
 * @module
 */
import { join } from 'node:path';
import { openStore } from '../../store/index.js';
import { REPO_ROOT } from '../../util/paths.js';
import { err, out, styler } from '../terminal.js';
import { ingestCommand } from './ingest.js';
import { printResults } from './search.js';
import { printStats } from './stats.js';

export interface DemoCommandOptions {
  readonly db: string;
  readonly workers?: string;
  readonly query?: string;
}

/** The folders of the sample corpus (examples/README.md describes them and is not a document). */
export const EXAMPLE_FOLDERS = ['text', 'html', 'archive', 'jsonl'] as const;

/** The example search: words the sample statements use in several languages. */
export const DEMO_QUERY = 'solidarity OR solidarité OR solidaridad';

export async function demoCommand(o: DemoCommandOptions): Promise<number> {
  const s = styler(process.stdout);
  const examples = join(REPO_ROOT, 'examples');
  err(`communique: ingesting the sample corpus in ${examples} into ${o.db}`);
  const summary = await ingestCommand(EXAMPLE_FOLDERS.map((f) => join(examples, f)), { db: o.db, ...(o.workers ? { workers: o.workers } : {}) });
  const store = await openStore(o.db, { mustExist: true });
  try {
    out('');
    out(s('bold', 'The archive'));
    printStats(await store.stats());
    const query = o.query ?? DEMO_QUERY;
    out('');
    out(s('bold', `Example search: communique search '${query}' --limit 3`));
    printResults(await store.search({ text: query, limit: 3 }));
    out('');
    out(s('dim', `Next: communique search <words> | communique show <id> | communique stats | communique --help  (database: ${o.db})`));
  } finally {
    await store.close();
  }
  return summary.errors;
}
