/**
 * Option groups shared by commands, and the errors commands raise for the user.
 * @module
 */
import { availableParallelism } from 'node:os';
import { DEFAULT_DB } from '../../store/index.js';

/** An error whose message already says what went wrong and what to do; printed without a stack. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface DbOptions {
  readonly db: string;
}

export interface JsonOptions {
  readonly json?: boolean;
}

/** `--db`: where the archive lives. */
export const DB_OPTION = ['--db <path>', `database file (default ./${DEFAULT_DB})`, process.env.COMMUNIQUE_DB ?? DEFAULT_DB] as const;
/** `--json`: machine-readable output on stdout. */
export const JSON_OPTION = ['--json', 'print JSON on stdout instead of text'] as const;
/** `--workers`: extraction threads. */
export const WORKERS_OPTION = ['--workers <n>', 'extraction worker threads (0: extract in the main thread)', String(availableParallelism())] as const;

/** Parses a non-negative integer option, naming it in the error. */
export function intOption(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${name} takes a whole number, not "${value}"`);
  return n;
}

/** Checks a date bound option: YYYY, YYYY-MM or YYYY-MM-DD. */
export function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw new UsageError(`${name} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${value}"`);
  return value;
}
