/**
 * Cues for the five CASE 2021 labels outside ACLED: organised crime,
 * natural and man-made disasters, diplomatic events and attributions of
 * responsibility. The statements pipeline maps them to no event at all.
 */
import { cue } from './cue.js';
import type { Cue } from './cue.js';

/** Crime: drugs, smuggling, theft, fraud, cybercrime, hate crime, gangs. */
export const CRIME_CUES: readonly Cue[] = [
  cue('ORG_CRIME', 7, String.raw`\b(?:drugs?|narcotics?|cocaine|heroin|hashish|cannabis|marijuana|methamphetamine|meth|contraband|smuggl\w*|traffick\w*|drug lords?|cartels?|mafia|organi[sz]ed crime)\b`),
  cue('ORG_CRIME', 7, String.raw`\b(?:robber(?:y|ies)|robbed|robbers?|thefts?|thie(?:f|ves)|burglar\w*|break and enter|break-ins?|stolen property|heists?|shoplift\w*|fraud\w*|money laundering|corruption|brib\w*|embezzl\w*|scams?|counterfeit\w*|extortion|racketeering|cyber ?crimes?|cybercriminals?|hack(?:er|ers|ed|ing)|hate crimes?|poaching)\b`),
  cue('ORG_CRIME', 3, String.raw`\b(?:gangs?|gang members?|suspects?|under investigation|probe|investigat\w*|charged with|convicted|accomplices?)\b`),
];

/** Natural hazards and epidemics. */
export const NATURAL_DISASTER_CUES: readonly Cue[] = [
  cue('NATURAL_DISASTER', 9, String.raw`\b(?:earthquakes?|quakes?|tremors?|seismic|tsunamis?|volcan\w*|erupt(?:ed|ion|ions)|landslides?|mudslides?|floods?|flooding|flooded|cyclones?|hurricanes?|typhoons?|tornado\w*|drought|wildfires?|bushfires?|forest fires?|heat ?waves?|heavy rain\w*|torrential|downpours?|monsoon|avalanches?|blizzards?|storms?|covid(?:-19)?|coronavirus|pandemic|epidemic|outbreaks?|cholera|ebola|measles|dengue)\b`),
  cue('NATURAL_DISASTER', 3, String.raw`\b(?:infected|infections|tested positive|death toll|disaster agency|evacuated|rainfall|cases)\b`),
];

/** Accidents and industrial disasters. */
export const MAN_MADE_DISASTER_CUES: readonly Cue[] = [
  cue('MAN_MADE_DISASTER', 8, String.raw`\b(?:(?:plane|air|helicopter|train|bus|car|road|vehicle|boat|ferry|multi-vehicle|truck) ?crash\w*|crashed|derail\w*|collisions?|collided|capsiz\w*|sank|shipwreck\w*|overturned|accidents?|accidentally|stampedes?|gas leaks?|oil spills?|chemical spills?|ammonium nitrate|chemical plant|industrial (?:accident|fire|explosion)|fire broke out|caught fire|building collapse|collapsed)\b`),
  cue('MAN_MADE_DISASTER', 6, String.raw`\b(?:plant|factory|warehouse|mine|pipeline|refinery|container|tanker|storage|bunker|boiler|cylinder|depot|port|blast site)\b(?:\W+\w+){0,3}?\W+explo\w*`),
  cue('MAN_MADE_DISASTER', 4, String.raw`\b(?:leak\w*|spill\w*|contaminat\w*|toxins?|poisoning|emergency services|blaze|debris|motorist|aviation authority)\b`),
];

/** Diplomatic acts: expulsions, sanctions, summits, visits, talks between states. */
export const DIPLOMATIC_CUES: readonly Cue[] = [
  cue('DIPLO', 8, String.raw`\b(?:diplomats?|diplomatic|ambassadors?|envoys?|embass(?:y|ies)|consul\w*|persona non grata|sanctions?|summit|bilateral)\b`),
  cue('DIPLO', 3, String.raw`\b(?:expel\w*|expulsion|foreign minist\w*|state department|urged|pledge[sd]?|vow(?:ed|s)?|state visit|official visit|retaliatory move|condemned)\b`),
];

/** Claims, denials and attributions of responsibility. */
export const ATTRIBUTION_CUES: readonly Cue[] = [
  cue('ATTRIB', 12, String.raw`\b(?:claim(?:ed|s|ing)? (?:\w+ ){0,2}responsibility|responsibility for|denied (?:\w+ ){0,2}(?:involvement|responsibility|role|accusations?)|den(?:y|ies|ying) (?:\w+ ){0,2}involvement|rejected (?:\w+ ){0,2}accusations?|attributed (?:the )?(?:attack|bombing|killing))\b`),
  cue('ATTRIB', 10, String.raw`\b(?:blam(?:ed|es|ing) (?:\S+ ){1,5}for|held (?:\S+ ){1,5}responsible for)\b`),
  cue('ATTRIB', 4, String.raw`\b(?:blam(?:e|ed|es|ing)|accus(?:ed|es|ing|ation|ations)|was behind|were behind|is behind|held (?:\w+ ){0,3}responsible|holds? (?:\w+ ){0,3}responsible)\b`),
];
