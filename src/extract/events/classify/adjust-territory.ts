/**
 * Territory taken by force: GOV_REGAINS_TERIT when state forces (or their
 * allies) took it, NON_STATE_ACTOR_OVERTAKES_TER when an armed group did.
 * The first gain in the text is the one that counts; its gainer is read
 * from the clause's subject, a "by" agent, or what the territory was
 * ("an army outpost", "rebel-held villages").
 */
import type { EventLabel } from '../model/labels.js';
import {
  LIBERATION_VERB, NON_STATE_FORCE, NON_STATE_HELD, STATE_FORCE, STATE_HELD, TERRITORY_GAIN, TERRITORY_OBJECT,
} from '../model/signals.js';
import { TERRITORY_GAIN_WEIGHT, TERRITORY_OBJECT_WINDOW, TERRITORY_UNKNOWN_WEIGHT } from '../model/weights.js';
import type { LabelScores } from './label-scores.js';
import { firstVerb } from '../text/first-verb.js';

type Side = 'state' | 'non-state' | null;

const GAIN = new RegExp(TERRITORY_GAIN.source, 'giu');
const SUBJECT_WORDS = 10;
const CONTROL_VERB = /control|ground|contrôle/iu;
const REPORTING_VERB = /\b(?:said|says|say|reported|reports|claimed|claims|announced|added|stated|told|according to)\b(?: that)?/iu;
const WEAPON_OBJECT = /\b(?:weapons?|arms|ammunition|explosives?|devices?|ieds?|bombs?|mines?|rifles?|guns?|grenades?|rockets?|missiles?|drones?|bodies|body|hostages?)\b/iu;
const ADJECTIVE_USE = /\b(?:the|a|an|newly|recently|its|their)\s+$/iu;
const PASSIVE_BEFORE = /\b(?:were|was|been|being)\s+$/iu;
const PEOPLE = /\b(?:people|civilians|villagers|men|women|children|workers|engineers|passengers|students|journalists|hostages|nationals|tourists|\d+)\b/iu;
const BY_AGENT = /^\s*(?:\S+\s+){0,3}?by\s+((?:\S+\s+){0,6}\S+)/iu;

/** Returns scores with the territorial type added for the first gain of territory. */
export function adjustTerritory(input: LabelScores, text: string): LabelScores {
  const side = firstGain(text);
  if (side === undefined) return input;
  const label: EventLabel = side === 'state' ? 'GOV_REGAINS_TERIT' : 'NON_STATE_ACTOR_OVERTAKES_TER';
  const weight = side === null ? TERRITORY_UNKNOWN_WEIGHT : TERRITORY_GAIN_WEIGHT;
  return { ...input, [label]: input[label] + weight };
}

/** The gainer of the first territorial gain: a side, null when unknown, undefined when there is no gain. */
export function firstGain(text: string): Side | undefined {
  GAIN.lastIndex = 0;
  for (let m = GAIN.exec(text); m; m = GAIN.exec(text)) {
    const after = text.slice(m.index + m[0].length);
    const window = after.trimStart().split(/\s+/u, TERRITORY_OBJECT_WINDOW).join(' ');
    if (!CONTROL_VERB.test(m[0]) && !TERRITORY_OBJECT.test(window)) continue;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    // "the captured town" describes; "engineers were seized" takes people, not ground.
    if (ADJECTIVE_USE.test(before) || (PASSIVE_BEFORE.test(before) && PEOPLE.test(before))) continue;
    // "recovered three explosive devices buried along the road": weapons taken, not ground.
    const object = TERRITORY_OBJECT.exec(window);
    if (object && WEAPON_OBJECT.test(window.slice(0, object.index))) continue;
    return gainer(text.slice(0, m.index), window, m[0]);
  }
  return undefined;
}

function gainer(before: string, after: string, verb: string): Side {
  // "pushed the Taliban out of…": the side pushed out lost the ground.
  if (NON_STATE_FORCE.test(verb)) return 'state';
  if (STATE_FORCE.test(verb)) return 'non-state';
  const agent = BY_AGENT.exec(after)?.[1];
  if (agent) {
    const side = sideOf(agent);
    if (side) return side;
  }
  // Parentheses are kept: they hold acronyms inside the subject ("Command (Nolcom) have").
  const clause = before.split(/[,;:.!?]/u).pop() ?? '';
  // "The army said rebels had gained ground": the subject follows the reporting verb.
  const reported = clause.split(REPORTING_VERB).pop() ?? clause;
  // "The army announced that it had regained": when the reported clause names no side, its pronoun points to the reporter.
  const side = sideOf(subjectOf(reported)) ?? sideOf(subjectOf(clause));
  if (side) return side;
  if (STATE_HELD.test(after)) return 'non-state';
  if (NON_STATE_HELD.test(after)) return 'state';
  return LIBERATION_VERB.test(verb) ? 'state' : null;
}

// The subject: the words before the clause's first verb ("it had cleared the militant positions and taken…" gives "it").
function subjectOf(text: string): string {
  const verb = firstVerb(text);
  const head = verb ? text.slice(0, verb.index) : text;
  return head.trim().split(/\s+/u).slice(-SUBJECT_WORDS).join(' ');
}

// A coalition of state forces and allied militias counts as the state, as in ACLED.
function sideOf(words: string): Side {
  if (STATE_FORCE.test(words)) return 'state';
  if (NON_STATE_FORCE.test(words)) return 'non-state';
  return null;
}
