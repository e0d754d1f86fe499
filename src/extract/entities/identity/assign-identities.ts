/**
 * One identity per actor: mentions that name the same actor in one text get
 * the same canonical name. Linked are exact re-mentions ("The KRG", "KRG"),
 * acronyms and what they spell ("Kurdistan Regional Government (KRG)"),
 * abbreviated words ("Kurdistan Regional Govt"), names with an acronym inside
 * ("UN Security Council"), a person's first or last name alone after the full
 * name, and "the Party" / "our Party" for the issuer that is a party.
 * @module
 */
import type { EntityMention } from '../types.js';
import { GENERIC_SELF_REFERENCES } from '../model/abbreviated-words.js';
import { acronymSpells, sameWithInnerAcronyms } from './acronym-match.js';
import { expandedKey, isAcronym, nameKey, nameWords } from './name-key.js';

/** Options of `assignIdentities`. */
export interface IdentityOptions {
  /** The statement's issuers, as the text names them; they give the canonical name of the actors they match. */
  readonly issuers: readonly string[];
}

/** The mentions, in the same order, each with the canonical name of its actor. */
export function assignIdentities<M extends EntityMention>(mentions: readonly M[], options: IdentityOptions): (M & { readonly canonical: string })[] {
  const names = [...new Set(mentions.map((m) => clean(m.text)))];
  const typeOf = new Map(mentions.map((m) => [clean(m.text), m.type]));
  const parent = names.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (i: number, j: number) => {
    parent[find(i)] = find(j);
  };
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      if (sameActor(names[i]!, names[j]!, typeOf.get(names[i]!)!, typeOf.get(names[j]!)!, names)) union(i, j);
    }
  }
  const groups = new Map<number, string[]>();
  names.forEach((n, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), n]));
  const canonicalOf = new Map<string, string>();
  for (const group of groups.values()) {
    const canonical = issuerFor(group, options.issuers) ?? selfReference(group, options.issuers) ?? bestName(group, mentions);
    for (const n of group) canonicalOf.set(n, canonical);
  }
  return mentions.map((m) => ({ ...m, canonical: canonicalOf.get(clean(m.text))! }));
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/^(the|our)\s+/i, '');
}

function sameActor(a: string, b: string, ta: string, tb: string, all: readonly string[]): boolean {
  if (nameKey(a) === nameKey(b) || expandedKey(a) === expandedKey(b)) return nameKey(a) !== '';
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (isAcronym(a) && !isAcronym(b)) return acronymSpells(a, wb);
  if (isAcronym(b) && !isAcronym(a)) return acronymSpells(b, wa);
  if (ta !== tb) return false;
  if (sameWithInnerAcronyms(wa, wb)) return true;
  // "Blackburn" after "Peter Blackburn": only when no other full name shares the word
  if (ta === 'PER' && (wa.length === 1) !== (wb.length === 1)) {
    const [short, long] = wa.length === 1 ? [a, wb] : [b, wa];
    if (long[0] !== short && long[long.length - 1] !== short) return false;
    return all.filter((n) => n !== a && n !== b && n.split(' ').length > 1 && n.split(' ').includes(short)).length === 0;
  }
  return false;
}

/** The issuer a group of names refers to, when one of them matches it. */
function issuerFor(group: readonly string[], issuers: readonly string[]): string | null {
  for (const issuer of issuers) {
    const words = issuer.split(/\s+/);
    for (const n of group) {
      if (nameKey(n) === nameKey(issuer) || expandedKey(n) === expandedKey(issuer)) return clean(issuer);
      if (isAcronym(n) && acronymSpells(n, words)) return clean(issuer);
      if (isAcronym(issuer) && acronymSpells(issuer, n.split(' '))) return clean(n);
    }
  }
  return null;
}

/** "Party", "the Party", "our Party": the issuer whose name has that head. */
function selfReference(group: readonly string[], issuers: readonly string[]): string | null {
  if (group.length !== 1) return null;
  const words = nameWords(group[0]!);
  if (words.length !== 1 || !GENERIC_SELF_REFERENCES.has(words[0]!)) return null;
  const owners = issuers.filter((i) => nameWords(i).includes(words[0]!));
  return owners.length === 1 ? clean(owners[0]!) : null;
}

/** The fullest name of a group: not an acronym when an expansion exists, most words, then most mentioned. */
function bestName(group: readonly string[], mentions: readonly EntityMention[]): string {
  const count = (n: string) => mentions.filter((m) => clean(m.text) === n).length;
  return [...group].sort((x, y) => Number(isAcronym(x)) - Number(isAcronym(y)) || y.split(' ').length - x.split(' ').length || count(y) - count(x) || x.localeCompare(y))[0]!;
}
