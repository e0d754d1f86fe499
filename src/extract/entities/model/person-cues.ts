/**
 * Words that mark the next capitalized words as a person's name, and words
 * that follow a name, by language (written for this project). Lower case.
 */
export const PERSON_TITLES_INTL: ReadonlySet<string> = new Set([
  // French
  'm.', 'mm.', 'mme', 'mme.', 'mlle', 'madame', 'monsieur', 'camarade', 'président', 'présidente', 'ministre',
  'général', 'colonel', 'capitaine', 'docteur', 'dr', 'dr.', 'me', 'maître', 'sieur', 'dame', 'feu', 'porte-parole',
  'secrétaire', 'député', 'sénateur', 'maire', 'juge', 'imam', 'abbé', 'père', 'soeur', 'sœur', 'frère',
  // Spanish, Portuguese, Italian
  'sr.', 'sra.', 'sr', 'sra', 'srta.', 'don', 'doña', 'señor', 'señora', 'compañero', 'compañera', 'presidente',
  'presidenta', 'ministro', 'ministra', 'general', 'coronel', 'capitán', 'comandante', 'doctor', 'doctora', 'dra.',
  'lic.', 'ing.', 'alcalde', 'alcaldesa', 'gobernador', 'gobernadora', 'senador', 'senadora', 'diputado', 'diputada',
  'juez', 'jueza', 'vocero', 'vocera', 'líder', 'lideresa', 'comunero', 'comunera', 'gobernador', 'dirigente',
  'signor', 'signora', 'compagno', 'compagna', 'senhor', 'senhora', 'companheiro', 'companheira',
  // German
  'herr', 'herrn', 'frau', 'dr.', 'prof.', 'genosse', 'genossin', 'präsident', 'präsidentin', 'minister',
  'ministerin', 'kanzler', 'kanzlerin', 'bürgermeister', 'bürgermeisterin', 'sprecher', 'sprecherin',
  // Turkish
  'sayın', 'bay', 'bayan', 'yoldaş', 'başkan', 'cumhurbaşkanı', 'bakan', 'milletvekili', 'vali', 'general',
  'eş', 'genel', 'sözcüsü',
]);

/** Turkish honorifics written after the name ("Ahmet Bey", "Ayşe Hanım"). */
export const PERSON_SUFFIXES_INTL: ReadonlySet<string> = new Set(['bey', 'hanım', 'paşa', 'efendi', 'hoca']);

/** Arabic titles before a name: Mr, Mrs, comrade, president, minister, sheikh, doctor… */
export const PERSON_TITLES_ARABIC: ReadonlySet<string> = new Set([
  'السيد', 'السيدة', 'الرفيق', 'الرفيقة', 'الرئيس', 'الوزير', 'الشيخ', 'الدكتور', 'الدكتورة', 'الأستاذ', 'الأستاذة',
  'المناضل', 'المناضلة', 'الشهيد', 'الشهيدة', 'العميد', 'اللواء', 'العقيد', 'النائب', 'الأمين', 'الناطق',
]);

/** Verbs of saying that frame a quoted speaker ("…", a déclaré Jean Dupont). */
export const SPEECH_VERBS_INTL: ReadonlySet<string> = new Set([
  'said', 'says', 'stated', 'declared', 'added', 'explained', 'told',
  'déclaré', 'déclare', 'affirmé', 'affirme', 'ajouté', 'ajoute', 'expliqué', 'explique', 'souligné', 'dit',
  'dijo', 'declaró', 'afirmó', 'añadió', 'agregó', 'explicó', 'señaló', 'manifestó', 'denunció',
  'sagte', 'erklärte', 'betonte', 'sagt', 'dedi', 'açıkladı', 'belirtti', 'söyledi',
]);

/** Particles inside personal names ("Ana de la Cruz", "Omar bin Said", "Ludwig van Berg"). */
export const PERSON_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'ibn', 'ben', 'bint', 'al', 'el', 'y']);

/** Arabic function words that end a name after a title: in, from, to, on, about, with, and, that, who… */
export const ARABIC_NAME_STOPS: ReadonlySet<string> = new Set(['في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'و', 'أن', 'ان', 'الذي', 'التي', 'بعد', 'قبل', 'منذ', 'خلال', 'عند', 'لدى', 'حتى', 'بين']);
