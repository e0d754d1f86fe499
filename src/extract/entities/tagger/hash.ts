/**
 * 32-bit hashing of strings and of feature tuples. Features are never built as
 * strings: a feature key is the mix of a template id and attribute hashes, so
 * training and tagging compute identical keys at a fraction of the cost.
 * @module
 */

/** FNV-1a over the UTF-16 code units of `s`, finished with a murmur avalanche. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

/** Murmur3's finalizer: spreads every input bit over the whole word. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Key of a feature with one value. */
export function key1(template: number, a: number): number {
  return fmix(Math.imul(template + 0x9e3779b9, 0xcc9e2d51) ^ a) | 0;
}

/** Key of a feature with two values. */
export function key2(template: number, a: number, b: number): number {
  return fmix(Math.imul(key1(template, a), 0x1b873593) ^ b) | 0;
}

/** Key of a feature with three values. */
export function key3(template: number, a: number, b: number, c: number): number {
  return fmix(Math.imul(key2(template, a, b), 0xe6546b64) ^ c) | 0;
}
