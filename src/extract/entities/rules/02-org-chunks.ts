/**
 * Long organization names: a run of capitalized words joined by connectors
 * ("of", "for the", "des", "del") that holds an organization head word
 * ("Party", "Front", "Forum", "Confédération", "Partisi") is one ORG, however
 * the model cut it ("Organization for the Reconstruction of the Communist
 * Party of Greece").
 * @module
 */
import { ORG_HEADS } from '../model/cue-words.js';
import { ORG_HEADS_INTL } from '../model/org-heads-intl.js';
import { NAME_CONJUNCTIONS, NAME_CONNECTORS, NON_NAME_OPENERS, ROMANCE_ADJECTIVE_ENDING } from '../model/name-connectors.js';
import { PERSON_TITLES } from '../model/cue-words.js';
import { categoryBit } from '../gazetteer/gazetteer.js';
import { isHeadline } from '../tagger/static-features.js';
import type { RuleContext } from './rule-context.js';
import type { SpanSet } from './span-set.js';

const HEADS = new Set([...ORG_HEADS.filter((w) => !/^(government|army|police|group|office|court|news|press|times|post|board|services|workers|center|centre|school|college|bank|company|mission|guard)$/.test(w)), ...ORG_HEADS_INTL]);
/** Heads that make an organization only with a name around them ("Government of Sudan", not "Government"). */
const WEAK_HEADS = new Set(['government', 'army', 'police', 'group', 'office', 'court', 'board', 'workers', 'center', 'centre', 'school', 'college', 'bank', 'company', 'mission', 'guard', 'services']);
const TITLES = new Set(PERSON_TITLES);
const NAME_BITS = categoryBit('country') | categoryBit('cityLarge') | categoryBit('cityMedium') | categoryBit('region') | categoryBit('knownOrg') | categoryBit('demonym') | categoryBit('countryIntl');
const MAX_CONNECTORS = 3;
const MAX_LOWER_RUN = 5;

/** Marks capitalized runs holding an organization head as ORG. */
export function tagOrgChunks(ctx: RuleContext, spans: SpanSet): void {
  for (const sentence of ctx.sentences) {
    if (isHeadline(ctx.words.slice(sentence.start, sentence.end))) {
      tagCapitalsLine(ctx, spans, sentence.start, sentence.end);
      continue;
    }
    let i = sentence.start;
    while (i < sentence.end) {
      if (!canStart(ctx, spans, i, sentence.start)) {
        i++;
        continue;
      }
      const end = chunkEnd(ctx, i, sentence.end);
      // a person the model found right after the name ("… of Civilizations Nassir Al-Nasser") is not part of it
      const person = spans.overlapping(i, end).find((sp) => sp.type === 'PER' && sp.start > i);
      const org = organizationIn(ctx, i, person === undefined ? end : person.start);
      if (org !== null) {
        const outside = spans.overlapping(org.start, org.end).some((s) => s.start < org.start || s.end > org.end);
        if (!outside) spans.put('ORG', org.start, org.end, true);
      }
      i = Math.max(end, i + 1);
    }
  }
}

/**
 * In a line written in capitals every word looks like a name, so only a name
 * that opens with its head ("MINISTRY OF FOREIGN AFFAIRS …") is taken: from
 * the head to the end of the line or the first punctuation.
 */
function tagCapitalsLine(ctx: RuleContext, spans: SpanSet, start: number, end: number): void {
  for (let i = start; i + 2 < end; i++) {
    if (!HEADS.has(ctx.folded[i]!) && !WEAK_HEADS.has(ctx.folded[i]!)) continue;
    if (!NAME_CONNECTORS.has(ctx.folded[i + 1]!)) continue;
    let e = i + 2;
    while (e < end && /^\p{Lu}[\p{Lu}'’-]*$/u.test(ctx.words[e]!)) e++;
    if (e > i + 2 && !NAME_CONNECTORS.has(ctx.folded[e - 1]!)) spans.put('ORG', i, e, true);
    return;
  }
}

function isNameWord(w: string): boolean {
  return /^[\p{Lu}\p{Lt}]/u.test(w) || /^\p{Lu}{2,}/u.test(w);
}

function canStart(ctx: RuleContext, spans: SpanSet, i: number, sentenceStart: number): boolean {
  const w = ctx.words[i]!;
  const f = ctx.folded[i]!;
  if (!isNameWord(w) || NAME_CONNECTORS.has(f) || NON_NAME_OPENERS.has(f) || NAME_CONJUNCTIONS.has(f)) return false;
  if (i !== sentenceStart) return true;
  // a capitalized first word of a sentence is a name only on other evidence
  return spans.at(i) !== undefined || HEADS.has(f) || (ctx.gazetteer.lookup([f]) & NAME_BITS) !== 0 || /^\p{Lu}{2,}$/u.test(w) || isNameWord(ctx.words[i + 1] ?? '');
}

/** End (exclusive) of the capitalized run starting at `i`. */
function chunkEnd(ctx: RuleContext, i: number, limit: number): number {
  let end = i + 1;
  let sawHead = HEADS.has(ctx.folded[i]!);
  const romance = ctx.language !== 'en';
  for (;;) {
    const w = ctx.words[end];
    if (end >= limit || w === undefined) return end;
    const f = ctx.folded[end]!;
    if (isNameWord(w) && !NON_NAME_OPENERS.has(f)) {
      sawHead ||= HEADS.has(f);
      end++;
      continue;
    }
    if ((w === "'" || w === '’' || /^['’]s$/i.test(w)) && isNameWord(ctx.words[end + 1] ?? '')) {
      end++;
      continue;
    }
    // connectors count only when a capitalized word follows them
    // "and" joins two parts of one name only right before a capital ("Foreign Affairs and Regional Integration");
    // "X and the Y" names two bodies
    if (sawHead && NAME_CONJUNCTIONS.has(f) && isNameWord(ctx.words[end + 1] ?? '') && !NAME_CONNECTORS.has(ctx.folded[end + 1]!) && !NON_NAME_OPENERS.has(ctx.folded[end + 1]!)) {
      end++;
      continue;
    }
    let k = end;
    while (k < limit && k - end < MAX_CONNECTORS && NAME_CONNECTORS.has(ctx.folded[k]!) && !isNameWord(ctx.words[k]!)) k++;
    if (k > end && k < limit && isNameWord(ctx.words[k]!) && !NON_NAME_OPENERS.has(ctx.folded[k]!)) {
      end = k;
      continue;
    }
    // Romance names keep lower-case words after the head: "Groupe armé pour la libération du Sahel"
    if (romance && sawHead) {
      const closed = lowerRunEnd(ctx, end, limit);
      if (closed > end) {
        end = closed;
        continue;
      }
    }
    return end;
  }
}

/** After an organization head: adjectives, or a lower-case stretch closed by a capitalized word. */
function lowerRunEnd(ctx: RuleContext, from: number, limit: number): number {
  let k = from;
  while (k < limit && ROMANCE_ADJECTIVE_ENDING.test(ctx.folded[k]!) && /^\p{Ll}/u.test(ctx.words[k]!)) k++;
  if (k > from) return k;
  for (let j = from; j < limit && j - from < MAX_LOWER_RUN; j++) {
    const w = ctx.words[j]!;
    if (isNameWord(w)) return NAME_CONNECTORS.has(ctx.folded[j - 1]!) ? j : from;
    if (!/^\p{Ll}/u.test(w) || NAME_CONJUNCTIONS.has(ctx.folded[j]!)) return from;
  }
  return from;
}

/** The organization inside the run `[start, end)`, if it has a head: leading titles and lone openers cut off. */
function organizationIn(ctx: RuleContext, start: number, end: number): { start: number; end: number } | null {
  let headAt = -1;
  let strong = false;
  for (let k = start; k < end; k++) {
    const f = ctx.folded[k]!;
    if (HEADS.has(f) && isNameWord(ctx.words[k]!)) {
      headAt = k;
      strong = true;
    } else if (WEAK_HEADS.has(f) && isNameWord(ctx.words[k]!)) headAt = headAt < 0 ? k : headAt;
  }
  if (headAt < 0) return null;
  // "Secretary General of the Communist Party": the titles are a role, not part of the name
  let s = start;
  while (s < end && TITLES.has(ctx.folded[s]!)) s++;
  if (s > start && s < end && NAME_CONNECTORS.has(ctx.folded[s]!)) {
    while (s < end && NAME_CONNECTORS.has(ctx.folded[s]!)) s++;
  } else s = start;
  if (end - s < 2 && !strong) return null;
  if (end - s < 2 && HEADS.has(ctx.folded[s]!)) return null;
  if (!strong && end - s < 3 && !ctx.words.slice(s, end).some((w, k) => k > 0 || !WEAK_HEADS.has(w.toLowerCase()))) return null;
  return { start: s, end };
}
