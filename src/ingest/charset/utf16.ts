/**
 * UTF-16 without a byte-order mark: text in the Latin, Arabic or Cyrillic
 * ranges has a zero in every other byte, which no 8-bit text has.
 * @module
 */

/** 'utf-16le' or 'utf-16be' when the bytes look like BOM-less UTF-16, else null. */
export function sniffUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length - (b.length % 2), 4096);
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}
