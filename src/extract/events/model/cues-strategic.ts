/**
 * Cues for ACLED's "strategic developments" and territorial types:
 * agreements, changes to a group or its activity, disrupted weapons use,
 * bases set up, non-violent transfers, and the residual OTHER. Territory
 * changed by force is decided in `classify/adjust-territory.ts`, from
 * `TERRITORY_GAIN` and who gained it.
 */
import { cue } from './cue.js';
import type { Cue } from './cue.js';
import { wordPattern } from '../text/word-pattern.js';

const WEAPON_NOUN = String.raw`(?:weapons?|drones?|arms|ammunition|ammo|rounds|cartridges|explosives?|ieds?|vbieds?|bombs?|grenades?|rifles?|pistols?|firearms?|guns?|landmines?|mines?|detonators?|magazines?|rockets?|mortars?|missiles?|devices?|tnt|munitions?|packages?|caches?|armes|munitions|explosifs|armas|municiones|explosivos)`;
const DISRUPT_VERB = String.raw`(?:seiz\w*|confiscat\w*|recover\w*|found|discover\w*|uncover\w*|unearth\w*|intercept\w*|defus\w*|diffus\w*|dismantl\w*|deactivat\w*|neutrali[sz]\w*|cleared|impound\w*|safely detonated|destroyed in a controlled|saisi\w*|découvert\w*|désamorc\w*|incaut\w*|decomis\w*|hallad\w*|desactiv\w*)`;

/** Weapons seized, found, defused or intercepted before (or instead of) use. */
export const DISRUPTED_CUES: readonly Cue[] = [
  cue('DISR_WEAP', 9, String.raw`\b${DISRUPT_VERB}\b(?:[ \t]+[^\s,;.]+){0,8}?[ \t]+${WEAPON_NOUN}\b`),
  cue('DISR_WEAP', 9, String.raw`\b${WEAPON_NOUN}\b(?:\W+\w+){0,14}?\W+(?:were|was|have been|has been|had been|being|got)? ?${DISRUPT_VERB}\b`),
  cue('DISR_WEAP', 9, String.raw`\b(?:air defen[cs]es?|anti-aircraft (?:systems?|fire)|missile defen[cs]e)\b(?:\W+\w+){0,3}?\W+(?:intercepted|shot down|downed|destroyed|neutrali[sz]ed)\b`),
  cue('DISR_WEAP', 7, String.raw`\b(?:arms caches?|weapons caches?|caches? of (?:arms|weapons)|arms depots?|bomb disposal|bomb squad|controlled explosion|sappers|defused|shot down (?:\w+ ){0,2}(?:missiles?|rockets?|drones?))\b`),
  cue('DISR_WEAP', 3, String.raw`\b(?:caches?|stockpiles?|hideout|intercepted)\b`),
];

/** Agreements: ceasefires, peace deals, talks, surrenders, prisoner exchanges. */
export const AGREEMENT_CUES: readonly Cue[] = [
  cue('AGREEMENT', 8, String.raw`\b(?:ceasefires?|cease-fires?|truces?|armistice|peace (?:deal|agreement|accord|talks|process|treaty|negotiations|pact)s?|prisoner (?:swap|exchange|release)s?|exchange of prisoners|surrender(?:ed|s|ing)?|laid down (?:their|his|its) arms|memorandum of understanding)\b`),
  cue('AGREEMENT', 5, String.raw`\b(?:agreed (?:to|on|upon)|reached (?:an? |the )?(?:agreement|deal|accord|understanding)|released (?:\w+ ){0,3}(?:prisoners|hostages|detainees|captives))\b`),
  cue('AGREEMENT', 3, String.raw`\b(?:agreements?|accords?|deal|reconciliation|pact|treaty)\b`),
  cue('AGREEMENT', 3, String.raw`\b(?:signed|signing|negotiat\w*|talks|agreed)\b`),
  cue('AGREEMENT', 8, String.raw`\b(?:cessez-le-feu|accords? de paix|trêve|signature de l'accord|alto el fuego|cese al fuego|acuerdos? de paz|tregua|firma del acuerdo|rendición|se rindieron|se sont rendus)\b`),
];

/** Changes to a group or its activity: deployments, defections, reinforcements, preparations. */
export const GROUP_CHANGE_CUES: readonly Cue[] = [
  cue('CHANGE_TO_GROUP_ACT', 8, String.raw`\b(?:defect(?:ed|ion|ions|ors|s)?|deserted|desertions?)\b`),
  cue('CHANGE_TO_GROUP_ACT', 6, String.raw`\b(?:deploy\w*|redeploy\w*|reinforc\w*|mobili[sz]\w*|troop build-?up|military build-?up|troop movements?|massing|amassed|sent (?:\w+ ){0,3}(?:troops|reinforcements|forces|soldiers))\b`),
  cue('CHANGE_TO_GROUP_ACT', 6, String.raw`\b(?:moved (?:\S+ ){0,3}(?:troops|battlegroups|battalions|forces|units|soldiers|reinforcements|tanks)|(?:troops|mercenaries|reinforcements|forces|soldiers|fighters|units) (?:have )?arrived|arrived (?:\S+ ){0,3}to (?:support|reinforce|bolster|back)|split(?:ting)? into|splinter(?:ed)?)\b`),
  cue('CHANGE_TO_GROUP_ACT', 6, String.raw`\b(?:waiting for (?:a |the )?(?:final )?orders?|preparing (?:for|to launch)|preparations? for|poised to)\b`),
  cue('CHANGE_TO_GROUP_ACT', 4, String.raw`\b(?:in anticipation of|on (?:high )?alert|air defen[cs]e systems?|(?:broke|split) (?:away|from)|splinter (?:group|faction)|merged?|merger|formed (?:an? )?(?:new )?(?:coalition|alliance|front|group|militia)|announced the (?:formation|creation)|new (?:armed )?group|formed (?:a )?new|disband\w*|recruit\w*|joined (?:the )?(?:ranks|\w+ army|forces with)|change of (?:command|leadership)|military (?:drills?|exercises?)|laying down their arms)\b`),
  cue('CHANGE_TO_GROUP_ACT', 6, String.raw`\b(?:déploi\w*|déployé\w*|renforts?|désert\w*|despleg\w*|despliegue|refuerzos?|desert(?:ó|aron|ores))\b`),
];

/** Bases, posts and headquarters set up. */
export const BASE_CUES: readonly Cue[] = [
  cue('HQ_ESTABLISHED', 9, String.raw`\b(?:establish\w*|set(?:ting)? up|built|build(?:ing|s)?|open(?:ed|ing)?|erect\w*|install\w*|construct\w*)\b(?:\W+\w+){0,5}?\W+(?:bases?|outposts?|(?:observation |military |army |checkpoint |monitoring )posts?|posts|headquarters|hqs?|command (?:centers?|centres?|posts?)|garrisons?|(?:military |observation )points?|points)\b`),
  cue('HQ_ESTABLISHED', 9, String.raw`\b(?:bases?|outposts?|posts?|headquarters|points?|garrisons?)\b(?:\W+\w+){0,4}?\W+(?:was|were|has been|have been|had been|being)? ?(?:established|set up|built|erected|installed|opened)\b`),
  cue('HQ_ESTABLISHED', 3, String.raw`\b(?:headquarters|new (?:military )?(?:base|post|outpost))\b`),
  cue('HQ_ESTABLISHED', 8, String.raw`\b(?:install(?:é|és|er|ent) (?:\w+ ){0,3}(?:une )?bases?|établi\w* (?:\w+ ){0,3}bases?|instal(?:ó|aron|ado) (?:\w+ ){0,3}bases?|establec\w* (?:\w+ ){0,3}bases?)\b`),
];

/** Territory changing hands without fighting. */
export const TRANSFER_CUES: readonly Cue[] = [
  cue('NON_VIOL_TERRIT_TRANSFER', 10, String.raw`\b(?:without (?:a )?(?:fight|fighting|resistance|firing|a shot|a gunshot|bloodshed)|handed over (?:\w+ ){0,3}(?:control|territory|town|city|area|district)|hand-?over of|handover|ceded|transfer(?:red)? (?:of )?(?:control|territory))\b`),
  cue('NON_VIOL_TERRIT_TRANSFER', 5, String.raw`\b(?:withdr(?:ew|awn|aw|awal|awing)|pull(?:ed|ing)? out|pull-?out|retreat(?:ed)?|evacuated (?:the )?(?:town|city|area|positions|base)|vacated|crossed into|entered (?:\w+ ){0,3}without|left (?:their|its) positions|(?:passed|came|returned) (?:\S+ ){0,2}(?:to|into|under) the control of|handed (?:\S+ ){0,3}(?:to|over to))\b`),
];

/** OTHER: mass graves, bodies found, sieges and blockades, displacement. */
export const OTHER_CUES: readonly Cue[] = [
  cue('OTHER', 10, String.raw`\b(?:mass graves?|bodies (?:were |have been )?(?:found|discovered|recovered|exhumed)|found (?:\w+ ){0,3}bod(?:y|ies)|fosses? communes?|fosas? comunes?)\b`),
  cue('OTHER', 4, String.raw`\b(?:sieges?|besieg\w*|blockades?|blocus|cercos?|curfews?|state of emergency|martial law)\b`),
  cue('OTHER', 3, String.raw`\b(?:fled|flee(?:ing)?|displac\w*|refugees|exodus|evacuat\w*)\b`),
];

/**
 * An agreement told as an event ("signed", "agreed", "announced a
 * ceasefire", "surrendered"), not only named ("since the peace accords"):
 * the extractor makes an AGREEMENT event only from these.
 */
export const AGREEMENT_EVENT = wordPattern(String.raw`\b(?:sign(?:ed|ing)|agreed|reached|concluded|struck|brokered|announced|declared|accepted|surrender(?:ed|ing)?|laid down|exchanged|released|(?:began|opened|held|started|resumed) (?:\S+ ){0,2}(?:talks|negotiations)|entered into force|took effect|firm(?:ó|aron|ado)|acord(?:ó|aron)|pactaron|se rindieron|sign(?:é|ée|és|ent|èrent)|a signé|ont signé|conclu|se sont rendus|proclam(?:é|ée))\b`);
