/**
 * ACLED's names for the contract's sub-event codes, and the event type each
 * belongs to (ACLED codebook), for the ACLED-like event table.
 * @module
 */
import type { EventType } from '../model/contract.js';

export const ACLED_TYPES: Readonly<Record<EventType, { readonly subEventType: string; readonly eventType: string }>> = {
  ARMED_CLASH: { subEventType: 'Armed clash', eventType: 'Battles' },
  GOV_REGAINS_TERIT: { subEventType: 'Government regains territory', eventType: 'Battles' },
  NON_STATE_ACTOR_OVERTAKES_TER: { subEventType: 'Non-state actor overtakes territory', eventType: 'Battles' },
  CHEM_WEAP: { subEventType: 'Chemical weapon', eventType: 'Explosions/Remote violence' },
  AIR_STRIKE: { subEventType: 'Air/drone strike', eventType: 'Explosions/Remote violence' },
  SUIC_BOMB: { subEventType: 'Suicide bomb', eventType: 'Explosions/Remote violence' },
  ART_MISS_ATTACK: { subEventType: 'Shelling/artillery/missile attack', eventType: 'Explosions/Remote violence' },
  REM_EXPLOS: { subEventType: 'Remote explosive/landmine/IED', eventType: 'Explosions/Remote violence' },
  GRENADE: { subEventType: 'Grenade', eventType: 'Explosions/Remote violence' },
  SEX_VIOL: { subEventType: 'Sexual violence', eventType: 'Violence against civilians' },
  ATTACK: { subEventType: 'Attack', eventType: 'Violence against civilians' },
  ABDUCT_DISSAP: { subEventType: 'Abduction/forced disappearance', eventType: 'Violence against civilians' },
  PEACE_PROTEST: { subEventType: 'Peaceful protest', eventType: 'Protests' },
  PROTEST_WITH_INTER: { subEventType: 'Protest with intervention', eventType: 'Protests' },
  FORCE_AGAINST_PROTEST: { subEventType: 'Excessive force against protesters', eventType: 'Protests' },
  VIOL_DEMONSTR: { subEventType: 'Violent demonstration', eventType: 'Riots' },
  MOB_VIOL: { subEventType: 'Mob violence', eventType: 'Riots' },
  AGREEMENT: { subEventType: 'Agreement', eventType: 'Strategic developments' },
  ARREST: { subEventType: 'Arrests', eventType: 'Strategic developments' },
  CHANGE_TO_GROUP_ACT: { subEventType: 'Change to group/activity', eventType: 'Strategic developments' },
  DISR_WEAP: { subEventType: 'Disrupted weapons use', eventType: 'Strategic developments' },
  HQ_ESTABLISHED: { subEventType: 'Headquarters or base established', eventType: 'Strategic developments' },
  NON_VIOL_TERRIT_TRANSFER: { subEventType: 'Non-violent transfer of territory', eventType: 'Strategic developments' },
  OTHER: { subEventType: 'Other', eventType: 'Strategic developments' },
  PROPERTY_DISTRUCT: { subEventType: 'Looting/property destruction', eventType: 'Strategic developments' },
};
