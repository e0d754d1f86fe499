/**
 * Words that mark an organisation or a body inside an organisation. They let
 * a signature line tell "Athens" (a place) from "Executive Secretariat of the
 * PAFWU" (a body) without a gazetteer, and an issuer's sub-body
 * ("Secretariat of …", "Central Committee") from the organisation itself.
 */

/** Words found in the names of organisations (any language of the set). */
export const ORG_WORDS: readonly string[] = [
  'committee', 'committees', 'party', 'union', 'unions', 'federation', 'confederation', 'council', 'movement', 'front', 'alliance', 'coalition', 'network', 'association',
  'organisation', 'organization', 'organisations', 'organizations', 'centre', 'center', 'forum', 'league', 'group', 'collective', 'assembly', 'congress', 'bureau', 'secretariat', 'board', 'office', 'ministry',
  'government', 'department', 'commission', 'initiative', 'campaign', 'society', 'institute', 'foundation', 'trust', 'agency', 'service', 'monitor', 'watch', 'relief', 'army', 'forces', 'force', 'brigade', 'guard',
  'students', 'workers', 'women', 'youth', 'lawyers', 'people\'s', 'solidarity', 'defence', 'defense', 'rights', 'democratic', 'socialist', 'communist', 'national', 'international', 'revolutionary', 'coordination', 'coordinating', 'executive', 'central', 'political', 'presidency', 'leadership', 'cell', 'chapter', 'branch', 'section', 'council', 'senate', 'parliament', 'diaspora', 'news', 'press',
  'comité', 'parti', 'syndicat', 'syndicale', 'fédération', 'confédération', 'conseil', 'mouvement', 'réseau', 'collectif', 'secrétariat', 'ministère', 'gouvernement', 'coordination', 'assemblée', 'ligue',
  'comité', 'partido', 'sindicato', 'federación', 'confederación', 'consejo', 'movimiento', 'frente', 'alianza', 'coordinadora', 'colectivo', 'red', 'secretaría', 'ministerio', 'gobierno', 'asamblea', 'organización', 'asociación', 'junta',
  'komitee', 'partei', 'gewerkschaft', 'bund', 'verband', 'rat', 'bewegung', 'bündnis', 'netzwerk', 'kollektiv', 'sekretariat', 'ministerium', 'regierung', 'vorstand', 'verein',
  'komitesi', 'partisi', 'sendikası', 'federasyonu', 'konfederasyonu', 'meclisi', 'hareketi', 'cephesi', 'platformu', 'derneği', 'inisiyatifi', 'ağı', 'kolektifi', 'bakanlığı', 'örgütü', 'birliği', 'merkezi', 'yönetim', 'kurulu',
  'لجنة', 'لجان', 'حزب', 'اتحاد', 'نقابة', 'نقابات', 'مجلس', 'حركة', 'جبهة', 'تحالف', 'شبكة', 'جمعية', 'منظمة', 'مركز', 'وزارة', 'حكومة', 'مكتب', 'أمانة', 'هيئة', 'تجمع', 'تنسيقية', 'رابطة', 'ائتلاف', 'مؤسسة', 'منبر', 'قيادة', 'سكرتارية',
];

/** Heads of a sub-body or office ("Executive Secretariat of …", "Press Secretary", "le Secrétaire général"): the body speaks for the organisation. */
export const SUBBODY_WORDS: readonly string[] = [
  'secretariat', 'secretary', 'general', 'committee', 'group', 'team', 'unit', 'working', 'commission', 'cell', 'polit', 'politburo', 'politbureau', 'presidium', 'praesidium', 'cc', 'bureau', 'board', 'council', 'executive', 'central', 'national', 'political', 'press', 'office', 'presidency', 'president', 'chairman', 'chairperson', 'chair',
  'spokesperson', 'spokesman', 'spokeswoman', 'leadership', 'coordinating', 'coordination', 'coordinator', 'department', 'information', 'international', 'relations', 'standing', 'permanent', 'steering', 'regional', 'provincial', 'district', 'municipal', 'federal', 'state', 'county', 'local', 'leaders', 'members', 'representatives', 'heads', 'delegates', 'delegation', 'mayor', 'high', 'supreme', 'main', 'directorate', 'director', 'officer', 'communications',
  'secrétariat', 'secrétaire', 'général', 'générale', 'comité', 'exécutif', 'national', 'nationale', 'bureau', 'politique', 'présidence', 'président', 'porte-parole', 'direction', 'conseil', 'pour', 'le', 'la', 'l\'',
  'secretaría', 'secretario', 'secretaria', 'comité', 'ejecutivo', 'ejecutiva', 'consejo', 'mayor', 'dirección', 'presidente', 'vocero', 'portavoz', 'mesa', 'nacional', 'por', 'el', 'junta', 'directiva', 'directivo', 'comisión', 'equipo', 'coordinación', 'coordinadora', 'vocería',
  'commission', 'équipe', 'instance', 'instances',
  'leitung', 'ausschuss', 'geschäftsführung', 'koordinierungskreis', 'sprecherrat',
  'yönetimi', 'komitesi', 'sekreterliği', 'sözcülüğü',
  'الهيئة', 'القيادة', 'المجلس',
  'sekretariat', 'vorstand', 'bundesvorstand', 'landesvorstand', 'präsidium', 'sprecher', 'sprecherin', 'zentralkomitee', 'für', 'den', 'die', 'der', 'des', 'dem', 'von',
  'yönetim', 'kurulu', 'genel', 'başkanlık', 'başkan', 'sözcü', 'sözcüsü', 'merkez', 'yürütme', 'kurul', 'adına',
  'المكتب', 'السياسي', 'الأمانة', 'العامة', 'الأمين', 'العام', 'اللجنة', 'المركزية', 'التنفيذية', 'رئيس', 'الناطق', 'باسم',
  'of', 'the', 'de', 'du', 'des', 'del', 'and', 'for', 'on', 'behalf',
];

/** Leads that hand a signature to a body ("For the Executive Board,", "Pour le Bureau", "On behalf of"). */
export const ON_BEHALF_LEADS: readonly string[] = ['for the', 'for', 'on behalf of', 'on behalf of the', 'pour le', 'pour la', 'pour l\'', 'au nom du', 'au nom de la', 'por el', 'por la', 'en nombre de', 'en nombre del', 'für den', 'für die', 'im namen', 'adına', 'عن', 'باسم'];
