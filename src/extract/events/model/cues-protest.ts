/**
 * Cues for demonstrations. `PROTEST_FRAME_CUES` say that a protest took
 * place (scored as PEACE_PROTEST); the other three lists only count when
 * that frame is present, and pick the ACLED sub-type: what the authorities
 * did (intervention, or lethal and excessive force) and what the
 * demonstrators did (violence). See `classify/adjust-protest.ts`.
 */
import { cue } from './cue.js';
import type { Cue } from './cue.js';
import { wordPattern } from '../text/word-pattern.js';

/** A demonstration, strike, march or sit-in took place. */
export const PROTEST_FRAME_CUES: readonly Cue[] = [
  cue('PEACE_PROTEST', 6, String.raw`\b(?:protest(?:ed|s|ing|ers|er|ors)?|demonstrat(?:ion|ions|ors|or|ing|ed)|rall(?:y|ies|ied|ying)|sit-?ins?|hunger[- ]strik\w*|picket\w*|vigils?|walk-?outs?|stay-?aways?|marches|marched|marchers|general strike|took to the streets|take to the streets|stopped work|downed tools|walked off the job|work stoppage)\b`),
  cue('PEACE_PROTEST', 5, String.raw`(?<!air |drone |missile |military |artillery |aerial |precision |targeted |rocket |surgical |air-|retaliatory )\b(?:strik(?:e|es|ing|ers))\b(?! (?:on|against|hit|killed|targeted|was carried|were carried|near|in the)\b)`),
  cue('PEACE_PROTEST', 6, String.raw`\b(?:(?:went|go|going|are|were|is|was|been|remain\w*|stay\w*) on (?:an? )?(?:\S+ )?strike|a march|the march|a rally|a demonstration|a protest)\b`),
  cue('PEACE_PROTEST', 3, String.raw`\b(?:boycott\w*|chant\w*|placards|banners|petition\w*|peaceful(?:ly)?|gathered|crowds?|activists|marching|walked the streets|standstill|pacifiquement|pacíficamente|occup(?:ied|ation of) (?:\w+ ){0,2}(?:square|building|campus|offices?))\b`),
  cue('PEACE_PROTEST', 6, String.raw`\b(?:manifest(?:ation|ations|ants|ant|é|és|aient|er|aron|antes|ación|aciones|ó)|grève\w*|grévistes|marche pacifique|rassemblement\w*|protest(?:ent|aient|ait|ataires)|protest(?:a|as|aron|ó|antes)|huelga\w*|huelguistas|marcha\w*|plant(?:ón|ones)|movilizaci(?:ó|o)n\w*|paro nacional|grève de la faim|huelga de hambre)\b`),
];

/** Authorities broke up or interfered with the protest, without lethal force. */
export const INTERVENTION_CUES: readonly Cue[] = [
  cue('PROTEST_WITH_INTER', 5, String.raw`\b(?:tear ?gas|teargas|dispers\w*|water cannons?|rubber bullets?|pepper[- ]?spray\w*|batons?|truncheons?|stun grenades?|broke up|break up|broken up|kettl\w*|dragged|drag them|forcibly removed|cleared the)\b`),
  cue('PROTEST_WITH_INTER', 4, String.raw`\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|custody|rounded up)\b`),
  cue('PROTEST_WITH_INTER', 5, String.raw`\b(?:gaz lacrymogènes?|matraques?|canons? à eau|gases? lacrim(?:ó|o)genos?|dispers(?:ó|aron|ar)|balas de goma|tanquetas?)\b`),
];

/** Lethal or excessive force against demonstrators. */
export const LETHAL_FORCE_CUES: readonly Cue[] = [
  cue('FORCE_AGAINST_PROTEST', 6, String.raw`\b(?:live (?:ammunition|rounds|fire|bullets)|opened fire|fired (?!(?:tear|rubber|water|warning|stun|pepper|smoke)\b)(?:\w+ ){0,3}(?:on|at|into) (?:\w+ ){0,3}(?:protesters|demonstrators|crowds?|marchers|strikers|students|march|rally|sit-in|picket|gathering)|shot dead|excessive force|brutal(?:ly|ity)?|massacre\w*|mowed down|(?<!rubber |plastic )bullets)\b`),
  cue('FORCE_AGAINST_PROTEST', 5, String.raw`\b(?:protesters|demonstrators|marchers|strikers|students|participants) (?:\w+ ){0,3}(?:were |was |have been |had been )?(?:killed|shot|wounded|injured|beaten)\b`),
  cue('FORCE_AGAINST_PROTEST', 6, String.raw`\b(?:crackdown|(?:protesters|demonstrators|marchers|strikers|students) dead|left (?:\S+ ){0,3}(?:protesters|demonstrators|marchers|strikers) dead)\b`),
  cue('FORCE_AGAINST_PROTEST', 5, String.raw`\b(?:serious injuries|seriously injured|critically injured|suppress(?:ed|ion)|crushed|violently (?:dispersed|attacked|broke up)|attacked (?:\w+ ){0,3}(?:peaceful |student )?(?:protest\w*|demonstrat\w*|march|rally|sit-in|picket))\b`),
  cue('FORCE_AGAINST_PROTEST', 4, String.raw`\b(?:killed|killing|shot|wounding|injuring)\b`),
  cue('FORCE_AGAINST_PROTEST', 6, String.raw`\b(?:tirs? à balles réelles|balles réelles|ouvert le feu|tués|abattus|balas? reales|dispararon|asesinad\w*|muertos?)\b`),
];

/** Demonstrators themselves turned violent. */
export const PROTESTER_VIOLENCE_CUES: readonly Cue[] = [
  cue('VIOL_DEMONSTR', 8, String.raw`\b(?:riot(?:s|ers|ing|ed)?(?! (?:gear|police|squads?|control|shields?|units?|officers|helmets|vans?|trucks?))|stone[- ]?(?:throwing|pelting|pelters)|molotov\w*|petrol bombs?|firebombs?|turned violent|violent (?:protests?|demonstrations?|rall(?:y|ies))|marred by violence)\b`),
  cue('VIOL_DEMONSTR', 8, String.raw`\b(?:thr(?:ew|ow|owing|own) (?:\w+ ){0,2}(?:stones|rocks|bricks|bottles|projectiles|objects|eggs|fireworks|firecrackers|missiles|chairs)|pelted|hurled (?:\w+ ){0,2}(?:stones|rocks|bricks|bottles)|projectiles (?:were )?thrown)\b`),
  cue('VIOL_DEMONSTR', 6, String.raw`\b(?:(?:protests?|demonstrations?|rall(?:y|ies)|marches) and clashes|(?:protesters|demonstrators|rioters|students|youths) (?:\w+ ){0,2}clashed|(?:police|officers|security forces) (?:\w+ ){0,2}clashed (?:\w+ ){0,3}with|clash(?:ed|es)? (?:\w+ ){0,4}(?:protesters|demonstrators))\b`),
  cue('VIOL_DEMONSTR', 5, String.raw`\b(?:clash(?:ed|es|ing)? (?:\w+ ){0,3}(?:with|between) (?:\w+ ){0,3}(?:police|officers|security forces|riot police|soldiers|troops|counter-protesters)|running battles|scuffl\w*|unrest|smash(?:ed|ing)|torch(?:ed|ing)|set fire|sparked (?:\w+ ){0,2}blaze|vandali[sz]\w*|barricades?|stormed|aggressive)\b`),
  cue('VIOL_DEMONSTR', 8, String.raw`\b(?:émeutes?|émeutiers|jets? de pierres|casseurs|disturbios|pedradas|lanzaron piedras|saqueos?|enfrentamientos con la policía)\b`),
];

/**
 * A protest told as an event ("went on strike", "marched", "during the
 * protests"), not only its participants ("the hunger strikers"): the
 * extractor makes a PEACE_PROTEST event only from these.
 */
export const PROTEST_EVENT = wordPattern(String.raw`\b(?:(?:went|go|are|were|is|was|have been|has been|had been|remain(?:ed)?|been) on (?:an? )?(?:\S+ )?(?:hunger )?strike|(?:began|started|launched|staged|held|organi[sz]ed|called|joined|observed|continued|began an?) (?:an? |the |their )?(?:\S+ ){0,2}(?:protests?|demonstrations?|march(?:es)?|rall(?:y|ies)|sit-?ins?|(?:hunger )?strikes?|vigils?|pickets?|boycotts?|walk-?outs?|stay-?aways?)|protested|demonstrated|marched|rallied|gathered|took to the streets|striking|stopped work|downed tools|walked off the job|protestaient|protestaient|(?:protests?|demonstrations?|marches|rallies) (?:took place|were held|was held|erupted|broke out|continued|spread)|(?:protests?|demonstrations?|marches|rallies|sit-?ins?|strikes?) (?:against|over|outside|in front of|demanding|that demanded|calling for|in support of)|during (?:the |a )?(?:\S+ )?(?:protests?|demonstrations?|marches|rally|rallies|strikes?|sit-?ins?)|manifest(?:é|ée|és|aient|ait|aron|ó)|se sont rassemblés|ont défilé|en grève|grève de la faim|marcharon|protestaron|se manifestaron|en huelga|huelga de hambre|plantón)\b`);
