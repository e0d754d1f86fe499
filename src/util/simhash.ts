/**
 * 64-bit SimHash over word 3-shingles: two texts that differ in a few words
 * get fingerprints a few bits apart, so reposts of one statement can be found
 * without comparing every pair.
 * @module
 */
import { normalizeName } from './normalize.js';

/** The fingerprint of `text` as 16 hex digits. */
export function simhash(text: string): string {
  const words = normalizeName(text).split(' ').filter(Boolean);
  const counts = new Int32Array(64);
  const n = Math.max(1, words.length - 2);
  for (let i = 0; i < n; i++) {
    const shingle = words.slice(i, i + 3).join(' ');
    const hi = fnv1a(shingle, 0x811c9dc5);
    const lo = fnv1a(shingle, 0x050c5d1f);
    for (let b = 0; b < 32; b++) {
      counts[b]! += (hi >>> b) & 1 ? 1 : -1;
      counts[b + 32]! += (lo >>> b) & 1 ? 1 : -1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (counts[b]! > 0) hi |= 1 << b;
    if (counts[b + 32]! > 0) lo |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

/** Number of differing bits between two fingerprints. */
export function hammingDistance(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < 16; i += 8) {
    let x = (parseInt(a.slice(i, i + 8), 16) ^ parseInt(b.slice(i, i + 8), 16)) >>> 0;
    while (x) {
      x &= x - 1;
      d++;
    }
  }
  return d;
}

/** The four 16-bit bands of a fingerprint: two texts within 3 bits share at least one. */
export function simhashBands(fp: string): string[] {
  return [0, 1, 2, 3].map((i) => `${i}:${fp.slice(i * 4, i * 4 + 4)}`);
}

function fnv1a(s: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // FNV's low bits are weak; the murmur3 finalizer spreads every input bit over all 32.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
