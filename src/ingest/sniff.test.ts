import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { sniffFormat } from './sniff.js';

const b = (s: string) => Buffer.from(s, 'utf8');

describe('sniffFormat', () => {
  const cases: [string, Buffer, string, string?][] = [
    ['gzip', gzipSync('x'), 'gzip'],
    ['a WARC record', b('WARC/1.0\r\nWARC-Type: warcinfo\r\n'), 'warc'],
    ['an ARC file', b('filedesc://crawl.arc 0.0.0.0 20050614070144 text/plain 1\n'), 'arc'],
    ['a PDF', b('%PDF-1.7\n'), 'pdf'],
    ['JSON Lines', b('{"text": "a"}\n{"text": "b"}\n'), 'jsonl'],
    ['a JSON array named .json', b('[{"text": "a"}]'), 'json', 'dump.json'],
    ['HTML with a doctype', b('<!DOCTYPE html><html><body>x</body></html>'), 'html'],
    ['HTML fragment starting with a comment', b('<!-- saved --><div><p>Statement</p></div>'), 'html'],
    ['HTML saved as .txt', b('<html><head><title>t</title></head></html>'), 'html', 'page.txt'],
    ['plain text', b('Statement of the Committee\n\nWe condemn…'), 'text'],
    ['text that starts with a brace but is not JSON', b('{draft} statement of the committee'), 'text'],
    ['binary with NUL bytes', Buffer.from([0x00, 0x01, 0x02, 0x03, 0x89, 0x50]), 'binary'],
    ['UTF-16 text (not binary despite NULs)', iconv.encode('Statement of the committee on the strike', 'utf-16le'), 'text'],
    ['nothing', Buffer.alloc(0), 'empty'],
  ];
  for (const [name, bytes, format, file] of cases) {
    it(`should read ${name} as ${format}`, () => assert.equal(sniffFormat(bytes, file), format));
  }
});
