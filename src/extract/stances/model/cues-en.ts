/**
 * English cue patterns, one list per relation. Patterns are regular-expression
 * sources matched on whole words, case-insensitively; a space matches any run
 * of white space. Where a cue could also be ordinary prose, it carries a
 * `closer` or `antecedent` that must be present too.
 */
import type { CueSpec } from './types.js';

const ARMED_ACTORS =
  'militias?|militiamen|groups?|gangs?|squads?|forces|troops|mercenaries|paramilitar(?:y|ies)|settlers|fighters|rebels|jets|planes|aircraft|drones|weapons|arms|bombs|missiles|regime|junta|army|units';

/** Cues for `support`. */
export const EN_SUPPORT: readonly CueSpec[] = [
  { relation: 'support', slot: 'object', pattern: 'hail(?:s|ed|ing)?' },
  { relation: 'support', slot: 'object', pattern: 'salut(?:e|es|ed|ing)' },
  { relation: 'support', slot: 'object', pattern: 'commend(?:s|ed|ing)?' },
  { relation: 'support', slot: 'object', pattern: 'congratulat(?:e|es|ed|ing)' },
  { relation: 'support', slot: 'object', pattern: 'applaud(?:s|ed|ing)?' },
  { relation: 'support', slot: 'object', pattern: 'endors(?:e|es|ed|ing)' },
  { relation: 'support', slot: 'object', pattern: 'welcom(?:e|es|ed|ing)' },
  { relation: 'support', slot: 'object', pattern: '(?:pay|pays|paid|paying) (?:a )?(?:warm |special |heartfelt )?(?:tribute|homage) to' },
  { relation: 'support', slot: 'object', pattern: '(?:stand|stands|stood|standing) (?:firmly |fully |resolutely |unconditionally )?(?:in (?:full )?solidarity with|in support of|shoulder to shoulder with|side by side with|with|by|alongside|behind)' },
  { relation: 'support', slot: 'object', pattern: 'solidarity (?:with|to)' },
  { relation: 'support', slot: 'object', pattern: '(?:support|supports|supported|supporting|backing|back|backs)' },
  { relation: 'support', slot: 'object', pattern: '(?:in|of) (?:full |total |firm |unconditional )?support (?:of|for|to)' },
  { relation: 'support', slot: 'object', pattern: '(?:our|its|their|his|her) (?:full |total |firm |unconditional |unwavering |active )*support (?:for|to)' },
  { relation: 'support', slot: 'object', pattern: '(?:greetings|salutes|congratulations) to' },
  { relation: 'support', slot: 'object', pattern: '(?:glory|honou?r|victory) to' },
  { relation: 'support', slot: 'object', pattern: 'long live' },
];

/** Cues for `condemn`. */
export const EN_CONDEMN: readonly CueSpec[] = [
  { relation: 'condemn', slot: 'object', pattern: 'condemn(?:s|ed|ing)?' },
  { relation: 'condemn', slot: 'object', pattern: 'denounc(?:e|es|ed|ing)' },
  { relation: 'condemn', slot: 'object', pattern: 'critici[sz](?:e|es|ed|ing)' },
  { relation: 'condemn', slot: 'object', pattern: 'reject(?:s|ed|ing)?' },
  { relation: 'condemn', slot: 'object', pattern: '(?:oppose|opposes|opposing|(?:are|is|remain|remains) opposed to)' },
  { relation: 'condemn', slot: 'object', pattern: 'deplor(?:e|es|ed|ing)' },
  { relation: 'condemn', slot: 'object', pattern: 'decr(?:y|ies|ied|ying)' },
  { relation: 'condemn', slot: 'object', pattern: 'repudiat(?:e|es|ed|ing)' },
  { relation: 'condemn', slot: 'object', pattern: '(?:protest|protests|protested|protesting) against' },
  { relation: 'condemn', slot: 'object', pattern: '(?:stand|stands|stood|standing) (?:firmly )?against' },
  { relation: 'condemn', slot: 'object', pattern: '(?:our|its|their) (?:strong |strongest |firm |firmest |unequivocal |utmost )*(?:condemnation|denunciation|rejection) of' },
  { relation: 'condemn', slot: 'object', pattern: '(?:outraged|appalled|indignant) (?:at|by)' },
  { relation: 'condemn', slot: 'object', pattern: '(?:shame on|down with)' },
];

/** Cues for `accuse`. */
export const EN_ACCUSE: readonly CueSpec[] = [
  { relation: 'accuse', slot: 'object', pattern: 'accus(?:e|es|ed|ing)' },
  { relation: 'accuse', slot: 'object', pattern: 'blam(?:e|es|ed|ing)' },
  {
    relation: 'accuse',
    slot: 'closer',
    pattern: '(?:hold|holds|holding|held|consider|considers|considered|deem|deems|deemed)',
    closer: '(?:[a-z]+ly )?(?:(?:politically|legally|criminally|morally) )?(?:responsible|accountable|liable|culpable)',
  },
  { relation: 'accuse', slot: 'agent', antecedent: ARMED_ACTORS, pattern: '(?:armed|financed|funded|equipped|trained|sponsored|supplied|backed|paid|directed|instigated|orchestrated|shielded|organi[sz]ed) by' },
  { relation: 'accuse', slot: 'subject', pattern: '(?:is|are|was|were|has been|have been|remains?) (?:directly |fully |also |solely |largely |ultimately |primarily )?(?:responsible|to blame) for' },
  { relation: 'accuse', slot: 'subject', pattern: '(?:bears?|bore) (?:the |full |direct |primary |main |heavy |a heavy |historic )*responsibility' },
  {
    relation: 'accuse',
    slot: 'subject',
    pattern:
      '(?:(?:is|are|was|were|has been|have been|keeps?|kept|continues?|continued) (?:to )?)(?:arm|arming|supply|supplying|fund|funding|financ(?:e|ing)|sponsor(?:ing)?|support|supporting|back|backing|shield|shielding|protect|protecting)',
  },
  { relation: 'accuse', slot: 'subject', pattern: '(?:(?:continues?|continued|keeps?|kept) (?:to )?)?(?:sells?|sold|selling|supplies|supplied|supply|supplying|delivers?|delivered|delivering) (?:arms|weapons|ammunition)' },
];

/** Cues for `demand`. */
export const EN_DEMAND: readonly CueSpec[] = [
  { relation: 'demand', slot: 'object', pattern: '(?:call|calls|called|calling) (?:on|upon)' },
  { relation: 'demand', slot: 'object', pattern: 'urg(?:e|es|ed|ing)' },
  { relation: 'demand', slot: 'object', pattern: '(?:appeal|appeals|appealed|appealing) (?:once again |again |urgently )?to' },
  { relation: 'demand', slot: 'object', pattern: '(?:demand|demands|demanded|demanding) (?:of|from)' },
  { relation: 'demand', slot: 'that', pattern: '(?:demand|demands|demanded|demanding|insist|insists|insisted|insisting|require|requires) that' },
  { relation: 'demand', slot: 'closer', closer: 'to', pattern: '(?:ask|asks|asked|asking|request|requests|requested|requesting|exhort|exhorts|exhorted|implore|implores|invite|invites|invited|inviting|press|presses|pressed)' },
  { relation: 'demand', slot: 'object', pattern: '(?:our|its|their) (?:urgent |renewed )?(?:appeal|call) to' },
  { relation: 'demand', slot: 'closer', closer: 'to', pattern: '(?:call|calls|called|calling)' },
];

/** Every English cue. */
export const EN_CUES: readonly CueSpec[] = [...EN_SUPPORT, ...EN_CONDEMN, ...EN_ACCUSE, ...EN_DEMAND];
