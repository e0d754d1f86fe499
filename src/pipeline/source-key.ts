/**
 * The identity of a source, independent of its content: the same source read
 * again with changed content becomes a new version of it.
 * @module
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Provenance } from '../model/provenance.js';

/** A URL when the document has one; otherwise the absolute file path, plus the record or id inside it. */
export function sourceKey(p: Provenance): string {
  if (p.url) return p.url;
  if (p.file === '-') return p.externalId ? `stdin#id=${p.externalId}` : `stdin#${p.record ?? 0}`;
  const file = resolve(p.file);
  if (p.externalId) return `${file}#id=${p.externalId}`;
  return p.record === undefined ? file : `${file}#${p.record}`;
}

/** SHA-256 of a document's decoded content, with line endings unified so a CRLF copy is the same content. */
export function contentHash(content: string): string {
  return createHash('sha256').update(content.replace(/\r\n?/g, '\n')).digest('hex');
}
