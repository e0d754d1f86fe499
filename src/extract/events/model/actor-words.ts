/**
 * Words for perpetrators that statements name without a proper name
 * ("the police", "militiamen", "junta troops"), the modifiers that make an
 * actor unknown, and the phrases that point back to an actor already named.
 */
import { wordPattern } from '../text/word-pattern.js';

/** Generic armed or state actors, with the modifiers that belong to them ("junta troops", "riot police"). */
export const FORCE_NOUN = wordPattern(String.raw`\b(?:(?:military|army|security|police|riot|armed|special|government|state|federal|junta|rebel|militia|insurgent|paramilitary|pro-government|allied|heavily armed|suspected|local) )?(?:security forces|security personnel|armed forces|armed men|armed groups?|police officers|policemen|police|soldiers|troops|troopers|army|military|militias|militia|militiamen|junta|gunmen|rebels|insurgents|fighters|guerrillas|paramilitaries|gangs|gang members|jihadists|militants|terrorists|settlers|air force|navy|gendarmes|gendarmerie|policiers|militaires|soldats|armée|hommes armés|miliciens|groupes armés|terroristes|djihadistes|policía|policías|militares|soldados|ejército|hombres armados|paramilitares|guerrilleros|grupos armados|sicarios|pistoleros|tueurs)\b`, 'giu');

/** Weapons and vehicles standing for whoever used them ("a Turkish drone", "junta artillery"). */
export const WEAPON_HEAD = wordPattern(String.raw`\b(?:drones?|jets?|fighter jets?|warplanes?|aircraft|helicopters?|planes?|artillery|tanks?|mortars?|rockets?|missiles?|bombers?|gunships?)\b`, 'giu');

/** Modifiers that make an actor unidentified: the contract wants no actor then. */
export const UNKNOWN_ACTOR = wordPattern(String.raw`\b(?:unknown|unidentified|masked|unnamed|inconnus?|non identifiés?|desconocidos?|no identificados?|encapuchados?)\b`);

/** Pointers back to the actor of the event told before: "the same group". */
export const SAME_ACTOR = wordPattern(String.raw`\b(?:the same (?:group|coalition|militia|gang|unit|forces?|men|attackers|armed group)|el mismo grupo|la misma (?:banda|coalición)|los mismos|le même groupe|la même coalition)\b`);

/** A subject pronoun right before the verb ("by the morning they had taken control"), which points back the same way. */
export const SUBJECT_PRONOUN = wordPattern(String.raw`\b(?:they|ils|elles|ellos|ellas)\s*$`);

/** Definite mentions that point back only when no actor is named with them: "the group", "the attackers". */
export const DEFINITE_ACTOR = wordPattern(String.raw`\b(?:the group|the gang|the attackers|the assailants|the kidnappers|the militants|the militia|el grupo|ese grupo|dicho grupo|le groupe|ce groupe|les assaillants|los atacantes)\b`);

/** A passive from its auxiliary on: "were killed", "have been arrested", "fueron asesinados", "ont été incendiés". */
export const PASSIVE = wordPattern(String.raw`^(?:(?:have|has|had|will have) been|was|were|is|are|been|being|got|fueron|fue|han sido|ha sido|había sido|resultaron|resultó|ont été|a été|avaient été|sont|est)(?:\s+[\p{L}]+ly)?\s+(?:[\p{L}]+(?:ed|en|wn|ado|ada|ados|adas|ido|ida|idos|idas|é|ée|és|ées|u|us|is|it|ert)|shot|hit|set|held|struck|seized|beat|burnt|led|cut|taken)\b`);

/** The statement's own side as subject ("our fighters repelled", "we organised a march"): its issuers are the actors. */
export const FIRST_PERSON = wordPattern(String.raw`\b(?:we|our (?:forces|fighters|units|troops|militants|members|comrades|men|women|activists|guerrillas|brigades?)|nous|nos (?:forces|combattants|militants|unités|camarades)|nosotros|nuestr[oa]s (?:fuerzas|combatientes|militantes|unidades|compañer[oa]s))\b`);
