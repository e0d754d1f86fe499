/**
 * Kickers: the label lines above a statement ("PRESS RELEASE", "Statement of
 * the Political Bureau of …", "COMUNICADO PÚBLICO", "Basın Açıklaması",
 * "بيان"). They are not part of the body; the ones naming an author feed
 * the issuers. Phrases are folded before matching.
 */

/** Lines that are only a kicker. */
export const KICKER_LINES: readonly string[] = [
  'press release', 'for immediate release', 'immediate release', 'media statement', 'media release', 'news release', 'press statement', 'statement', 'joint statement', 'public statement', 'official statement',
  'open letter', 'urgent appeal', 'urgent action', 'appeal', 'resolution', 'final declaration', 'declaration', 'communique', 'joint communique', 'press communique', 'embargoed',
  'communique de presse', 'communique', 'declaration commune', 'declaration conjointe', 'joint declaration', 'communique conjoint', 'declaration', 'lettre ouverte', 'appel', 'pour diffusion immediate', 'motion',
  'comunicado', 'comunicado publico', 'comunicado de prensa', 'comunicado conjunto', 'declaracion', 'declaracion publica', 'carta abierta', 'pronunciamiento', 'denuncia publica', 'llamamiento',
  'pressemitteilung', 'presseerklarung', 'erklarung', 'gemeinsame erklarung', 'offener brief', 'stellungnahme', 'aufruf', 'resolution',
  'basin aciklamasi', 'aciklama', 'ortak aciklama', 'basin bildirisi', 'bildiri', 'acik mektup', 'kamuoyu duyurusu', 'kamuoyuna duyuru', 'cagri',
  'بيان', 'بيان صحفي', 'بيان مشترك', 'رسالة مفتوحة', 'بلاغ', 'نداء', 'تصريح صحفي',
];

/** Leads of kickers that name who speaks ("Statement of the …", "Déclaration du …"). */
export const KICKER_LEADS: readonly string[] = [
  'statement of', 'statement by', 'statement from', 'statement issued by', 'joint statement of', 'joint statement by', 'joint statement from', 'a statement by', 'a statement from', 'press release of', 'press release by', 'press release from',
  'declaration of', 'declaration by', 'communique of', 'communique by', 'communique from', 'resolution of', 'resolution by', 'appeal of', 'appeal by', 'appeal from', 'open letter from', 'open letter of', 'open letter by', 'message from', 'message of', 'solidarity message from', 'letter from',
  'declaration du', 'declaration de', 'declaration des', 'declaration commune', 'communique du', 'communique de', 'communique des', 'lettre ouverte', 'appel du', 'appel de', 'message du', 'message de',
  'comunicado del', 'comunicado de', 'declaracion del', 'declaracion de', 'pronunciamiento del', 'pronunciamiento de', 'carta abierta', 'mensaje del', 'mensaje de',
  'erklarung des', 'erklarung der', 'erklarung von', 'pressemitteilung des', 'pressemitteilung der', 'pressemitteilung von', 'stellungnahme des', 'stellungnahme der', 'stellungnahme von', 'aufruf des', 'aufruf der', 'aufruf von',
  'بيان صادر عن', 'بيان من', 'بيان ال', 'بيان حزب', 'بيان لجنة', 'بيان اللجنة', 'بيان المكتب',
];

/** Trailing words of Turkish kickers ("… Basın Açıklaması", "… Merkez Komitesi'nin açıklaması"). */
export const KICKER_TAILS: readonly string[] = ['aciklamasi', 'basin aciklamasi', 'bildirisi', 'deklarasyonu', 'aciklama'];
