/**
 * Events from a statement: each sentence that reports something that
 * happened (not a call, a plan or a position alone) is cut into pieces,
 * each piece typed with the ACLED sub-event types and given a date, place,
 * actors and fatalities; pieces and sentences telling one event are merged.
 */
import type { Entity, Event } from '../../../model/contract.js';
import { EVENT_MIN_SCORE, PROTEST_TYPES } from '../model/merge-rules.js';
import { splitSentences } from '../text/split-sentences.js';
import { detectPiece } from './detect-piece.js';
import type { Candidate } from './detect-piece.js';
import { findDates } from './find-dates.js';
import { foldPieces } from './fold-pieces.js';
import { mergeEvents } from './merge-events.js';
import { isReportingClause, sentenceMood } from './report-mood.js';
import { splitPieces } from './split-pieces.js';
import { statementContext } from './statement-context.js';
import type { StatementContext } from './statement-context.js';
import { namesProtest } from '../classify/adjust-protest.js';

/** What extraction reads from a statement. */
export interface EventInput {
  readonly body: string;
  /** The statement's date (YYYY-MM-DD, YYYY-MM or YYYY), for relative dates; null if unknown. */
  readonly date: string | null;
  /** Not needed to choose cues: English, French and Spanish cues are read together. */
  readonly language: string | null;
  /** Entities with offsets into `body`; LOC entities give places, ORG and others give actors. */
  readonly entities: readonly Entity[];
  /** Who issued the statement: the perpetrators when the text says "we" or "our fighters". */
  readonly issuers: readonly string[];
}

/** Options of the extractor. */
export interface EventExtractorOptions {
  /** Score a piece's best type needs to be an event (default `EVENT_MIN_SCORE`). */
  readonly minScore?: number;
}

/** Makes an event extractor; it is a pure function of its input. */
export function createEventExtractor(options: EventExtractorOptions = {}): (input: EventInput) => Event[] {
  const minScore = options.minScore ?? EVENT_MIN_SCORE;
  return (input) => {
    const ctx = statementContext(input.body, input.date, input.entities, input.issuers);
    const candidates = readCandidates(ctx, minScore);
    return mergeEvents(candidates, ctx.focus).map(toEvent);
  };
}

/** Extracts events with the default settings. */
export const extractEvents: (input: EventInput) => Event[] = createEventExtractor();

function readCandidates(ctx: StatementContext, minScore: number): Candidate[] {
  const out: Candidate[] = [];
  let lastProtest = -Infinity;
  splitSentences(ctx.body).forEach((sentence, index) => {
    const mood = sentenceMood(sentence.text, ctx.demandLines[sentence.paragraph] ?? false);
    if (mood === 'skip') return;
    const pieces = splitPieces(sentence.text);
    // Dates in datelines are the statement's; dates in "…, a witness said on Wednesday" are the report's.
    const reports = pieces.filter((p) => isReportingClause(p.text));
    const dates = findDates(sentence.text, ctx.ref)
      .filter((d) => !ctx.datelines.some((span) => sentence.start + d.start >= span.start && sentence.start + d.end <= span.end))
      .map((d) => ({ ...d, ofReport: reports.some((p) => d.start >= p.start && d.end <= p.end) }));
    // A protest told in this sentence or just before frames what the police do next.
    const inProtest = index - lastProtest <= 2 || namesProtest(sentence.text);
    const candidates = pieces
      .map((piece, i) => detectPiece(ctx, sentence, index, mood, piece, dates, { minScore, inProtest, previous: pieces[i - 1] ?? null }))
      .filter((c): c is Candidate => c !== null);
    const folded = foldPieces(candidates);
    if (folded.some((c) => !c.elaboration && PROTEST_TYPES.has(c.type))) lastProtest = index;
    out.push(...folded);
  });
  return out;
}

function toEvent(c: Candidate): Event {
  return {
    type: c.type,
    date: c.date,
    place: c.place?.name ?? null,
    actors: c.actors,
    fatalities: c.fatalities,
    evidence: c.sentence.text,
    geo: c.place?.geo ?? null,
  };
}
