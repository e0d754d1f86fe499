/**
 * Turns bytes into text with the right charset. Order of evidence, as browsers
 * and archivists use it: byte-order mark, HTTP header, `<meta charset>`, valid
 * UTF-8, then statistical detection. Old statement sites are full of
 * windows-1256 Arabic, ISO-8859-9 Turkish and windows-1252 pages, often
 * undeclared or declared wrongly.
 * @module
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { charsetFromContentType, charsetFromMeta } from './declared.js';
import { sniffUtf16 } from './utf16.js';

export type CharsetSource = 'bom' | 'http' | 'meta' | 'utf8' | 'detected';

export interface DecodeHints {
  /** The HTTP `Content-Type` header of a WARC response, if any. */
  readonly contentType?: string;
  /** Whether to look for `<meta charset>` in the bytes. */
  readonly html?: boolean;
}

export interface Decoded {
  readonly text: string;
  readonly charset: string;
  readonly source: CharsetSource;
  /** Problems worth telling the user (invalid bytes, a wrong declaration). */
  readonly warnings: readonly string[];
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

/** Decodes `bytes`, choosing the charset from the evidence in `hints` and the bytes. */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): Decoded {
  const bom = bomCharset(bytes);
  if (bom) return { text: iconv.decode(Buffer.from(bytes.subarray(bom.length)), bom.charset), charset: bom.charset, source: 'bom', warnings: [] };

  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: iconv.decode(Buffer.from(bytes), utf16), charset: utf16, source: 'detected', warnings: [] };

  const fromHttp = charsetFromContentType(hints.contentType);
  const fromMeta = hints.html ? charsetFromMeta(bytes) : undefined;
  const declared = fromHttp ?? fromMeta;
  const utf8 = tryUtf8(bytes);

  if (declared) {
    const source: CharsetSource = fromHttp ? 'http' : 'meta';
    if (declared === 'utf-8') {
      if (utf8 !== null) return { text: utf8, charset: 'utf-8', source, warnings: [] };
      return invalidUtf8(bytes, source);
    }
    // Pages declared as a legacy charset but saved as UTF-8 are common in
    // scraped archives; multibyte UTF-8 sequences cannot occur by chance.
    if (utf8 !== null && hasMultibyte(bytes)) {
      return { text: utf8, charset: 'utf-8', source: 'utf8', warnings: [`declared charset ${declared} but the bytes are UTF-8; decoded as UTF-8`] };
    }
    return { text: iconv.decode(Buffer.from(bytes), declared), charset: declared, source, warnings: [] };
  }

  if (utf8 !== null) return { text: utf8, charset: 'utf-8', source: 'utf8', warnings: [] };
  // Mostly-UTF-8 text with a few broken bytes (a bad copy, a cut multibyte
  // character) is still UTF-8: a legacy charset would turn every ö into Ã¶.
  const { valid, invalid } = utf8SequenceCounts(bytes);
  if (valid > 0 && invalid <= valid) return invalidUtf8(bytes, 'utf8');
  const detected = detectLegacy(bytes);
  if (detected) return { text: iconv.decode(Buffer.from(bytes), detected), charset: detected, source: 'detected', warnings: [] };
  return invalidUtf8(bytes, 'utf8');
}

function invalidUtf8(bytes: Uint8Array, source: CharsetSource): Decoded {
  const at = firstInvalidUtf8(bytes);
  return {
    text: utf8Lenient.decode(bytes),
    charset: 'utf-8',
    source,
    warnings: [`invalid UTF-8 at byte ${at}; invalid sequences were replaced with U+FFFD`],
  };
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return null;
  }
}

function bomCharset(b: Uint8Array): { charset: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

function hasMultibyte(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i]! >= 0xc2) return true;
  return false;
}

/** Counts of valid multibyte UTF-8 sequences and of invalid bytes. */
function utf8SequenceCounts(b: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < b.length) {
    const n = sequenceLength(b, i);
    if (n < 0) {
      invalid++;
      i++;
    } else {
      if (n > 1) valid++;
      i += n;
    }
  }
  return { valid, invalid };
}

/** Length of the valid UTF-8 sequence starting at `i`, or -1. */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
  if (n < 0) return -1;
  for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return -1;
  return n + 1;
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const n = sequenceLength(b, i);
    if (n < 0) return i;
    i += n;
  }
  return -1;
}

// Charsets chardet may name that we trust for legacy single-byte pages.
const LEGACY = new Set(['windows-1250', 'windows-1251', 'windows-1252', 'windows-1253', 'windows-1254', 'windows-1255', 'windows-1256',
  'iso-8859-1', 'iso-8859-2', 'iso-8859-5', 'iso-8859-6', 'iso-8859-7', 'iso-8859-8', 'iso-8859-9', 'koi8-r', 'shift_jis', 'euc-jp', 'euc-kr', 'big5', 'gb18030']);

/**
 * Statistical detection for undeclared legacy pages. chardet ranks candidates
 * by language models; ISO-8859-1 and -9 are told apart by the Turkish letters
 * (ğ ş ı İ Ş Ğ) that only -9 puts at 0xD0/0xDD/0xDE/0xF0/0xFD/0xFE.
 */
function detectLegacy(bytes: Uint8Array): string | null {
  const sample = Buffer.from(bytes.subarray(0, 65536));
  const ranked = chardet.analyse(sample);
  for (const { name } of ranked) {
    let cs = name.toLowerCase();
    if (cs === 'utf-8' || cs.startsWith('utf-16') || cs.startsWith('utf-32')) continue;
    if (cs === 'iso-8859-1' || cs === 'windows-1252' || cs === 'iso-8859-9' || cs === 'windows-1254') cs = westernOrTurkish(sample);
    if (LEGACY.has(cs) && iconv.encodingExists(cs)) return cs;
  }
  return null;
}

const TURKISH_ONLY = new Set([0xd0, 0xdd, 0xde, 0xf0, 0xfd, 0xfe]);
const TURKISH_SHARED = new Set([0xc7, 0xe7, 0xd6, 0xf6, 0xdc, 0xfc]); // Ç ç Ö ö Ü ü

function westernOrTurkish(sample: Buffer): string {
  let only = 0;
  let shared = 0;
  let high = 0;
  for (const c of sample) {
    if (c < 0x80) continue;
    high++;
    if (TURKISH_ONLY.has(c)) only++;
    else if (TURKISH_SHARED.has(c)) shared++;
  }
  // Turkish text has ı/ş/ğ in most sentences; Icelandic ð/þ pages are rare in this domain.
  return high > 0 && only >= 2 && (only + shared) / high > 0.5 ? 'iso-8859-9' : 'windows-1252';
}
