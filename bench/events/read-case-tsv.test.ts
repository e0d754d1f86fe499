import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { sourceDirOf } from '../../src/util/paths.js';
import { readCaseTsv } from './read-case-tsv.js';

test('reads rows by header names, whatever the column order', () => {
  const rows = readCaseTsv(join(sourceDirOf(import.meta.url), 'fixtures', 'case-sample.tsv'));
  assert.deepEqual(rows, [
    { id: '7', text: 'Rebels of the Hill Front shelled the town of Kindu.', label: 'ART_MISS_ATTACK' },
    { id: '9', text: 'Police arrested twelve dockworkers in Tema.', label: 'ARREST' },
  ]);
});

test('a file without the expected columns is an error naming the column', () => {
  assert.throws(() => readCaseTsv(join(sourceDirOf(import.meta.url), 'fixtures', 'no-label.tsv')), /SubType/);
});
