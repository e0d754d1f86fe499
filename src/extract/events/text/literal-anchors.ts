/**
 * Literal prefixes that every match of a pattern must contain, read from
 * its source, so that a cheap `includes` can skip most patterns on most
 * sentences. Only the simple shape the cue lists use is understood, a
 * boundary then alternatives (`\b(?:attack\w*|raided|…)`); for anything else
 * no anchors are given and the pattern always runs.
 */

const MIN_ANCHOR = 3;
// Characters that end a literal prefix: anything with a meaning in a regular expression.
const META = /[\\^$.|?*+()[\]{}]/u;

/** The lower-case literal prefixes of the top-level alternatives of `source`, or null if one has none. */
export function literalAnchors(source: string): string[] | null {
  let body = source.replace(/^\(\?<![^)]*\)\)?/u, '');
  body = body.startsWith('\\b') ? body.slice(2) : body;
  if (body.startsWith('(?:')) {
    const close = matchingParen(body, 0);
    if (close < 0) return null;
    body = body.slice(3, close);
  }
  const anchors: string[] = [];
  for (const alternative of topLevelAlternatives(body)) {
    const literal = literalPrefix(alternative);
    if (literal.length < MIN_ANCHOR) return null;
    anchors.push(literal.toLowerCase());
  }
  return anchors.length > 0 ? anchors : null;
}

function literalPrefix(alternative: string): string {
  let out = '';
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i]!;
    if (META.test(c)) {
      // A quantifier makes the character before it optional: it is not part of the prefix.
      if ('?*{'.includes(c)) out = out.slice(0, -1);
      break;
    }
    out += c;
  }
  return out;
}

function topLevelAlternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(body.slice(from, i));
      from = i + 1;
    }
  }
  out.push(body.slice(from));
  return out;
}

function matchingParen(s: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}
