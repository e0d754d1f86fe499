/**
 * Escaping for the XML exports: statement text may hold anything, and it must
 * come out as text, never as markup.
 * @module
 */

// XML 1.0 forbids most control characters even when escaped; they are dropped.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for an XML element body or a double-quoted attribute. */
export function xmlEscape(s: string): string {
  return s.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;'));
}
