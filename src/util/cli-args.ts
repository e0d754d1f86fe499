/**
 * The two flags every eval, bench and training script takes: `--data PATH`
 * (other data of the same format) and `--json` (one JSON object on stdout,
 * logs on stderr). Scripts read their own extra flags with `flagValue`.
 * @module
 */

export interface ScriptArgs {
  /** `--data PATH`, or undefined for the script's default data. */
  readonly data: string | undefined;
  /** `--json`: print one JSON object with the figures on stdout. */
  readonly json: boolean;
  readonly argv: readonly string[];
}

/** Reads `--data` and `--json` from the command line. */
export function scriptArgs(argv: readonly string[] = process.argv.slice(2)): ScriptArgs {
  return { data: flagValue(argv, '--data'), json: argv.includes('--json'), argv };
}

/** The value after `--name` (or in `--name=value`), if given. */
export function flagValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === name) return argv[i + 1];
    if (a.startsWith(name + '=')) return a.slice(name.length + 1);
  }
  return undefined;
}

/** Logs go to stderr so that `--json` output on stdout stays machine-readable. */
export function log(...parts: unknown[]): void {
  process.stderr.write(parts.map(String).join(' ') + '\n');
}
