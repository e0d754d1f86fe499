/**
 * Spanish cue patterns. Same conventions as the English ones; the personal
 * "a"/"al" is part of the cue where it marks the addressee ("exigimos al Gobierno").
 */
import type { CueSpec } from './types.js';

const ARMED_ACTORS = 'grupos?|bandas?|milicias?|paramilitares|fuerzas|tropas|mercenarios|sicarios|drones|armas|aviones|bombas|régimen|ejército|unidades';
const A = '(?:a la|a los|a las|al|a)';

/** Every Spanish cue. */
export const ES_CUES: readonly CueSpec[] = [
  { relation: 'support', slot: 'object', pattern: 'salud(?:a|an|amos|ó)' },
  { relation: 'support', slot: 'object', pattern: '(?:respald|apoy)(?:a|an|amos|ó)' },
  { relation: 'support', slot: 'object', pattern: `(?:nuestro|su|pleno|total|irrestricto) (?:pleno |total |irrestricto |incondicional |decidido )*(?:apoyo|respaldo) ${A}` },
  { relation: 'support', slot: 'object', pattern: '(?:solidaridad (?:plena |total |irrestricta |militante )*con|solidariz(?:a|an|amos|ó) con)' },
  { relation: 'support', slot: 'object', pattern: 'felicit(?:a|an|amos|ó)' },
  { relation: 'support', slot: 'object', pattern: `(?:rend(?:imos|ir)|rinde|rinden) (?:un )?(?:sentido |merecido )?homenaje ${A}` },
  { relation: 'support', slot: 'object', pattern: `acompañ(?:a|an|amos) ${A}` },
  { relation: 'support', slot: 'object', pattern: `(?:viva|vivan|gloria ${A}|honor ${A})` },
  { relation: 'condemn', slot: 'object', pattern: 'conden(?:a|an|amos|ó)' },
  { relation: 'condemn', slot: 'object', pattern: 'rechaz(?:a|an|amos|ó)' },
  { relation: 'condemn', slot: 'object', pattern: 'denunci(?:a|an|amos|ó)' },
  { relation: 'condemn', slot: 'object', pattern: 'repudi(?:a|an|amos|ó)' },
  { relation: 'condemn', slot: 'object', pattern: 'critic(?:a|an|amos)' },
  { relation: 'condemn', slot: 'object', pattern: `(?:nuestro|su|nuestra) (?:más )?(?:enérgic[oa] |firme |total |rotund[oa] )*(?:rechazo|repudio|condena) (?:${A}|del|de la|de los|de las|de)` },
  { relation: 'condemn', slot: 'object', pattern: 'abajo' },
  { relation: 'accuse', slot: 'object', pattern: `responsabiliz(?:a|an|amos|ó)(?: ${A})?` },
  { relation: 'accuse', slot: 'object', pattern: `acus(?:a|an|amos|ó)(?: ${A})?` },
  { relation: 'accuse', slot: 'object', pattern: `culp(?:a|an|amos|ó) ${A}` },
  { relation: 'accuse', slot: 'object', pattern: `(?:hace|hacen|hacemos|consider(?:a|an|amos)) (?:directamente |únicos? )?responsables? ${A}` },
  { relation: 'accuse', slot: 'closer', pattern: 'consider(?:a|an|amos)', closer: '(?:directamente |únicos? )?responsables?' },
  { relation: 'accuse', slot: 'agent', antecedent: ARMED_ACTORS, pattern: '(?:armad|financiad|apoyad|entrenad|respaldad|patrocinad|equipad|dirigid)(?:o|a|os|as) por' },
  { relation: 'accuse', slot: 'subject', pattern: '(?:es|son|sigue siendo|siguen siendo) (?:el |la |los |las )?(?:únic[oa]s? |direct[oa]s? |principales? )?responsables? (?:de|del)' },
  { relation: 'accuse', slot: 'subject', pattern: '(?:sigue|siguen|continúa|continúan) (?:armando|financiando|apoyando|protegiendo)' },
  { relation: 'accuse', slot: 'subject', pattern: '(?:vende|venden|suministra|suministran|entrega|entregan) (?:armas|municiones)' },
  { relation: 'demand', slot: 'object', pattern: `(?:exig|ped|urg)(?:e|en|imos|ió) ${A}` },
  { relation: 'demand', slot: 'object', pattern: `(?:pide|piden|pidió) ${A}` },
  { relation: 'demand', slot: 'object', pattern: `(?:llam|inst|solicit|exhort|demand|convoc)(?:a|an|amos|ó) ${A}` },
  { relation: 'demand', slot: 'object', pattern: `(?:hace|hacen|hacemos|hizo) un (?:urgente |vehemente |respetuoso )?(?:llamado|llamamiento) (?:urgente )?${A}` },
  { relation: 'demand', slot: 'that', pattern: '(?:exig|ped)(?:e|en|imos|ió) que' },
  { relation: 'demand', slot: 'that', pattern: '(?:pide|piden|solicit(?:a|an|amos)|demand(?:a|an|amos)) que' },
];
