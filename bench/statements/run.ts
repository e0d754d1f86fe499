/**
 * `npm run eval:statements`: runs `communique extract --json` over a folder of
 * raw pages (default ../shared/data/statements/raw) and scores the output
 * against the gold files with ../shared/eval/score.mjs. Without --json it
 * prints the scorer's table; with --json, the scorer's JSON object.
 *
 *   npm run eval:statements -- [--data RAW_DIR --gold GOLD_DIR] [--json] [--per-doc]
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { flagValue, log, scriptArgs } from '../../src/util/cli-args.js';
import { REPO_ROOT, sharedDir } from '../../src/util/paths.js';

const args = scriptArgs();
const shared = sharedDir();
const raw = resolve(args.data ?? (shared ? join(shared, 'data/statements/raw') : ''));
const gold = resolve(flagValue(args.argv, '--gold') ?? (shared ? join(shared, 'data/statements/gold') : ''));
const scorer = shared ? join(shared, 'eval/score.mjs') : '';
if (!shared || !raw || !gold) {
  log('eval:statements: ../shared is absent; give --data RAW_DIR --gold GOLD_DIR and keep ../shared/eval/score.mjs beside the repository');
  process.exit(2);
}

const files = readdirSync(raw).filter((f) => !f.startsWith('.')).sort().map((f) => join(raw, f));
log(`eval:statements: extracting ${files.length} files from ${raw}`);
const started = performance.now();
const extract = spawnSync(process.execPath, [join(REPO_ROOT, 'bin/communique.js'), 'extract', ...files, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
const seconds = (performance.now() - started) / 1000;
if (extract.status !== 0 && !extract.stdout) {
  log(`eval:statements: extract failed with exit code ${extract.status}`);
  process.exit(1);
}
log(`eval:statements: extracted in ${seconds.toFixed(1)} s`);
const tmp = mkdtempSync(join(tmpdir(), 'communique-eval-'));
try {
  const out = join(tmp, 'system.jsonl');
  writeFileSync(out, extract.stdout);
  const scoreArgs = [scorer, '--gold', gold, '--raw', raw, '--system', out, ...(args.json ? ['--json'] : []), ...(args.argv.includes('--per-doc') ? ['--per-doc'] : [])];
  const score = spawnSync(process.execPath, scoreArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
  process.stdout.write(score.stdout);
  process.exitCode = score.status ?? 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
