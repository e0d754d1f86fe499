/**
 * The compact, read-only weights of a trained model: 32-bit feature keys in
 * an open-addressing hash table, each with one row of quantized per-label
 * weights. Stored gzip-compressed as `keys | rows` with a small header.
 * @module
 */
import { gunzipSync, gzipSync } from 'node:zlib';

const MAGIC = 0x52454e43; // "CNER"
const VERSION = 1;
const HEADER_BYTES = 20;

/** Read-only weights for tagging. */
export class WeightTable {
  /** Pairs (key, row + 1) side by side, so a probe reads one cache line; row + 1 = 0 marks an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `keys[r]` owns `values[r*labels .. (r+1)*labels)`, each value times `scale` being the weight. */
  constructor(
    readonly keys: Int32Array,
    readonly values: Int8Array,
    readonly labels: number,
    readonly scale: number,
  ) {
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    for (let r = 0; r < keys.length; r++) {
      let s = keys[r]! & this.mask;
      while (this.slots[2 * s + 1] !== 0) s = (s + 1) & this.mask;
      this.slots[2 * s] = keys[r]!;
      this.slots[2 * s + 1] = r + 1;
    }
  }

  /** Row index of a key, or -1. */
  find(key: number): number {
    const slots = this.slots;
    let s = key & this.mask;
    for (;;) {
      const r = slots[2 * s + 1]!;
      if (r === 0) return -1;
      if (slots[2 * s] === key) return r - 1;
      s = (s + 1) & this.mask;
    }
  }

  addTo(key: number, scores: Float32Array): void {
    const r = this.find(key);
    if (r < 0) return;
    const L = this.labels;
    const base = r * L;
    const sc = this.scale;
    const values = this.values;
    for (let l = 0; l < L; l++) scores[l]! += values[base + l]! * sc;
  }

  /** Quantizes float rows to 8 bits with one scale, dropping rows whose every weight rounds to zero. */
  static fromRows(rows: ReadonlyMap<number, Float32Array>, labels: number, pruneBelow: number): WeightTable {
    let max = 0;
    for (const row of rows.values()) for (const v of row) max = Math.max(max, Math.abs(v));
    const scale = max / 127 || 1;
    const keys: number[] = [];
    const values: number[] = [];
    for (const [key, row] of rows) {
      if (!row.some((v) => Math.abs(v) >= pruneBelow && Math.round(v / scale) !== 0)) continue;
      keys.push(key);
      for (const v of row) values.push(Math.max(-127, Math.min(127, Math.round(v / scale))));
    }
    return new WeightTable(Int32Array.from(keys), Int8Array.from(values), labels, scale);
  }

  /** Serializes to gzip-compressed bytes. */
  toBuffer(): Buffer {
    const header = Buffer.alloc(HEADER_BYTES);
    header.writeUInt32LE(MAGIC, 0);
    header.writeUInt32LE(VERSION, 4);
    header.writeUInt32LE(this.labels, 8);
    header.writeUInt32LE(this.keys.length, 12);
    header.writeFloatLE(this.scale, 16);
    const body = Buffer.concat([header, Buffer.from(this.keys.buffer, this.keys.byteOffset, this.keys.byteLength), Buffer.from(this.values.buffer, this.values.byteOffset, this.values.byteLength)]);
    return gzipSync(body, { level: 9 });
  }

  /** Reads what `toBuffer` wrote. */
  static fromBuffer(gz: Uint8Array): WeightTable {
    const buf = gunzipSync(gz);
    if (buf.readUInt32LE(0) !== MAGIC || buf.readUInt32LE(4) !== VERSION) throw new Error('weight-table: not a Communiqué NER weight file (bad magic or version)');
    const labels = buf.readUInt32LE(8);
    const rows = buf.readUInt32LE(12);
    const scale = buf.readFloatLE(16);
    const keys = new Int32Array(rows);
    const keyBytes = rows * 4;
    Buffer.from(keys.buffer).set(buf.subarray(HEADER_BYTES, HEADER_BYTES + keyBytes));
    const values = new Int8Array(rows * labels);
    Buffer.from(values.buffer).set(buf.subarray(HEADER_BYTES + keyBytes, HEADER_BYTES + keyBytes + rows * labels));
    return new WeightTable(keys, values, labels, scale);
  }
}
