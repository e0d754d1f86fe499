/**
 * Detects a file's format from its first bytes, so a `.txt` that holds HTML or a
 * WARC saved without its extension is still read right. The extension is only
 * a tie-breaker.
 * @module
 */
import { sniffUtf16 } from './charset/utf16.js';

export type SniffedFormat = 'gzip' | 'warc' | 'arc' | 'pdf' | 'jsonl' | 'json' | 'html' | 'text' | 'binary' | 'empty';

/** How many leading bytes `sniffFormat` wants to see. */
export const SNIFF_BYTES = 65536;

const HTML_START = /^(?:<!--[\s\S]{0,2000}?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|h[1-6]|link|script|style|center|font|br|base|!--)[\s>/]/i;

/** The format of a file whose first bytes are `head` (after decompression, if any). */
export function sniffFormat(head: Uint8Array, fileName = ''): SniffedFormat {
  if (head.length === 0) return 'empty';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  const ascii = Buffer.from(head.subarray(0, 4096)).toString('latin1');
  if (ascii.startsWith('WARC/')) return 'warc';
  if (ascii.startsWith('filedesc://')) return 'arc';
  if (ascii.startsWith('%PDF-')) return 'pdf';
  if (looksBinary(head)) return 'binary';
  const start = ascii.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (start.startsWith('{') && firstLineIsJsonObject(head)) return 'jsonl';
  if (start.startsWith('[') && /\.json$/i.test(fileName)) return 'json';
  if (HTML_START.test(start) || /\.(x?html?|php|aspx?)$/i.test(fileName) && /<\w+[\s>]/.test(start)) return 'html';
  return 'text';
}

function firstLineIsJsonObject(head: Uint8Array): boolean {
  const buf = Buffer.from(head);
  const nl = buf.indexOf(0x0a);
  // A first line longer than the sniffed head is still JSONL if it starts like an object.
  if (nl < 0) return head.length >= SNIFF_BYTES || isJsonObject(buf.toString('utf8'));
  return isJsonObject(buf.subarray(0, nl).toString('utf8'));
}

function isJsonObject(line: string): boolean {
  try {
    const v: unknown = JSON.parse(line.replace(/^\uFEFF/, ''));
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

/**
 * True for bytes that are not text in any charset we read: NUL bytes (outside
 * UTF-16) or many control characters.
 */
export function looksBinary(head: Uint8Array): boolean {
  if (sniffUtf16(head)) return false;
  const n = Math.min(head.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = head[i]!;
    if (c === 0) return true;
    if (c < 0x09 || (c > 0x0d && c < 0x20 && c !== 0x1b)) control++;
  }
  return control / n > 0.1;
}
