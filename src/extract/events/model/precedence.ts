/**
 * The codebook's precedence between types that share words: when the
 * winner's score reaches `min`, the losers are scaled by `factor`. A suicide
 * bombing is SUIC_BOMB even though it is also an explosion; weapons seized
 * before use are DISR_WEAP however many weapons are listed; violence coded
 * by its weapon (remote violence) is not an armed clash or an attack; a
 * protest about a disaster is a protest.
 */
import type { EventLabel } from './labels.js';

/** One precedence rule. */
export interface Precedence {
  readonly winner: EventLabel;
  readonly min: number;
  readonly losers: readonly EventLabel[];
  readonly factor: number;
}

const REMOTE_VIOLENCE: readonly EventLabel[] = ['REM_EXPLOS', 'GRENADE', 'ART_MISS_ATTACK', 'AIR_STRIKE'];
const GENERIC_VIOLENCE: readonly EventLabel[] = ['ATTACK', 'ARMED_CLASH', 'PROPERTY_DISTRUCT', 'MAN_MADE_DISASTER'];
const PROTEST_TOPICS: readonly EventLabel[] = ['MAN_MADE_DISASTER', 'NATURAL_DISASTER', 'ORG_CRIME', 'DIPLO'];
const TERRITORY: readonly EventLabel[] = ['GOV_REGAINS_TERIT', 'NON_STATE_ACTOR_OVERTAKES_TER', 'ARMED_CLASH'];

/** Applied in order; later rules see the scores earlier rules left. */
export const PRECEDENCE: readonly Precedence[] = [
  { winner: 'CHEM_WEAP', min: 12, losers: [...REMOTE_VIOLENCE, ...GENERIC_VIOLENCE, 'SUIC_BOMB'], factor: 0.3 },
  { winner: 'SUIC_BOMB', min: 8, losers: [...REMOTE_VIOLENCE, ...GENERIC_VIOLENCE], factor: 0.3 },
  { winner: 'DISR_WEAP', min: 9, losers: [...REMOTE_VIOLENCE, ...GENERIC_VIOLENCE, 'ARREST', 'GOV_REGAINS_TERIT', 'NON_STATE_ACTOR_OVERTAKES_TER'], factor: 0.3 },
  ...REMOTE_VIOLENCE.map((winner) => ({ winner, min: 6, losers: GENERIC_VIOLENCE, factor: 0.4 })),
  // A grenade thrown into a rally is a grenade attack: the rally is its target.
  ...REMOTE_VIOLENCE.map((winner) => ({ winner, min: 6, losers: ['PEACE_PROTEST'] as const, factor: 0.5 })),
  { winner: 'SEX_VIOL', min: 10, losers: ['ATTACK', 'ARMED_CLASH', 'ABDUCT_DISSAP'], factor: 0.5 },
  { winner: 'ATTRIB', min: 12, losers: [...REMOTE_VIOLENCE, ...GENERIC_VIOLENCE, 'SUIC_BOMB', 'CHEM_WEAP'], factor: 0.3 },
  { winner: 'OTHER', min: 10, losers: ['ATTACK', 'ARMED_CLASH'], factor: 0.5 },
  { winner: 'NON_VIOL_TERRIT_TRANSFER', min: 9, losers: TERRITORY, factor: 0.5 },
  ...(['PEACE_PROTEST', 'PROTEST_WITH_INTER', 'FORCE_AGAINST_PROTEST', 'VIOL_DEMONSTR'] as const)
    .map((winner) => ({ winner, min: 6, losers: PROTEST_TOPICS, factor: 0.5 })),
];
