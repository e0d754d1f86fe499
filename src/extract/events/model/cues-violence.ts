/**
 * Cues for violence typed by what was done rather than by the weapon:
 * attacks, armed clashes, abductions, arrests, sexual violence, looting and
 * destruction, mob violence. ATTACK and ARMED_CLASH share the generic words;
 * who was targeted decides between them (see `classify/adjust-combat.ts`).
 */
import { cue } from './cue.js';
import type { Cue } from './cue.js';

/** One-sided violence against people (re-labelled ARMED_CLASH when the target is armed). */
export const ATTACK_CUES: readonly Cue[] = [
  cue('ATTACK', 4, String.raw`\b(?:attack(?:ed|s|ing)?|assault(?:ed|s)?|raid(?:ed)?|stormed|ambush(?:ed|es|ing)?)\b`),
  cue('ATTACK', 4, String.raw`\b(?:killings? of|murders? of|massacre of|assassination of|beat(?:en|ing)? (?:\S+ ){1,6}to death|fir(?:ing|ed) (?:\w+ ){0,2}on (?:the )?(?:houses|homes|villages?|civilians|crowds?|people|residents|worshippers|passengers|cars|vehicles))\b`),
  cue('ATTACK', 3, String.raw`\b(?:gunmen|assailants|attackers|shooters?|gunman)\b`),
  cue('ATTACK', 4, String.raw`\b(?:opened fire|shot dead|gunned down|shot and killed|sprayed (?:\w+ ){0,2}bullets|gun attacks?|shooting|shootings)\b`),
  cue('ATTACK', 4, String.raw`\b(?:massacre[sd]?|execut(?:ed|ion|ions|ing)|behead\w*|stabb\w*|hacked to death|assassinat\w*|murder\w*|lynched|burned alive|burnt alive|slaughter\w*|beat(?:en)? to death)\b`),
  cue('ATTACK', 2, String.raw`\b(?:killed|killing|killings|shot|beat|beaten|beating|tortured|wounded|injured|left (?:\w+ ){0,3}dead)\b`),
  cue('ATTACK', 2, String.raw`\b(?:tiros|disparos|balazos|sicarios|pistoleros|coups de feu)\b`),
  cue('ATTACK', 1, String.raw`\b(?:civilians?|villagers|residents|worshippers|passengers|farmers|pilgrims|tourists|women and children|unarmed)\b`),
  cue('ATTACK', 4, String.raw`\b(?:attaqu(?:e|es|é|ée|és|ées|er|ent|aient)|attentats?|tuerie|fusillade|embuscades?|tués?|tuées|massacr(?:é|és|ée|ées)|ataques|atentados?|balacera|tiroteo|ametrall\w*|dispar(?:ó|aron)|acab(?:ó|aron) con la vida|quit(?:ó|aron) la vida|tués? par balles|assassin(?:é|és|at|ats)|exécut(?:é|és|ion|ions)|ataca(?:r|ron|do)?|atacó|ataque|emboscada|asesina(?:do|dos|das|to|tos|ron)|asesinó|masacre)\b`),
];

/** Fighting between two armed, organised sides. */
export const CLASH_CUES: readonly Cue[] = [
  cue('ARMED_CLASH', 6, String.raw`\b(?:gun ?battles?|gunfights?|firefights?|fire-fights?|exchanges? of (?:gun)?fire|exchang(?:ed|ing) (?:gun)?fire|traded (?:gun)?fire|shoot-?outs?|heavy fighting|fierce fighting|pitched battles?|armed clash\w*|crossfire|cross-fire)\b`),
  cue('ARMED_CLASH', 4, String.raw`\b(?:clash(?:ed|es|ing)?|skirmish\w*|hostilities|fighting (?:broke out|erupted|raged|continued|intensified|between)|fought (?:\w+ ){0,3}(?:with|against) (?:\w+ ){0,3}(?:forces|troops|army|soldiers|rebels|militants|insurgents|fighters|militia\w*))\b`),
  cue('ARMED_CLASH', 2, String.raw`\b(?:fighting|fought|battle(?:d|s)?|combat|engaged|engagement)\b`),
  cue('ARMED_CLASH', 6, String.raw`\b(?:repel(?:led|s|ling)?|repuls(?:ed|ing)|fought off|beat back|returned fire|fired back)\b`),
  cue('ARMED_CLASH', 3, String.raw`\b(?:counter-?attack\w*|counter-?offensive|retaliat\w*|offensive|military operation|ground operations?)\b`),
  cue('ARMED_CLASH', 6, String.raw`\b(?:affrontements?|combats|accrochages?|riposte|échanges? de tirs|enfrentamientos?|combates?|choques armados|intercambio de disparos)\b`),
];

/** Abductions and enforced disappearances. */
export const ABDUCTION_CUES: readonly Cue[] = [
  cue('ABDUCT_DISSAP', 8, String.raw`\b(?:abduct(?:ed|ion|ions|ing|s)?|kidnap(?:ped|ping|pings|s)?|(?:en)?forced disappearances?|forcibly disappeared|disappeared|taken hostage|held hostage|hostages?|hostage-taking)\b`),
  cue('ABDUCT_DISSAP', 7, String.raw`\b(?:(?:people|civilians|villagers|men|women|children|workers|engineers|passengers|students|journalists|pupils|nationals|tourists|aid workers) (?:were|was|have been|had been) (?:seized|taken|snatched|grabbed|carried off)|taken from (?:his|her|their) homes?|(?:has|have) not been (?:seen|heard from) since)\b`),
  cue('ABDUCT_DISSAP', 6, String.raw`\b(?:snatch(?:ed|ing)|vanished|went missing|have disappeared)\b`),
  cue('ABDUCT_DISSAP', 4, String.raw`\b(?:kidnappers|abductors|whereabouts|missing|captive|captivity|ransom|taken away|(?:took|taken) (?:\S+ ){1,5}away|forcibly taken|carried off)\b`),
  cue('ABDUCT_DISSAP', 3, String.raw`\b(?:have|has|had) taken (?:at least |more than |some )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds)\b`),
  cue('ABDUCT_DISSAP', 8, String.raw`\b(?:enlev(?:é|és|ée|ées|ement|ements|er)|disparu\w*|otages?|secuestr\w*|desaparecid\w*|desaparici(?:ó|o)n|se llev(?:ó|aron) por la fuerza|raptad\w*|rapts?)\b`),
];

/** Arrests by state forces. */
export const ARREST_CUES: readonly Cue[] = [
  cue('ARREST', 7, String.raw`\b(?:arrest(?:ed|s|ing)?|apprehend\w*|(?:taken|took) into custody|rounded up|nabbed|handcuffed|under arrest)\b`),
  cue('ARREST', 5, String.raw`\b(?:detain(?:ed|s|ing)?|jailed|imprison\w*|incarcerat\w*|picked up|sent to prison|remanded)\b`),
  cue('ARREST', 2, String.raw`\b(?:detention|custody|raids?|crackdown|charged with|held without charge|police station)\b`),
  cue('ARREST', 7, String.raw`\b(?:arr(?:ê|e)t(?:é|és|ée|ées|ation|ations)|interpell(?:é|és|ation|ations)|incarcér\w*|detenid\w*|captur(?:ado|ados|ó)|arrest(?:o|os|ado|ados)|encarcelad\w*)\b`),
];

/** Sexual violence. */
export const SEXUAL_VIOLENCE_CUES: readonly Cue[] = [
  cue('SEX_VIOL', 10, String.raw`\b(?:rap(?:e|ed|es|ing|ist|ists)|gang-?rap\w*|sexual(?:ly)? (?:assault\w*|violence|abuse\w*|harass\w*|exploit\w*|attack\w*|slavery)|sex abuse|molest\w*|violée?s?|viols?|violaci(?:ó|o)n(?:es)?|violad[ao]s?|violencia sexual|violences? sexuelles?)\b`),
  cue('SEX_VIOL', 4, String.raw`\b(?:abused (?:\w+ ){0,2}(?:women|girls|children|boys)|forced marriages?|indecent assault)\b`),
];

/** Looting, arson and destruction of property. */
export const PROPERTY_CUES: readonly Cue[] = [
  cue('PROPERTY_DISTRUCT', 7, String.raw`\b(?:loot(?:ed|ing|ers)?|ransack\w*|pillag\w*|plunder\w*|vandali[sz]\w*|arson|razed|torched|set(?:ting)? (?:\S+ ){0,2}(?:ablaze|alight|on fire)|set fire to|setting fire to|burn(?:ed|t) down|burn(?:ed|t) (?:\S+ ){0,4}(?:houses|homes|homesteads|shops|huts|vehicles|cars|buildings|villages|crops|offices|churches|mosques|schools))\b`),
  cue('PROPERTY_DISTRUCT', 6, String.raw`\b(?:destruction of (?:\w+ ){0,2}propert\w*|property damage|damage to (?:\w+ ){0,2}property|destroy(?:ed|ing)? (?:\w+ ){0,4}(?:houses|homes|shops|property|properties|crops|vehicles|buildings|offices|schools|mosques|churches|railway|infrastructure))\b`),
  cue('PROPERTY_DISTRUCT', 6, String.raw`\b(?:damag(?:ed|ing) (?:\S+ ){0,3}(?:property|properties|houses|homes|shops|crops|vehicles|cars|buildings|offices)|uproot\w* (?:\S+ ){0,2}(?:trees|crops|vines))\b`),
  cue('PROPERTY_DISTRUCT', 3, String.raw`\b(?:stole|stolen|steal\w*|demolish\w*|bulldoz\w*|confiscated (?:\w+ ){0,2}(?:land|property|homes))\b`),
  cue('PROPERTY_DISTRUCT', 7, String.raw`\b(?:ras(?:é|ée|és|ées)|démoli(?:e|s|es)?|arrasad[oa]s?|demolid[oa]s?|incendi(?:é|és|ée|ées|aron|ado|ados|adas)|pill(?:é|és|ée|ées|age)|saqu(?:eo|eos|earon|eados?)|quem(?:aron|ado|ados|adas)|détruit\w*|destrui(?:do|dos|das|das))\b`),
];

/** Mob violence: unorganised crowds, lynching, communal fighting. */
export const MOB_CUES: readonly Cue[] = [
  cue('MOB_VIOL', 8, String.raw`\b(?:mobs?|lynch\w*|communal (?:clash\w*|violence|riots?)|mob violence|mob justice|jungle justice)\b`),
  cue('MOB_VIOL', 8, String.raw`\b(?:(?:angry|irate|enraged) (?:crowds?|mobs?|villagers|residents|youths|neighbours|neighbors)|(?:crowds?|villagers|residents|youths) (?:\S+ ){0,3}(?:attacked|beat|lynched|set upon|stoned|clashed|chased)|vigilantes? (?:\S+ ){0,3}(?:attacked|beat|killed|lynched|dragged|burned)|(?:rival|opposing) groups of (?:villagers|residents|youths|supporters|herders|farmers))\b`),
  cue('MOB_VIOL', 3, String.raw`\b(?:set upon|vigilante (?:groups?|attacks?|violence|justice))\b`),
  cue('MOB_VIOL', 4, String.raw`\b(?:(?:opposing|rival|dueling|duelling) (?:rallies|groups|protesters|demonstrators|demonstrations|supporters|factions|villagers)|villagers (?:clashed|fought|attacked|beat)|angry (?:crowds?|residents|villagers)|sectarian (?:clash\w*|violence))\b`),
  cue('MOB_VIOL', 2, String.raw`\b(?:bamboo sticks|iron rods|sticks and stones|clubs|chased (?:down)?)\b`),
];
