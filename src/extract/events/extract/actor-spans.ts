/**
 * Which stretches of a piece name its perpetrators: the subject before the
 * main verb (after any reporting or position-taking clause: "the RDFI
 * condemns the killing … by the CRPF"), and a "by" agent after it. For a
 * passive only the agent counts; for an armed clash the whole piece does,
 * since both sides are actors.
 */
import type { EventType } from '../../../model/contract.js';
import { DEFINITE_ACTOR, PASSIVE, SAME_ACTOR, SUBJECT_PRONOUN } from '../model/actor-words.js';
import { firstVerb } from '../text/first-verb.js';
import { REPORTING, STANCE } from '../model/report-cues.js';
import { wordPattern } from '../text/word-pattern.js';
import type { Span } from './find-actors.js';

/** Where to read actors, and how the piece refers to them. */
export interface ActorSpans {
  readonly spans: readonly Span[];
  /** The subject points back to the previous event's actors: always ("the same group", "they"), or when it names none ("the group"). */
  readonly coreference: 'same' | 'definite' | null;
  /** The piece has no subject of its own ("…, and beat two agents to death"). */
  readonly subjectless: boolean;
  /** The main verb is passive: the subject is the victim. */
  readonly passive: boolean;
  /** Offset of the main verb (end of the subject), absolute. */
  readonly verbAt: number;
  /** Where the piece's own clause starts, after any reporting or position-taking clause, absolute. */
  readonly clauseAt: number;
}

const STANCE_G = new RegExp(STANCE.source, 'giu');
/** Words that introduce the agent of a passive or an event noun. */
const AGENT_WORDS = new Set(['by', 'par', 'por']);
/** Auxiliaries that end the search: what follows them is another clause. */
const AGENT_STOP = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);
/** How many words may stand between the verb and "by". */
const AGENT_MAX_WORDS = 10;
// What follows "against" is the target, not the perpetrator.
const VICTIM_PREPOSITION = wordPattern(String.raw`\b(?:against|contre|contra|targeting|visant)\b`);
const PRONOUN_SUBJECT = wordPattern(String.raw`^\s*(?:it|they|he|she|il|ils|elle|elles|él|ella|ellos|ellas)\s*$`);
const CONJUNCTION_START = wordPattern(String.raw`^\s*(?:and|but|then|et|puis|y|luego)?\s*$`);

/** Stretches of `body` naming the actors of the piece `[start, end)`. */
export function actorSpans(body: string, start: number, end: number, type: EventType): ActorSpans {
  const text = body.slice(start, end);
  const { cut, reporter } = cutClauses(text);
  const verb = mainVerb(text, cut);
  const verbAt = verb ? verb.index : text.length;
  // "The army announced that it had regained…": a pronoun subject is the reporter.
  const pronoun = PRONOUN_SUBJECT.test(text.slice(cut, verbAt));
  const subjectFrom = pronoun && reporter ? reporter.start : cut;
  const subjectTo = pronoun && reporter ? reporter.end : verbAt;
  const victims = VICTIM_PREPOSITION.exec(text.slice(subjectFrom, subjectTo));
  const subjectEnd = victims ? subjectFrom + victims.index : subjectTo;
  const subject = text.slice(subjectFrom, subjectEnd);
  const passive = verb !== null && isPassive(text.slice(verb.index));
  // Without a verb ("the attacks carried out against the army by terrorists"), the agent follows the event noun.
  const afterVerb = verb ? verb.index + verb.text.length : cut;
  const agent = agentAfter(text, afterVerb);
  const agentSpan = agent ? { start: start + agent.start, end: start + agent.end } : null;
  const spans: Span[] = [];
  if (type === 'ARMED_CLASH') spans.push({ start: start + cut, end });
  else {
    if (!passive) spans.push({ start: start + subjectFrom, end: start + subjectEnd });
    if (agentSpan && !spans.some((span) => agentSpan.start >= span.start && agentSpan.end <= span.end)) spans.push(agentSpan);
  }
  return {
    spans,
    coreference: passive || pronoun ? null : SAME_ACTOR.test(subject) || SUBJECT_PRONOUN.test(subject) ? 'same' : DEFINITE_ACTOR.test(subject) ? 'definite' : null,
    subjectless: !passive && CONJUNCTION_START.test(subject),
    passive,
    verbAt: start + verbAt,
    clauseAt: start + cut,
  };
}

/**
 * The agent phrase after `from`: within the next ten words, "by" (or "par",
 * "por") and what follows it up to the next comma, semicolon or full stop.
 * A word scan rather than a regular expression: this runs on every piece of
 * every statement, and the equivalent Unicode, case-insensitive pattern was
 * the slowest thing in the pipeline.
 */
export function agentAfter(text: string, from: number): { start: number; end: number } | null {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  for (let words = 0; words <= AGENT_MAX_WORDS && i < text.length; words++) {
    let j = i;
    while (j < text.length && !/\s/.test(text[j]!)) j++;
    const word = text.slice(i, j);
    const bare = word.toLowerCase();
    if (AGENT_WORDS.has(bare)) {
      let k = j;
      while (k < text.length && /\s/.test(text[k]!)) k++;
      if (k === j) return null;
      let end = k;
      while (end < text.length && text[end] !== ',' && text[end] !== ';' && text[end] !== '.') end++;
      return end > k ? { start: k, end } : null;
    }
    // A word holding ";" or "." ends the clause; an auxiliary starts another one.
    const lead = LEADING_WORD.exec(bare)![0];
    if (/[;.]/.test(word) || AGENT_STOP.has(lead) || AGENT_WORDS.has(lead)) return null;
    i = j;
    if (i >= text.length) return null;
    while (i < text.length && /\s/.test(text[i]!)) i++;
  }
  return null;
}

/** The leading letters of a word ("was," → "was"): an auxiliary followed by punctuation still counts. */
const LEADING_WORD = /^[0-9a-z_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]*/;

/** Where the clause of `text` starts after any reporting or position-taking clause. */
export function clauseStart(text: string): number {
  return cutClauses(text).cut;
}

// Reporting and position-taking clauses are skipped: their subject is a source, not a perpetrator.
function cutClauses(text: string): { cut: number; reporter: { start: number; end: number } | null } {
  let cut = 0;
  let reporter: { start: number; end: number } | null = null;
  REPORTING.lastIndex = 0;
  for (const m of text.matchAll(REPORTING)) {
    const end = m.index + m[0].length;
    // "…, the ministry said on Tuesday" closes the clause; only a report that precedes its content is cut off.
    if (end <= cut || firstVerb(text, end) === null) continue;
    reporter = { start: cut, end: m.index };
    cut = end;
  }
  STANCE_G.lastIndex = 0;
  for (const m of text.matchAll(STANCE_G)) {
    if (m.index + m[0].length > cut) {
      cut = m.index + m[0].length;
      reporter = null;
    }
  }
  return { cut, reporter };
}

/** A form of "be" (after "have", if any) followed by a participle. */
function isPassive(fromVerb: string): boolean {
  return PASSIVE.test(fromVerb);
}

function mainVerb(text: string, from: number): { index: number; text: string } | null {
  return firstVerb(text, from);
}
