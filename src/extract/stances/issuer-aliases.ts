/**
 * Recognizing the issuer in the text: its name, its acronym ("the PAFWU"), the
 * acronym or full name the body defines for it ("… Workers' Unions (PAFWU)"),
 * and the words of its name ("the Alliance" for "Kachin National Democratic Alliance").
 */

/** Finds which issuer a stretch of text names. */
export interface IssuerMatcher {
  /** The issuer a first-person statement speaks for: the first one given. */
  readonly primary: string | null;
  /** The issuer named in `text`, if any. */
  find(text: string): string | null;
  /** Whether a lower-case word is one of the words of an issuer's name. */
  hasNameWord(word: string): boolean;
}

const SMALL_WORDS = new Set(['of', 'the', 'for', 'and', 'in', 'on', 'to', 'de', 'du', 'des', 'del', 'la', 'le', 'les', 'el', 'los', 'las', 'y', 'et', 'en', 'pour', 'por', 'para', 'd', 'l', 'a', 'au', 'aux', 'al']);
// "Full Name (ACR)" anywhere in the body.
const DEFINITION = /((?:[\p{Lu}][\p{L}'’.-]*|of|the|for|and|in|on|de|du|des|del|la|le|les|el|los|las|y|et|en|pour|por|para|d'|l')(?:[ \t]+(?:[\p{Lu}][\p{L}'’.-]*|of|the|for|and|in|on|de|du|des|del|la|le|les|el|los|las|y|et|en|pour|por|para|d'|l')){1,14})[ \t]*\(([\p{Lu}][\p{Lu}\p{N}&.-]{1,11})\)/gu;

/** Lower case, marks dropped, punctuation to spaces: the form names are compared in. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The initials of a name's significant words ("Citizens' Rights Watch Zambia" → "CRWZ"). */
export function initialsOf(name: string): string {
  return normalizeForMatch(name)
    .split(' ')
    .filter((w) => w !== '' && !SMALL_WORDS.has(w))
    .map((w) => w[0]!)
    .join('');
}

/** Builds the matcher for a statement's issuers and body. */
export function issuerMatcher(issuers: readonly string[], body: string): IssuerMatcher {
  const definitions = [...body.matchAll(DEFINITION)].map((m) => ({ full: normalizeForMatch(m[1]!), short: normalizeForMatch(m[2]!) }));
  const aliases = issuers.map((issuer) => {
    const name = normalizeForMatch(issuer);
    const set = new Set<string>([name]);
    const initials = initialsOf(issuer);
    if (initials.length >= 3) set.add(initials);
    for (const d of definitions) {
      if (d.full.endsWith(name) || name.endsWith(d.full)) set.add(d.short);
      if (d.short === name) set.add(d.full);
    }
    return { issuer, names: [...set].filter((n) => n !== '') };
  });
  const nameWords = new Set(aliases.flatMap((a) => a.names.flatMap((n) => n.split(' '))).filter((w) => w.length > 3 && !SMALL_WORDS.has(w)));
  return {
    primary: issuers[0] ?? null,
    find(text: string): string | null {
      const padded = ` ${normalizeForMatch(text)} `;
      for (const { issuer, names } of aliases) if (names.some((n) => padded.includes(` ${n} `))) return issuer;
      return null;
    },
    hasNameWord: (word: string) => nameWords.has(normalizeForMatch(word)),
  };
}
