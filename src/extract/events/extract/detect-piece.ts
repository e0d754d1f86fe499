/**
 * One piece of a sentence read as a possible event: its ACLED type, the
 * trigger, date, place, actors and fatalities, or nothing when the piece
 * reports no event (too weak, negated, planned, or a position without a
 * date).
 */
import type { EventType } from '../../../model/contract.js';
import { classifyEventText } from '../classify/classify-event-text.js';
import type { LabelScores } from '../classify/label-scores.js';
import { EVENT_TYPES } from '../../../model/contract.js';
import { FIRST_PERSON } from '../model/actor-words.js';
import { PROTEST_EVENT } from '../model/cues-protest.js';
import { AGREEMENT_EVENT } from '../model/cues-strategic.js';
import { DEATH_TOLL_BONUS, GENERIC_VIOLENCE } from '../model/merge-rules.js';
import { actorSpans, clauseStart } from './actor-spans.js';
import { countFatalities } from './count-fatalities.js';
import { actorsIn, dedupe } from './find-actors.js';
import type { DateMention } from './find-dates.js';
import { placeIn } from './find-place.js';
import type { EventPlace } from './find-place.js';
import { findTrigger } from './find-trigger.js';
import { isAnaphoric, isBlocked, isGenericMention, isToldInRelativeClause } from './report-mood.js';
import type { Mood } from './report-mood.js';
import type { StatementContext } from './statement-context.js';
import type { Piece } from './split-pieces.js';
import type { Sentence } from '../text/split-sentences.js';

/** A possible event read from one piece; merged with others later. */
export interface Candidate {
  readonly type: EventType;
  readonly score: number;
  readonly sentence: Sentence;
  readonly sentenceIndex: number;
  readonly mood: Mood;
  /** Too weak or told as already known ("this attack"): it can only add to an earlier event. */
  readonly elaboration: boolean;
  readonly place: EventPlace | null;
  readonly date: string | null;
  /** "The same evening": the date of the event told before. */
  readonly sameDay: boolean;
  readonly actors: readonly string[];
  readonly coreference: 'same' | 'definite' | null;
  readonly subjectless: boolean;
  /** Told in the passive ("were set on fire"): the perpetrators, if named, are in a "by" phrase. */
  readonly passive: boolean;
  readonly fatalities: number | null;
  /** The latest sentence merged into this event (itself at first): how far a continuation may reach back. */
  readonly reach: { readonly sentenceIndex: number; readonly paragraph: number };
}

/** A date mention of the sentence; `ofReport` marks one in a reporting clause ("…, officials said on Monday"). */
export interface SentenceDate extends DateMention {
  readonly ofReport: boolean;
}

/** Settings of detection. */
export interface DetectOptions {
  readonly minScore: number;
  readonly inProtest: boolean;
  /** The piece before in the sentence: a piece without a subject shares its subject ("the police entered …, and fired"). */
  readonly previous?: Piece | null;
}

/** Reads `piece` of `sentence` as an event, or returns null when it reports none. */
export function detectPiece(
  ctx: StatementContext, sentence: Sentence, sentenceIndex: number, mood: Mood, piece: Piece, dates: readonly SentenceDate[], options: DetectOptions,
): Candidate | null {
  const best = bestAcled(classifyEventText(piece.text, { inProtest: options.inProtest }).scores);
  const { type, scores } = best;
  const fatalities = countFatalities(piece.text);
  // A death toll makes violence told in generic words ("militiamen have killed 18 civilians") an event.
  const score = best.score + (fatalities !== null && type !== null && GENERIC_VIOLENCE.has(type) ? DEATH_TOLL_BONUS : 0);
  const violence = scores.ATTACK + scores.ARMED_CLASH;
  if (type === null || (score < options.minScore && fatalities === null && violence < 2)) return null;
  // Protesters named without a protest told ("the hunger strikers"), or an agreement only named ("since the peace accords"), are no event.
  if (type === 'PEACE_PROTEST' && !PROTEST_EVENT.test(piece.text)) return null;
  if (type === 'AGREEMENT' && !AGREEMENT_EVENT.test(piece.text)) return null;
  const trigger = findTrigger(piece.text, type);
  const before = piece.text.slice(0, trigger);
  if (isBlocked(before)) return null;
  const anaphoric = isAnaphoric(before);
  if (mood === 'stance' && (anaphoric || (!hasOwnDate(dates) && !isToldInRelativeClause(before)))) return null;
  const start = sentence.start + piece.start;
  const end = sentence.start + piece.end;
  const anchor = start + trigger;
  const who = actorSpans(ctx.body, start, end, type);
  const shared = who.subjectless && options.previous
    ? actorSpans(ctx.body, sentence.start + options.previous.start, sentence.start + options.previous.end, type).spans.slice(0, 1)
    : [];
  // Places in the clause of the one who reports or condemns ("the Federation of … of Valparaíso learned that") are theirs.
  const place = placeIn({ start: who.clauseAt, end }, anchor, ctx.places)
    ?? placeIn({ start: sentence.start + clauseStart(sentence.text), end: sentence.end }, anchor, ctx.places);
  // A date in the piece itself first; else one elsewhere in the sentence, but not the date of its report.
  const own = dates.filter((d) => d.start >= piece.start && d.end <= piece.end);
  const date = nearestDate(own.length > 0 ? own : dates.filter((d) => !d.ofReport), piece.start + trigger);
  // "The killing of social leaders has become a tragedy": an event noun named in general, with no day, place or toll.
  const generic = mood === 'narrative' && isGenericMention(before, piece.text.slice(trigger))
    && dates.length === 0 && fatalities === null && !placeIn(sentence, anchor, ctx.places);
  return {
    type, score, sentence, sentenceIndex, mood,
    elaboration: score < options.minScore || anaphoric || generic,
    place,
    date: date?.date ?? null,
    sameDay: date?.sameAsPrevious ?? false,
    actors: dedupe([
      ...[...who.spans, ...shared].flatMap((span) => actorsIn(ctx.body, span, ctx.entities)),
      ...(who.spans[0] && FIRST_PERSON.test(ctx.body.slice(who.spans[0].start, who.spans[0].end)) ? ctx.issuers : []),
    ]),
    coreference: who.coreference,
    subjectless: who.subjectless,
    passive: who.passive,
    fatalities,
    reach: { sentenceIndex, paragraph: sentence.paragraph },
  };
}

function bestAcled(scores: LabelScores): { type: EventType | null; score: number; scores: LabelScores } {
  let type: EventType | null = null;
  for (const t of EVENT_TYPES) if (scores[t] > 0 && (type === null || scores[t] > scores[type])) type = t;
  return { type, score: type ? scores[type] : 0, scores };
}

function hasOwnDate(dates: readonly SentenceDate[]): boolean {
  return dates.some((d) => d.date !== null || d.sameAsPrevious);
}

function nearestDate(dates: readonly SentenceDate[], at: number): SentenceDate | null {
  let best: SentenceDate | null = null;
  let bestDistance = Infinity;
  for (const d of dates) {
    const distance = d.end <= at ? at - d.end : Math.max(0, d.start - at);
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}
