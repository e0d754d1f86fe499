/**
 * Who issued a statement: every signatory of a list of signatories; else
 * the organisations of the signature block, the kicker ("Statement of …"),
 * the heading ("From the …") and an organisation line above the body;
 * else the news agency of the dateline, or the organisation the first
 * sentence introduces. Names are made canonical and merged, and a bare
 * sub-body ("Central Executive Committee") is dropped when an organisation
 * is named.
 */
import type { SignatureBlock } from '../signature/read-tail.js';
import { isSubBody, looksLikeOrg, stripBullet } from '../signature/signature-shape.js';
import { longFormFor } from './find-acronyms.js';
import { canonicalName } from './canonical-name.js';
import type { Canonical } from './canonical-name.js';
import { orgFromKicker } from './org-from-kicker.js';
import { foldText } from '../../../clean/text/fold-text.js';

export interface IssuerSources {
  readonly signature: SignatureBlock;
  readonly kickers: readonly string[];
  readonly title: string | null;
  /** Lines above the body that may name the organisation ("ASIA-PACIFIC COALITION FOR EAST TIMOR (APCET)"). */
  readonly headerLines: readonly string[];
  /** The news agency of the opening dateline ("(CINS)"). */
  readonly agency: string | null;
  /** The body's first line, for an organisation introducing itself. */
  readonly firstLine: string | null;
  readonly acronyms: ReadonlyMap<string, string>;
}

const ORG_LINE_RE = /^[^()]{3,120}\(\p{Lu}[\p{Lu}\d&\-]{1,9}\)$/u;

/** The issuers of one statement, canonical, in order, without duplicates. */
export function resolveIssuers(src: IssuerSources): string[] {
  const { acronyms } = src;
  if (src.signature.signatories.length > 0) return merge(src.signature.signatories.map((s) => canonicalName(stripBullet(s), acronyms)), false).map((n) => n.name);
  const raw: string[] = [...src.signature.orgs];
  for (const k of src.kickers) {
    const org = orgFromKicker(k);
    if (org) raw.push(org);
  }
  const fromTitle = src.title ? orgFromKicker(src.title) : null;
  if (fromTitle && looksLikeOrg(fromTitle)) raw.push(fromTitle);
  for (const h of src.headerLines) if (ORG_LINE_RE.test(h.trim())) raw.push(h.trim());
  const named = merge(raw.map((r) => canonicalName(r, acronyms)), true);
  // A person signing for a body ("Pour le Bureau politique, / Le Président / Emmanuel N. Fonkou") speaks for the
  // organisation the text introduces; their own name is the last resort.
  const organisations = named.filter((n) => !n.generic && (n.acronym !== null || looksLikeOrg(n.name)));
  if (organisations.length > 0) return organisations.map((n) => n.name);
  const persons = named.filter((n) => !n.generic);
  if (src.agency) return [canonicalName(src.agency, acronyms).name];
  const self = src.firstLine ? selfIntroduced(src.firstLine, acronyms) : null;
  if (self) return [self];
  return (persons.length > 0 ? persons : named).map((n) => n.name);
}

function merge(list: readonly Canonical[], dropGeneric: boolean): Canonical[] {
  const out: Canonical[] = [];
  for (const c of list) {
    if (c.name.trim() === '') continue;
    const key = foldText(c.name);
    const dup = out.findIndex((o) => foldText(o.name) === key || (o.acronym !== null && o.acronym === c.acronym) || o.acronym === c.name || c.acronym === o.name);
    if (dup < 0) out.push(c);
    else if (out[dup]!.generic && !c.generic) out[dup] = c;
  }
  return dropGeneric && out.some((o) => !o.generic) ? out.filter((o) => !o.generic) : out;
}

const WE_THE_RE = /^(?:we|nous|nosotros|nosotras|wir|biz|نحن)\s*,\s+(?:the\s+|les\s+|la\s+|le\s+|los\s+|las\s+|el\s+|die\s+|der\s+)?([\p{Lu}][^,]{2,100}?),/iu;

/**
 * The organisation the first sentence introduces: "The Panhellenic Front of Workers' Unions (PAFWU)
 * expresses…", "Le Bureau politique du Parti des Travailleurs (PTK), réuni…", "We, the Union of …, write".
 */
function selfIntroduced(line: string, acronyms: ReadonlyMap<string, string>): string | null {
  const head = line.slice(0, 240);
  const we = WE_THE_RE.exec(head);
  if (we) return canonicalName(we[1]!, acronyms).name;
  const m = /\(([\p{Lu}][\p{Lu}\d&\-]{1,9})\)/u.exec(head);
  if (!m) return null;
  const long = acronyms.get(m[1]!) ?? longFormFor(m[1]!, head.slice(0, m.index));
  if (!long) return null;
  const at = head.indexOf(long);
  // Only the subject of the sentence: nothing but an article or a body of the organisation before it.
  const before = head.slice(0, Math.max(0, at)).replace(/^(?:the|la|le|les|el|los|las|l'|die|der|das)\s+/iu, '').trim();
  return at >= 0 && (before === '' || isSubBody(before)) ? long : null;
}
