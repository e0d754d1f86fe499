/**
 * Leads after which a kicker or heading names its author ("Statement of the",
 * "Déclaration du", "From the"), and Turkish tails before which it does
 * ("… Basın Açıklaması"). Folded before use.
 */
export const KICKER_ORG_LEADS: readonly string[] = [
  'statement of', 'statement by', 'statement from', 'statement issued by', 'joint statement of', 'joint statement by', 'joint statement from', 'a statement by', 'a statement from', 'public statement of', 'public statement by',
  'press release of', 'press release by', 'press release from', 'declaration of', 'declaration by', 'communique of', 'communique by', 'communique from', 'resolution of', 'resolution by', 'appeal of', 'appeal by', 'appeal from',
  'open letter from', 'open letter of', 'open letter by', 'message from', 'message of', 'solidarity message from', 'message of solidarity from', 'letter from', 'from', 'from the',
  'communique de presse', 'comunicado de prensa', 'press release no', 'declaration du', 'declaration de', 'declaration des', 'declaration de la', 'declaration de l\'', 'communique du', 'communique de', 'communique des', 'communique de la', 'appel du', 'appel de', 'message du', 'message de', 'message de la',
  'comunicado del', 'comunicado de', 'comunicado de la', 'declaracion del', 'declaracion de', 'declaracion de la', 'pronunciamiento del', 'pronunciamiento de', 'mensaje del', 'mensaje de', 'carta abierta de', 'carta abierta del', 'desde',
  'erklarung des', 'erklarung der', 'erklarung von', 'pressemitteilung des', 'pressemitteilung der', 'pressemitteilung von', 'stellungnahme des', 'stellungnahme der', 'aufruf des', 'aufruf der', 'grussbotschaft von', 'grussbotschaft des',
  'بيان صادر عن', 'بيان', 'بيان من', 'رسالة من', 'بلاغ',
];

export const KICKER_ORG_TAILS: readonly string[] = ['aciklamasi', 'basin aciklamasi', 'bildirisi', 'mesaji', 'dayanisma mesaji', 'deklarasyonu'];

/** Verbs after which "the following statement" names its author before them ("X has issued the following statement:"). */
export const ANNOUNCING_VERBS: readonly string[] = ['has issued', 'have issued', 'issued', 'has released', 'released', 'has adopted', 'adopted', 'has published', 'published', 'sent', 'has sent', 'a publie', 'a emis', 'a adopte', 'a adresse', 'emitio', 'ha emitido', 'publico', 'ha publicado', 'hat folgende', 'veroffentlichte', 'hat veroffentlicht', 'yayinladi', 'acikladi'];
