/**
 * Cues for the ACLED types named after the means of violence (suicide bomb,
 * remote explosive, grenade, shelling, air strike, chemical weapon). Weights
 * encode the codebook's precedence: the more specific the weapon, the
 * heavier the cue, so "a suicide bomber detonated a car bomb" is SUIC_BOMB.
 */
import { cue } from './cue.js';
import type { Cue } from './cue.js';

/** Suicide attacks outrank every other explosive. */
export const SUICIDE_CUES: readonly Cue[] = [
  cue('SUIC_BOMB', 9, String.raw`\bsuicide[- ](?:bomb\w*|attack\w*|blast\w*|car|truck|vest\w*|belt\w*|vehicle\w*|squad|operation|mission)`),
  cue('SUIC_BOMB', 9, String.raw`\b(?:blew|blow|blowing|blown) (?:himself|herself|themselves|itself) up\b`),
  cue('SUIC_BOMB', 8, String.raw`\bself[- ]detonat\w*`),
  cue('SUIC_BOMB', 9, String.raw`\bsvbieds?\b`),
  cue('SUIC_BOMB', 9, String.raw`\b(?:explosive|explosives|suicide) (?:vest|belt)s?\b`),
  cue('SUIC_BOMB', 9, String.raw`\b(?:attentat[- ]suicide|kamikaze|kamikazes|atentado suicida|terroristas? suicidas?)\b`),
];

/** Remote explosives: IEDs, landmines, planted and car bombs. */
export const EXPLOSIVE_CUES: readonly Cue[] = [
  cue('REM_EXPLOS', 6, String.raw`\b(?:ieds?|vbieds?|improvised explosive|improvised bomb|homemade bomb|home-made bomb)`),
  cue('REM_EXPLOS', 6, String.raw`\b(?:land ?mines?|roadside bombs?|car bombs?|bomb-laden|booby[- ]trap\w*|magnetic bombs?|sticky bombs?|parcel bombs?|letter bombs?|time bombs?|pipe bombs?|explosive devices?)\b`),
  cue('REM_EXPLOS', 5, String.raw`\bremote(?:ly)?[- ]?(?:controlled|detonated|triggered)\b`),
  cue('REM_EXPLOS', 5, String.raw`\b(?:planted|placed|hidden|emplaced|installed|concealed) (?:\w+ ){0,3}(?:bombs?|explosives?|mines?)\b`),
  cue('REM_EXPLOS', 5, String.raw`\b(?:bombs?|explosives?|explosive devices?)\b (?:was |were |had been |has been )?(?:planted|placed|hidden|emplaced|left|concealed|fitted|attached|strapped)\b`),
  cue('REM_EXPLOS', 4, String.raw`\b(?:bombs?|explosives?|mines?)\b(?: \w+){0,6} (?:exploded|went off|detonated|blew up|ripped through)\b`),
  cue('REM_EXPLOS', 4, String.raw`\bbomb (?:blast|explosion|attack)s?\b`),
  cue('REM_EXPLOS', 3, String.raw`\b(?:detonated|set off|triggered) (?:an? |the )?(?:\w+ ){0,2}(?:bomb|explosive|device|mine)s?\b`),
  cue('REM_EXPLOS', 2, String.raw`\b(?:blasts?|explosions?|exploded|detonated|detonation)\b`),
  cue('REM_EXPLOS', 6, String.raw`\b(?:engin explosif|engins explosifs|mines? antipersonnel|mine artisanale|artefactos? explosivos?|minas? antipersonal|mina antipersona|artefacto explosivo improvisado)\b`),
  cue('REM_EXPLOS', 3, String.raw`\b(?:explosi(?:ó|o)n|explosivos?|explot(?:ó|aron)|estall(?:ó|aron)|explos(?:é|ée|és)|a explosé)\b`),
];

/** Hand grenades; a rocket-propelled grenade is a shelling weapon instead. */
export const GRENADE_CUES: readonly Cue[] = [
  cue('GRENADE', 6, String.raw`(?<!propelled |rpg |stun |tear-gas |tear gas |sound |flash )\bgr(?:e|é)nades?\b`),
  cue('GRENADE', 2, String.raw`\b(?:hurled|lobbed|tossed|threw)\b`),
  cue('GRENADE', 6, String.raw`\bgranadas?\b`),
];

/** Shelling, artillery, rockets and missiles. */
export const SHELLING_CUES: readonly Cue[] = [
  cue('ART_MISS_ATTACK', 6, String.raw`\b(?:shell(?:ed|ing|s)?|artillery|mortars?|howitzers?|katyusha\w*|rocket-propelled|rpg-?\d*s?|grad rockets?|tank (?:fire|shells?|rounds))\b`),
  cue('ART_MISS_ATTACK', 5, String.raw`\b(?:rockets?|missiles?|ballistic)\b`),
  cue('ART_MISS_ATTACK', 3, String.raw`\b(?:barrages?|bombardment|bombarded|anti-aircraft|shelled|(?<!water )cannons?)\b`),
  cue('ART_MISS_ATTACK', 6, String.raw`\b(?:obus|bombardements?|bombardé(?:e|s|es)?|tirs? d'artillerie|roquettes?|morteros?|cohetes?|artillerie|artillería|cañonazos?)\b`),
];

/** Air and drone strikes. */
export const AIR_CUES: readonly Cue[] = [
  cue('AIR_STRIKE', 8, String.raw`\b(?:air[- ]?strikes?|air ?raids?|aerial (?:bombardment|bombing|attack|strike)s?|drone (?:strike|attack)s?|bombing raids?|barrel bombs?|warplanes?|war planes?|fighter jets?|fighter planes?|sorties?)\b`),
  cue('AIR_STRIKE', 6, String.raw`\b(?:air forces?|aerospace forces|military aircraft|combat aircraft|helicopter gunships?)\b`),
  cue('AIR_STRIKE', 4, String.raw`\b(?:drones?|jets?|aircraft|helicopters?|gunships?|bombers|aviation|planes?)\b`),
  cue('AIR_STRIKE', 3, String.raw`\b(?:bombed|bombing|pounded|struck from the air)\b`),
  cue('AIR_STRIKE', 6, String.raw`\b(?:drones?|jets?|warplanes?|aircraft|helicopters?|planes?|bombers?)\b(?: \S+){0,6} (?:targeted|struck|hit|bombed|attacked|fired|pounded|strafed|dropped)\b`),
  cue('AIR_STRIKE', 8, String.raw`\b(?:frappes? a(?:é|e)riennes?|raids? a(?:é|e)riens?|bombardements? a(?:é|e)riens?|avions? de chasse|bombardeos? a(?:é|e)reos?|ataques? a(?:é|e)reos?|ataques? con drones?|frappes? de drones?)\b`),
];

/** Chemical weapons, which outrank the means that delivered them. */
export const CHEMICAL_CUES: readonly Cue[] = [
  cue('CHEM_WEAP', 12, String.raw`\b(?:chemical (?:weapons?|attacks?|agents?|munitions?|arms)|chlorine|sarin|sulfur mustard|mustard gas|poison(?:ous)? gas|toxic gas|nerve gas|vx gas|gas attacks?|armes? chimiques?|armas? químicas?)\b`),
  cue('CHEM_WEAP', 8, String.raw`\b(?:nerve agents?|mustard agent|blister agent|choking agent)\b`),
  cue('CHEM_WEAP', 5, String.raw`\b(?:toxic (?:chemical|substance)s?|breathing difficult\w*|suffocation|asphyxia\w*|chemical)\b`),
];
