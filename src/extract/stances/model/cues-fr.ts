/**
 * French cue patterns. Same conventions as the English ones; the contracted
 * articles ("du", "aux") are part of a cue when the cue needs a preposition.
 */
import type { CueSpec } from './types.js';

const ARMED_ACTORS = 'milices?|miliciens|groupes?|bandes?|gangs?|forces|troupes|mercenaires|paramilitaires|colons|avions|drones|armes|bombes|missiles|régime|junte|armée|unités';
const A = "(?:à la|à l'|aux|au|à)";
const DE = "(?:de la|de l'|du|des|de|d')";

/** Every French cue. */
export const FR_CUES: readonly CueSpec[] = [
  { relation: 'support', slot: 'object', pattern: 'salu(?:e|ent|ons|é|ée|ait)' },
  { relation: 'support', slot: 'object', pattern: '(?:soutien(?:t|nent|s)|soutenons|appui(?:e|ent)|appuyons)' },
  { relation: 'support', slot: 'object', pattern: `(?:soutien|appui) (?:plein |total |entier |indéfectible |inconditionnel |sans faille |militant )*${A}` },
  { relation: 'support', slot: 'object', pattern: `solidarité (?:pleine |entière |totale |militante |indéfectible )*(?:avec|envers|${A})` },
  { relation: 'support', slot: 'object', pattern: 'félicit(?:e|ent|ons)' },
  { relation: 'support', slot: 'object', pattern: `(?:rend|rendent|rendons) (?:un )?(?:vibrant |profond )?hommage ${A}` },
  { relation: 'support', slot: 'object', pattern: `(?:se tient|se tiennent|nous tenons|sera|serons|est|sommes) (?:résolument |fermement )?(?:aux côtés|du côté) ${DE}` },
  { relation: 'support', slot: 'object', pattern: `(?:vive|vivent|gloire ${A}|honneur ${A})` },
  { relation: 'condemn', slot: 'object', pattern: 'condamn(?:e|ent|ons|é|ait)' },
  { relation: 'condemn', slot: 'object', pattern: 'dénon(?:ce|cent|çons|cé|çait)' },
  { relation: 'condemn', slot: 'object', pattern: 'fustig(?:e|ent|eons|é)' },
  { relation: 'condemn', slot: 'object', pattern: '(?:rejet(?:te|tent)|rejetons)' },
  { relation: 'condemn', slot: 'object', pattern: 'déplor(?:e|ent|ons)' },
  { relation: 'condemn', slot: 'object', pattern: `(?:s'oppose|s'opposent|nous opposons) ${A}` },
  { relation: 'condemn', slot: 'object', pattern: "(?:s'insurge|s'insurgent|nous insurgeons|s'élève|s'élèvent|nous élevons) contre" },
  { relation: 'condemn', slot: 'object', pattern: `(?:sa|notre|leur) (?:plus |très )?(?:ferme |vive |énergique |totale )*(?:condamnation|dénonciation) ${DE}` },
  { relation: 'condemn', slot: 'object', pattern: 'à bas' },
  { relation: 'accuse', slot: 'object', pattern: 'accus(?:e|ent|ons|é)' },
  { relation: 'accuse', slot: 'closer', pattern: '(?:tien(?:t|nent|s)|tenons|rend|rendent|rendons)', closer: '(?:pour )?(?:seuls? |seules? |entièrement |pleinement |directement |également )?responsables?' },
  { relation: 'accuse', slot: 'object', pattern: '(?:tien(?:t|nent|s)|tenons) (?:pour )?(?:seuls? |entièrement |pleinement |directement )?responsables?' },
  { relation: 'accuse', slot: 'object', pattern: `(?:impute|imputent|imputons) la responsabilité (?:${DE} [\\p{L}\\u0027\\u2019\\s]{1,40} )?${A}` },
  { relation: 'accuse', slot: 'agent', antecedent: ARMED_ACTORS, pattern: '(?:armé|financé|équipé|entraîné|soutenu|appuyé|téléguidé|commandité|encadré|payé)(?:e|s|es)? par' },
  { relation: 'accuse', slot: 'subject', pattern: `(?:est|sont|demeure|demeurent|reste|restent) (?:directement |entièrement |seul |seuls |pleinement )?responsables? ${DE}` },
  { relation: 'accuse', slot: 'subject', pattern: "(?:continue|continuent|persiste|persistent) (?:à|d'|de) (?:armer|financer|soutenir|équiper|protéger)" },
  { relation: 'accuse', slot: 'subject', pattern: '(?:arme|arment|finance|financent|livre|livrent|vend|vendent) (?:des |les )?(?:armes|munitions)' },
  { relation: 'demand', slot: 'object', pattern: 'appel(?:le|lent|ons)' },
  { relation: 'demand', slot: 'object', pattern: `(?:lance|lancent|lançons) un (?:pressant |vibrant |solennel )?appel ${A}` },
  { relation: 'demand', slot: 'object', pattern: 'exhort(?:e|ent|ons)' },
  { relation: 'demand', slot: 'object', pattern: 'interpell(?:e|ent|ons)' },
  { relation: 'demand', slot: 'object', pattern: `(?:exige|exigent|exigeons|réclame|réclament|réclamons) ${DE}` },
  { relation: 'demand', slot: 'object', pattern: `(?:demande|demandent|demandons) ${A}` },
  { relation: 'demand', slot: 'that', pattern: '(?:exige|exigent|exigeons|demande|demandent|demandons|réclame|réclamons) (?:que|qu\')' },
  { relation: 'demand', slot: 'closer', closer: "(?:à|de|d')", pattern: '(?:invite|invitent|invitons|somme|somment|sommons|presse|pressent|pressons|enjoint|enjoignons|prie|prions)' },
];
