#!/usr/bin/env node
// Runs every compiled test file (dist/**/*.test.js) with node's test runner.
// Node 20's runner takes no glob, so the files are listed here; `.only` is
// refused so a focused test never hides the rest of the suite in CI.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const filter = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const files = [];
(function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.test.js')) files.push(path);
  }
})(dist);
files.sort();
const selected = filter.length ? files.filter((f) => filter.some((x) => relative(dist, f).includes(x))) : files;
for (const f of selected) {
  if (/\b(test|it|describe)\.only\(/.test(readFileSync(f, 'utf8'))) {
    console.error(`${relative(root, f)}: remove .only before committing`);
    process.exit(1);
  }
}
const args = ['--test', '--test-reporter=spec', ...process.argv.slice(2).filter((a) => a.startsWith('-')), ...selected];
const result = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
