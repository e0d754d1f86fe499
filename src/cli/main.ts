/**
 * The `communique` command line: parses arguments, runs one command, sets the
 * exit code (0 all well, 1 some inputs failed, 2 usage or fatal error).
 * Commands load lazily so `--help` stays fast.
 * @module
 */
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../util/paths.js';
import { err } from './terminal.js';
import { DB_OPTION, JSON_OPTION, UsageError, WORKERS_OPTION } from './commands/_shared.js';

const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Builds the program; exported for tests. */
export function buildProgram(): Command {
  const program = new Command('communique')
    .description('Turns political statements collected from the web into a clean, searchable, structured archive.')
    .version(version)
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();

  program
    .command('ingest')
    .description('read files, folders, globs or - (stdin): text, HTML, WARC/ARC, JSONL, PDF, and .gz of these; extract and store every document')
    .argument('<inputs...>', 'files, folders (read recursively), glob patterns, or - for standard input')
    .option(...DB_OPTION)
    .option(...JSON_OPTION)
    .option(...WORKERS_OPTION)
    .option('--max-document-mb <n>', 'largest single document to read, in MB', '32')
    .option('--batch <n>', 'documents stored per transaction', '64')
    .option('--quiet', 'no progress and no summary')
    .action(async (inputs: string[], opts) => {
      const { ingestCommand } = await import('./commands/ingest.js');
      const summary = await ingestCommand(inputs, opts);
      process.exitCode = summary.interrupted ? 130 : summary.errors > 0 ? 1 : 0;
    });

  program
    .command('extract')
    .description('print what Communiqué reads in each document (the extract JSON contract with --json); no database')
    .argument('<inputs...>', 'files, folders, glob patterns, or -')
    .option(...JSON_OPTION)
    .option('--pretty', 'indent the JSON')
    .option('--steps <names>', 'run only these pipeline steps (comma-separated)')
    .option('--max-document-mb <n>', 'largest single document to read, in MB', '32')
    .action(async (inputs: string[], opts) => {
      const { extractCommand } = await import('./commands/extract.js');
      process.exitCode = (await extractCommand(inputs, opts)) > 0 ? 1 : 0;
    });

  program
    .command('search')
    .description('full-text search over statements: words, "phrases", prefix*, AND/OR/NOT, (groups), title: issuer: place: body:')
    .argument('[query...]', 'the search query; empty lists the newest statements')
    .option(...DB_OPTION)
    .option(...JSON_OPTION)
    .option('--lang <code>', 'only statements in this language (ISO 639-1, e.g. fr)')
    .option('--from <date>', 'only statements dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'only statements dated on or before')
    .option('--issuer <name>', 'only statements whose issuers include this name (or part of it)')
    .option('--place <name>', 'only statements issued in this place')
    .option('--entity <name>', 'only statements that mention this actor (any of its names)')
    .option('--relation <relation>', 'only statements that take a stance: support, condemn, accuse or demand')
    .option('--event-type <code>', 'only statements that report an event of this ACLED sub-event type')
    .option('--limit <n>', 'hits to show', '10')
    .option('--offset <n>', 'hits to skip (paging)', '0')
    .action(async (query: string[], opts) => {
      const { searchCommand } = await import('./commands/search.js');
      await searchCommand(query, opts);
    });

  program
    .command('show')
    .description('show one document: sources, statements, reader comments and removed boilerplate')
    .argument('<id>', 'a document id, statement id, or unique id prefix')
    .option(...DB_OPTION)
    .option(...JSON_OPTION)
    .action(async (id: string, opts) => {
      const { showCommand } = await import('./commands/show.js');
      await showCommand(id, opts);
    });

  program
    .command('stats')
    .description('what the archive holds: documents, statements, languages, issuers, removed boilerplate')
    .option(...DB_OPTION)
    .option(...JSON_OPTION)
    .action(async (opts) => {
      const { statsCommand } = await import('./commands/stats.js');
      await statsCommand(opts);
    });

  program
    .command('export')
    .description('write the archive for other tools: jsonl (one document per line) or csv (one statement per row)')
    .requiredOption('--format <format>', 'jsonl or csv')
    .option('--out <file>', 'write to this file instead of standard output')
    .option(...DB_OPTION)
    .action(async (opts) => {
      const { exportCommand } = await import('./commands/export.js');
      await exportCommand(opts);
    });

  program
    .command('entities')
    .description('list actors across the archive: names and aliases, mention counts, first and last dates')
    .option(...DB_OPTION)
    .option(...JSON_OPTION)
    .option('--type <type>', 'only PER, ORG, LOC or MISC')
    .option('--search <text>', 'only actors one of whose names contains this text')
    .option('--limit <n>', 'how many actors to list', '50')
    .action(async (opts) => {
      const { entitiesCommand } = await import('./commands/entities.js');
      await entitiesCommand(opts);
    });

  program
    .command('network')
    .description('export the stance network (who supports, condemns, accuses or calls on whom) for Gephi and other tools')
    .requiredOption('--format <format>', 'graphml, gexf, csv (edge list) or json')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--from <date>', 'only stances from statements dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'only stances from statements dated on or before')
    .option('--relation <relation>', 'only support, condemn, accuse or demand')
    .option('--issuer <name>', 'only stances from statements whose issuers include this name')
    .option(...DB_OPTION)
    .action(async (opts) => {
      const { networkCommand } = await import('./commands/network.js');
      await networkCommand(opts);
    });

  program
    .command('events')
    .description('export the events reported in the archive as an ACLED-like table')
    .requiredOption('--format <format>', 'csv or jsonl')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--from <date>', 'only events on or after this date')
    .option('--to <date>', 'only events on or before this date')
    .option('--type <code>', 'only this ACLED sub-event type (e.g. AIR_STRIKE)')
    .option('--issuer <name>', 'only events reported by statements whose issuers include this name')
    .option(...DB_OPTION)
    .action(async (opts) => {
      const { eventsCommand } = await import('./commands/events.js');
      await eventsCommand(opts);
    });

  program
    .command('demo')
    .description('ingest the bundled sample corpus and show a summary and an example search (what npm start runs)')
    .option(...DB_OPTION)
    .option(...WORKERS_OPTION)
    .option('--query <query>', 'the example search to run')
    .action(async (opts) => {
      const { demoCommand } = await import('./commands/demo.js');
      process.exitCode = (await demoCommand(opts)) > 0 ? 1 : 0;
    });

  return program;
}

/** Runs the CLI with `argv` (without node and script). */
export async function main(argv: readonly string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    if (e instanceof UsageError || (e instanceof Error && /^[^\s]+: no database here/.test(e.message))) {
      err(`communique: ${e.message}`);
      process.exitCode = 2;
      return;
    }
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
    err(`communique: ${(e as Error).stack ?? String(e)}`);
    process.exitCode = 2;
  }
}
