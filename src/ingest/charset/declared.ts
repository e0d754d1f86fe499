/**
 * Charsets that a page or its HTTP response declares.
 * @module
 */
import iconv from 'iconv-lite';

/** Normalizes a charset label the way the WHATWG Encoding standard maps the common ones. */
export function normalizeLabel(label: string): string | undefined {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!l) return undefined;
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  // Browsers read these as windows-1252, and so do pages that declare them.
  if (l === 'iso-8859-1' || l === 'latin1' || l === 'us-ascii' || l === 'ascii' || l === 'iso8859-1') return 'windows-1252';
  if (l === 'iso-8859-9' || l === 'latin5') return 'windows-1254';
  return iconv.encodingExists(l) ? l : undefined;
}

/** The charset in an HTTP `Content-Type` header value. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return m ? normalizeLabel(m[1]!) : undefined;
}

const META_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset a `<meta>` tag declares within the first 4 KB (as the HTML standard's prescan does). */
export function charsetFromMeta(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = META_CHARSET.exec(head);
  if (!m) return undefined;
  const cs = normalizeLabel(m[1]!);
  // A UTF-16 declaration inside ASCII-compatible bytes is a lie the standard says to read as UTF-8.
  return cs?.startsWith('utf-16') ? 'utf-8' : cs;
}
