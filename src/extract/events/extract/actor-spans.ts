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
// Each word is followed by at least one space, so the match stays linear in the length of the text.
const AGENT = wordPattern(String.raw`^\s*(?:(?!(?:is|are|was|were|has|have|had|by|par|por)\b)[^\s;.]+\s+){0,10}?(?:by|par|por)\s+((?:the\s+|les?\s+|la\s+|el\s+|los\s+)?[^,;.]*)`);
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
  const agent = AGENT.exec(text.slice(afterVerb));
  const agentSpan = agent?.[1] ? { start: start + afterVerb + agent[0].length - agent[1].length, end: start + afterVerb + agent[0].length } : null;
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
