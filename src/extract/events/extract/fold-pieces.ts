/**
 * The candidates of one sentence reduced to its events: weak violence
 * ("14 residents were killed") folds into the violent event it belongs to,
 * a peaceful protest into the protest-with-intervention told beside it,
 * and repeats of one type into one; pieces without a subject take the
 * actors of the piece before ("…, and beat two agents to death").
 */
import { GENERIC_VIOLENCE, PROTEST_TYPES, SAME_SENTENCE_PAIRS, VIOLENT_TYPES } from '../model/merge-rules.js';
import type { Candidate } from './detect-piece.js';
import { dedupe } from './find-actors.js';

/** Folds the candidates of one sentence (in piece order). */
export function foldPieces(pieces: readonly Candidate[]): Candidate[] {
  const withSubjects = pieces.map((c, i) =>
    c.subjectless && c.actors.length === 0 && i > 0 ? { ...c, actors: pieces[i - 1]!.actors } : c);
  const out: Candidate[] = [];
  for (const c of withSubjects) {
    const host = out.find((o) => absorbs(o, c)) ?? null;
    if (host) out[out.indexOf(host)] = combine(host, c);
    else {
      const guest = out.findIndex((o) => absorbs(c, o));
      if (guest >= 0) out[guest] = combine(c, out[guest]!);
      else out.push(c);
    }
  }
  return out;
}

/** Whether `host` takes in `c`, told in the same sentence. */
function absorbs(host: Candidate, c: Candidate): boolean {
  if (host.elaboration) return false;
  if (host.type === c.type) return true;
  if (SAME_SENTENCE_PAIRS.some(([a, b]) => (host.type === a && c.type === b) || (host.type === b && c.type === a))) return true;
  if (GENERIC_VIOLENCE.has(c.type) && c.elaboration && VIOLENT_TYPES.has(host.type)) return true;
  return c.type === 'PEACE_PROTEST' && PROTEST_TYPES.has(host.type);
}

/** `host` with what `c` adds: actors, fatalities, a place or date it lacked. */
export function combine(host: Candidate, c: Candidate): Candidate {
  return {
    ...host,
    actors: dedupe([...host.actors, ...c.actors]),
    fatalities: maxOf(host.fatalities, c.fatalities),
    place: host.place ?? c.place,
    date: host.date ?? c.date,
    reach: c.reach.sentenceIndex > host.reach.sentenceIndex ? c.reach : host.reach,
  };
}

function maxOf(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}
