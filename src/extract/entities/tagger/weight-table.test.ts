import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WeightTable } from './weight-table.js';

const rows = new Map<number, Float32Array>([
  [12345, Float32Array.of(1, -2, 0.5)],
  [-99, Float32Array.of(0, 0, 3)],
  [7, Float32Array.of(0.001, 0, -0.001)],
]);

test('a weight table survives serialization with the same scores', () => {
  const table = WeightTable.fromRows(rows, 3, 0.01);
  const copy = WeightTable.fromBuffer(table.toBuffer());
  for (const key of [12345, -99, 7, 4242]) {
    const a = new Float32Array(3);
    const b = new Float32Array(3);
    table.addTo(key, a);
    copy.addTo(key, b);
    assert.deepEqual(b, a);
  }
});

test('quantized weights stay within one step of the float weights', () => {
  const table = WeightTable.fromRows(rows, 3, 0);
  const s = new Float32Array(3);
  table.addTo(12345, s);
  const step = 3 / 127;
  [1, -2, 0.5].forEach((w, l) => assert.ok(Math.abs(s[l]! - w) <= step, `label ${l}: ${s[l]} vs ${w}`));
});

test('rows whose weights are all below the pruning threshold are dropped, and unknown keys add nothing', () => {
  const table = WeightTable.fromRows(rows, 3, 0.01);
  assert.equal(table.find(7), -1);
  assert.ok(table.find(12345) >= 0);
  const s = new Float32Array(3);
  table.addTo(7, s);
  assert.deepEqual([...s], [0, 0, 0]);
});

test('reading bytes that are not a weight file fails with a message naming the format', async () => {
  const { gzipSync } = await import('node:zlib');
  assert.throws(() => WeightTable.fromBuffer(gzipSync(Buffer.alloc(32))), /not a Communiqué NER weight file/);
});
