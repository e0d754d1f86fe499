/**
 * Cue words of the English tagger and of the rules, written for this project.
 * They are gazetteer categories too, so the statistical model learns how far
 * to trust them.
 */

/** Words that head or end organization names. */
export const ORG_HEADS: readonly string[] = [
  'party', 'front', 'union', 'movement', 'council', 'committee', 'association', 'federation', 'confederation',
  'league', 'alliance', 'coalition', 'congress', 'assembly', 'parliament', 'senate', 'ministry', 'department',
  'agency', 'commission', 'office', 'delegation', 'administration', 'inspectorate', 'command', 'council', 'bureau', 'secretariat', 'directorate', 'authority', 'government', 'army',
  'forces', 'force', 'brigade', 'brigades', 'battalion', 'militia', 'guard', 'police', 'organization',
  'organisation', 'network', 'forum', 'initiative', 'foundation', 'institute', 'centre', 'center', 'society',
  'club', 'group', 'bank', 'fund', 'company', 'corporation', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.',
  'co.', 'plc', 'ag', 'sa', 'gmbh', 'fc', 'university', 'college', 'school', 'court', 'tribunal', 'mission',
  'monitor', 'watch', 'unions', 'workers', 'cooperative', 'syndicate', 'trust', 'board', 'services', 'airlines',
  'press', 'news', 'times', 'post', 'herald', 'tribune', 'journal', 'radio', 'television', 'channel',
];

/** Titles and roles written before a person's name. */
export const PERSON_TITLES: readonly string[] = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice-president', 'premier', 'chancellor', 'minister', 'secretary', 'spokesman', 'spokeswoman',
  'spokesperson', 'chairman', 'chairwoman', 'chair', 'leader', 'commander', 'general', 'gen.', 'colonel',
  'col.', 'captain', 'capt.', 'lieutenant', 'lt.', 'sergeant', 'sgt.', 'major', 'admiral', 'governor', 'gov.',
  'mayor', 'senator', 'sen.', 'judge', 'justice', 'ambassador', 'envoy', 'king', 'queen', 'prince', 'princess',
  'sheikh', 'imam', 'ayatollah', 'rabbi', 'bishop', 'archbishop', 'cardinal', 'pope', 'father', 'rev.',
  'comrade', 'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'champion', 'activist', 'journalist',
  'lawyer', 'director', 'coordinator', 'mother', 'brother', 'sister', 'son', 'daughter', 'wife', 'husband',
];

/** Words that head or end place names. */
export const LOC_HEADS: readonly string[] = [
  'river', 'mountains', 'mountain', 'mount', 'mt.', 'hills', 'valley', 'province', 'region', 'district',
  'county', 'state', 'governorate', 'prefecture', 'island', 'islands', 'sea', 'ocean', 'gulf', 'bay', 'lake',
  'strait', 'desert', 'peninsula', 'coast', 'street', 'road', 'avenue', 'square', 'bridge', 'camp', 'prison',
  'city', 'town', 'village', 'airport', 'port', 'border', 'plain', 'plateau', 'delta', 'basin', 'highway',
  'wharf', 'harbour', 'harbor', 'quay', 'dock', 'docks', 'pier', 'canal', 'pass', 'oasis', 'refugee', 'settlement',
];
