/**
 * Patterns that do not vote for a label themselves but decide between
 * labels: which side an actor is on, whether a target is armed, whether
 * territory was gained. Kept as data so they can be reviewed against the
 * ACLED codebook without reading the rules.
 */
import { wordPattern } from '../text/word-pattern.js';
import { DEMONYMS } from './demonyms.js';

// "Afghan forces", "Iraqi troops": a nationality names the forces of a state.
const STATE_NATIONALITY = Object.keys(DEMONYMS).sort((a, b) => b.length - a.length).join('|');

/** State forces and their allies (ACLED's state actors). */
export const STATE_FORCE = wordPattern(String.raw`\b(?:(?:${STATE_NATIONALITY}) (?:forces|troops|army|military|soldiers|police|navy|air force)|government|govt|pro-government|regime|army|armed forces|military|troops|troopers|soldiers|security forces|police|policemen|national guard|state forces|federal forces|marines|defen[cs]e forces|servicemen|gendarm\w*|junta|air force|navy|coalition forces|forces loyal to the government|armée|militaires|soldats|gendarmerie|policía|ejército|militares|soldados|fuerza pública)\b`);

/** Non-state armed groups, as news and statements name them generically. */
export const NON_STATE_FORCE = wordPattern(String.raw`\b(?:rebels?|rebel|insurgents?|militants?|jihadists?|islamists?|terrorists?|militias?|militiamen|fighters|guerrillas?|gunmen|gangs?|gang members|separatists?|armed groups?|extremists?|mujahideen|mujahidin|insurgency|opposition forces|islamic state|isis|isil|daesh|al-shabaa?b|taliban|boko haram|al-qaeda|rebelles|djihadistes|terroristes|groupes? armés?|guérilla|guerrilleros|disidencias|grupos? armados?|paramilitares)\b`);

/** Armed targets: an attack on these is an armed clash, not an attack on civilians. */
export const ARMED_TARGET = wordPattern(String.raw`\b(?:attaqu\w*|embuscade|ataca\w*|atacó|emboscada|attack\w*|ambush\w*|raid(?:ed)?|storm(?:ed)?|charged|struck|target(?:ed|ing)|killing|killed|opened fire on|fired on|overran)\b(?:[ \t]+(?!by\b)[^\s,;:.]+){0,6}?[ \t]+(?:bases?|checkpoints?|(?:army|military|police) (?:posts?|positions?|stations?|camps?|convoys?|patrols?)|outposts?|barracks|convoys?|patrols?|positions|troops|soldiers|security (?:force )?(?:members|personnel|forces)|servicemen|policemen|police officers|(?:army|military|government) forces|militiamen|militia|fighters|rebels|militants|insurgents|jawans?|peacekeepers|camp hosting|détachement|militaires|soldats|armée|gendarmes|policiers|camp militaire|base militaire|militares|soldados|ejército|policías|puesto militar|puesto de policía|base militar)\b`);

/** Armed people killed in numbers by state forces: the other side of a clash. */
export const ARMED_CASUALTIES = wordPattern(String.raw`\b(?:killed|killing|neutrali[sz]ed|eliminated)\b(?:\W+\w+){0,4}?\W+(?:militants|rebels|insurgents|fighters|terrorists|jihadists|gunmen|guerrillas|militiamen|bandits)\b`);

/** A verb of gaining territory (the gainer decides the ACLED type). */
export const TERRITORY_GAIN = wordPattern(String.raw`\b(?:(?:pushed|drove|forced|chased) (?:\S+ ){1,4}out of|(?:expelled|ousted|dislodged) (?:\S+ ){1,4}from|cleared (?:the |all |their )?(?:\S+ ){0,3}(?:positions|strongholds|hideouts)|cleared (?:\S+ ){1,5}of (?:\S+ ){0,2}(?:militants|rebels|insurgents|fighters|terrorists|jihadists|gangs?)|recaptur\w*|retook|retake\w*|retaken|regain\w*|reclaim\w*|liberat(?:ed|ing|e)|freed|recover(?:ed|ing)?|captur(?:ed|ing|e)|seiz(?:ed|ing|e)|took (?:over|control)|taken (?:over|control)|tak(?:ing|es|e) control|gain(?:ed|s|ing)? (?:control|ground)|overr[au]n|advanc(?:ed|ing)|pushed back|drove out|driven out|wrested|conquer\w*|swept into|fell to|fallen to|pris le contrôle|repris|reprise|tomaron el control|tomó el control|recuperaron|recuperó)\b`);

/** What a territory verb must bear on, unless it is "control" or "ground" itself. */
export const TERRITORY_OBJECT = wordPattern(String.raw`\b(?:villages?|towns?|city|cities|districts?|areas?|regions?|provinces?|territor(?:y|ies)|bases?|camps?|hills?|heights|posts?|outposts?|airports?|air ?base|crossings?|positions?|neighbo(?:u)?rhoods?|suburbs?|centres?|centers?|strongholds?|capital|communes?|localit(?:y|ies)|highway|roads?|bridges?|islands?|oil ?fields?|ports?|valleys?|mountains?|control|ground|parts of|most of|border|front|garrison|village|ville|localité|pueblo|municipio|vereda|zona)\b`);

/** Territory described as held by state forces, so whoever took it is non-state. */
export const STATE_HELD = wordPattern(String.raw`\b(?:army|military|government|government-held|regime|police|state) (?:outposts?|bases?|posts?|positions?|barracks|held|-held|camps?|checkpoints?)\b|\bfrom (?:the )?(?:\w+ ){0,2}(?:army|military|government|regime|troops|forces|soldiers|police|SAA)\b`);

/** Territory described as held by non-state groups, so whoever took it is the state. */
export const NON_STATE_HELD = wordPattern(String.raw`\b(?:rebel|rebel-held|militant|insurgent|jihadist|terrorist|extremist|is|isis|isil|islamic state|opposition)(?:-held| held| -held| camps?| strongholds?| positions?| bases?| hideouts?)\b|\bfrom (?:the )?(?:\w+ ){0,3}(?:rebels?|militants?|insurgents?|jihadists?|terrorists?|islamic state|is|isis|isil|militias?|fighters|gangs?)\b`);

/** Verbs of liberation imply the state side when no actor is named. */
export const LIBERATION_VERB = wordPattern(String.raw`\b(?:liberat\w*|freed|cleared)\b`);

/** Numbers, records and background that do not make a protest the event ("ahead of protests"). */
export const PROTEST_AS_BACKGROUND = wordPattern(String.raw`\b(?:in anticipation of|ahead of|in the run-up to|who (?:organi[sz]e|organi[sz]ed|participate|participated|took part)|for (?:calling|organi[sz]ing|leading|joining|taking part in|participating in|supporting)|planned|planning|threatened|to prevent)\b(?:\W+\w+){0,6}?\W+(?:protests?|demonstrations?|rall(?:y|ies)|gatherings?|strikes?|stay-?aways?|sit-?ins?|marches|walk-?outs?|boycotts?)\b`);

/** Arrest words, which count as intervention only at a protest the text itself names. */
export const ARREST_AT_PROTEST = wordPattern(String.raw`\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|custody|rounded up)\b`);

/** Firearms: a grenade thrown in a gun attack does not make it a grenade attack. */
export const FIREARMS = wordPattern(String.raw`\b(?:rifles?|guns?|gunfire|small arms|automatic weapons|assault rifles?|ak-47s?|kalashnikovs?|machine ?guns?|fusils?|kalachnikovs?|armes à feu|fusiles|armas de fuego|ametralladoras?)\b`);

/** An accusation describing someone ("men accused of child abduction"): not an event of its own. */
export const ACCUSATION = wordPattern(String.raw`(?<=\p{L}\s)(?<!\b(?:were|was|are|is|been|being|be|has|have|had|stand|stands|stood) )(?:accused|suspected) of (?:[^\s,;.]+ ){0,3}[^\s,;.]+`, 'giu');
