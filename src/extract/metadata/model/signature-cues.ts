/**
 * Phrases of closing lines: "Issued by …", "Issued in Lusaka by …",
 * "Fait à Paris, le …", and the heads of signatory lists. Folded before use.
 */

/** Verbs of issuing ("ISSUED BY THE MINISTRY …, ACCRA", "Adopted by the Congress"). */
export const ISSUED_VERBS: readonly string[] = [
  'issued', 'released', 'adopted', 'approved', 'published', 'signed', 'endorsed', 'distributed', 'passed',
  'emis', 'publie', 'adopte', 'signe', 'diffuse', 'emitido', 'publicado', 'aprobado', 'firmado', 'adoptado', 'difundido',
  'herausgegeben', 'verabschiedet', 'beschlossen', 'veroffentlicht', 'unterzeichnet', 'yayinlayan', 'imzalayan',
];

/** "by" in the languages of the set. */
export const BY_WORDS: readonly string[] = ['by', 'par', 'por', 'von', 'durch', 'tarafindan'];
/** "in/at" before a place. */
export const IN_WORDS: readonly string[] = ['in', 'at', 'a', 'à', 'en', 'au', 'aux', 'desde', 'in', 'aus'];
/** French and Spanish signature openers before a place ("Fait à Paris", "Dado en Bogotá"). */
export const DONE_AT: readonly string[] = ['fait a', 'fait au', 'donne a', 'dado en', 'hecho en', 'expedido en', 'gegeben in'];

/** Closing formulas before a signature. */
export const VALEDICTIONS: readonly string[] = [
  'fraternally', 'in solidarity', 'solidarity', 'with solidarity', 'sincerely', 'yours', 'yours sincerely', 'yours fraternally', 'best regards', 'regards', 'comradely', 'with comradely greetings', 'revolutionary greetings', 'with revolutionary greetings',
  'fraternellement', 'solidairement', 'salutations', 'salutations militantes', 'salutations fraternelles', 'cordialement', 'avec nos salutations',
  'fraternalmente', 'solidariamente', 'saludos', 'un abrazo', 'saludos fraternales', 'saludos solidarios', 'atentamente',
  'solidarische grusse', 'mit solidarischen grussen', 'mit freundlichen grussen', 'solidarisch', 'kampferische grusse',
  'saygilarimizla', 'dayanismayla', 'devrimci selamlarla', 'selamlarla',
  'مع التحية', 'تحياتنا', 'عاشت',
];

/** Headers of a list of signatories. */
export const SIGNATORY_HEADERS: readonly string[] = [
  'signed', 'signed by', 'signatories', 'signatures', 'signers', 'endorsed by', 'endorsements', 'co-signed by', 'cosigned by', 'initial signatories', 'first signatories', 'the undersigned', 'undersigned organisations', 'undersigned organizations', 'list of signatories', 'supported by',
  'signe', 'ont signe', 'signe par', 'signataires', 'premiers signataires', 'liste des signataires', 'organisations signataires',
  'firmado', 'firmado por', 'firmaron', 'firmantes', 'firman', 'suscriben', 'adhesiones', 'organizaciones firmantes',
  'unterzeichnet', 'haben unterzeichnet', 'unterzeichnende', 'unterzeichner', 'unterzeichnerinnen', 'erstunterzeichnende', 'unterstutzt von',
  'imzacilar', 'imzalayanlar', 'imzaci kurumlar', 'destekleyenler',
  'الموقعون', 'الموقعين', 'التوقيعات', 'المنظمات الموقعة',
];

