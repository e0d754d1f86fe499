/**
 * Words that tell a report of something that happened from everything else
 * a statement says: calls and demands, positions taken on an event
 * ("we condemn the attack"), plans, negations, hypotheses, yearly tallies.
 * English, French and Spanish.
 */
import { wordPattern } from '../text/word-pattern.js';

/** Calls, demands and appeals: a sentence holding one reports no event of its own. */
export const CALL = wordPattern(String.raw`(?<!\bto )\b(?:call(?:s|ing)? (?:on|upon|for)|demand(?:s)?|urge(?:s)?|appeal(?:s)? (?:to|for|on)|we ask|asks|we request|requests|we insist|insists|let us|must|should|ought to|appel(?:le|lent|ons) |exige(?:ons|nt)?|réclam(?:e|ons|ent)|exhort\w*|lance un appel|lancent un appel|demand(?:e|ons|ent) (?:que|à|au|aux|la|le|l'|une|un)|exigimos|exige|exigen|solicitamos|pedimos|llamamos|instamos|exhortamos|urgimos|demandamos|reclamamos|hacemos un llamado)\b`);

/** Positions taken on an event; such a sentence reports it only with a date or in a clause of its own. */
export const STANCE = wordPattern(String.raw`\b(?:condemn(?:s)?|denounce(?:s)?|salute(?:s)?|welcome(?:s)?|hail(?:s)?|commend(?:s)?|congratulate(?:s)?|hold(?:s)? (?:\S+ ){1,12}responsible|accuse(?:s)?|deplore(?:s)?|express(?:es)?|stand(?:s)? (?:with|in solidarity|by (?:the|our|you|your|them|all)\b)|support(?:s)?|reject(?:s)?|mourn(?:s)?|sends? (?:its |our )?(?:\w+ )?greetings|pay(?:s)? tribute|(?:is|are|am) (?:\w+ )?(?:shocked|alarmed|concerned|outraged|saddened|appalled|horrified|dismayed)|learn(?:ed|t) with|condamne(?:nt|ons)?|dénonce(?:nt|ons)?|salue(?:nt|ons)?|tien(?:t|nent|s) (?:\S+ ){1,8}responsable|exprime(?:nt|ons)?|s'incline|déplore(?:nt|ons)?|félicite(?:nt|ons)?|a appris avec|condenamos|condena|rechazamos|rechaza|denuncia(?:mos)?|saludamos|saluda|responsabilizamos|respaldamos|lamentamos|expresamos)\b`);

/** Plans, obligations and possibilities before a trigger: the event has not happened. */
export const MODAL = wordPattern(String.raw`\b(?:will|shall|would|should|must|could|might|going to|plan(?:s|ning)? to|intend(?:s)? to|threaten(?:s|ed)? to|vow(?:s|ed)? to|ready to|refus(?:e|es|ed|ing) to|attempt(?:s|ed|ing)? to|tr(?:y|ies|ied|ying) to|in order to|doit|doivent|devra|devront|va|vont|pourrait|debe|deben|deberá|va a|van a|podría)\b`);

/** Negation before a trigger. */
export const NEGATION = wordPattern(String.raw`\b(?:no|not|never|nobody|none|neither|nor|nothing|n't|ne|n'|jamais|aucun|aucune|personne|nunca|ningún|ninguna|nadie|nada)\b|n't\b`);

/** Hypotheses and generic statements ("if", "those who bomb markets"). */
export const HYPOTHETICAL = wordPattern(String.raw`\b(?:if|unless|whether|those who|anyone who|whoever|ceux qui|quiconque|si|quienes|quien)\b`);

/** Tallies over a year or more, not one event. */
export const AGGREGATE = wordPattern(String.raw`\b(?:so far this year|since the (?:beginning|start) of the year|this year alone|in recent (?:weeks|months|years)|over the (?:past|last) (?:\w+ )?(?:months|years|decade)|in the (?:past|last) (?:\w+ )?(?:months|years|decade)|en lo que va del? (?:año|mes)|desde (?:el )?(?:comienzo|inicio|principio) del año|en los últimos (?:\w+ )?(?:meses|años)|depuis le début de l'année|ces dernières années|au cours des derniers mois|since (?:\S+ ){0,3}last year|(?:desde|hace) (?:\S+ ){0,5}del? año pasado|depuis (?:\S+ ){0,4}(?:l'an dernier|l'année dernière))\b`);

/** A demonstrative or anaphoric determiner just before a trigger noun: an event already told. */
export const ANAPHORIC = wordPattern(String.raw`\b(?:this|these|such|those|cette|ces|cet|de tels|estos|estas|este|esta|dichos|dichas|tales)(?: (?!(?:it|they|he|she|we|had|has|have|was|were|is|are)\b)[\p{L}-]+){0,2}$`);

/** Reporting clauses: the actor list starts after them ("X said that", "according to X,"). */
export const REPORTING = wordPattern(String.raw`\b(?:said|says|say|reported|reports|report|told|claimed|claims|announced|added|stated|confirmed|according to [^,]+,(?:\s*(?:the\s+)?[^,]*\([^)]{2,12}\),)?|selon [^,]+,|según [^,]+,|a déclaré|ha dicho|informó)\b(?: that| que)?`, 'giu');

/** A finite verb right before a trigger, in a relative clause ("whose leaders have been arrested"). */
export const RELATIVE_FINITE = wordPattern(String.raw`\b(?:who|whose|which|that|where|qui|dont|que|quienes|cuyos|cuyas)\b(?:\W+\w+){0,8}?\W+(?:have|has|had|were|was|are|is|been|ont|a été|ont été|han|ha|fueron|fue)\b`);

/** A list item marker at the start of a line. */
export const LIST_ITEM = /^\s*(?:[-–—•*·]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+/u;

/** An article right before a trigger: the event is named as a noun. */
export const ARTICLE_BEFORE = wordPattern(String.raw`(?:^|\s)(?:the|a|an|el|la|los|las|un|una|le|les|l'|une|des)\s*$`);

/** The noun phrase is said to be something, not to do something ("has become a tragedy", "se está convirtiendo"). */
export const COPULA_AFTER = wordPattern(String.raw`^\S+(?:\s+\S+){0,8}?\s+(?:is|are|was|were|has become|have become|became|becomes|remains?|constitutes?|represents?|se está|se han|está|están|es|son|fue|constituye|representa|est|sont|était|constitue|représente|reste|devient)\b`);
