/**
 * Turns what a user types into an FTS5 query. FTS5's own syntax rejects many
 * things people type ("al-Sham", "U.S.", "workers'"), so every bare word is
 * quoted, while phrases, prefixes (word*), AND/OR/NOT, parentheses and column
 * filters (title:, body:, issuer:, place:) keep their meaning.
 * @module
 */
import { QuerySyntaxError } from '../store.js';

const COLUMNS: Record<string, string> = { title: 'title', body: 'body', issuer: 'issuers', issuers: 'issuers', place: 'place' };
const TOKEN = /\s*(?:(\()|(\))|"([^"]*)("?)|([^\s()"]+))/y;

/** The FTS5 MATCH expression for a user query; throws QuerySyntaxError when it cannot be read. */
export function toFts5Query(input: string): string {
  const out: string[] = [];
  let depth = 0;
  let pendingColumn = '';
  TOKEN.lastIndex = 0;
  const text = input.trim();
  while (TOKEN.lastIndex < text.length) {
    const m = TOKEN.exec(text);
    if (!m) break;
    const [, open, close, phrase, , word] = m;
    if (open) {
      depth++;
      out.push('(');
    } else if (close) {
      if (--depth < 0) throw new QuerySyntaxError('unbalanced ")" in the search query');
      out.push(')');
    } else if (phrase !== undefined) {
      if (phrase.trim()) out.push(pendingColumn + quote(phrase));
      pendingColumn = '';
    } else if (word) {
      if (/^(AND|OR|NOT)$/.test(word)) {
        out.push(word);
        continue;
      }
      const col = /^(\w+):(.*)$/.exec(word);
      if (col && COLUMNS[col[1]!.toLowerCase()]) {
        pendingColumn = `${COLUMNS[col[1]!.toLowerCase()]} : `;
        if (!col[2]) continue;
        out.push(pendingColumn + term(col[2]));
        pendingColumn = '';
        continue;
      }
      if (word.startsWith('-') && word.length > 1 && out.length > 0) {
        out.push('NOT', term(word.slice(1)));
        continue;
      }
      const t = term(word);
      if (t) out.push(pendingColumn + t);
      pendingColumn = '';
    }
  }
  if (depth > 0) throw new QuerySyntaxError('unbalanced "(" in the search query');
  const query = out.join(' ').replace(/^(AND|OR|NOT)\s+|\s+(AND|OR|NOT)$/g, '').trim();
  if (/^(AND|OR|NOT)$/.test(query)) throw new QuerySyntaxError(`"${query}" needs a term on each side`);
  return query;
}

function term(word: string): string {
  const prefix = word.endsWith('*');
  const core = prefix ? word.slice(0, -1) : word;
  if (!/[\p{L}\p{N}]/u.test(core)) return '';
  return quote(core) + (prefix ? '*' : '');
}

function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
