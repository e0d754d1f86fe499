/**
 * Words that make a capitalized phrase an organization name in French,
 * Spanish, Portuguese, Italian, German and Turkish (English ones are in
 * `cue-words.ts`), written for this project. Lower case; matched on the
 * case-folded token.
 */
export const ORG_HEADS_INTL: ReadonlySet<string> = new Set([
  // French
  'parti', 'front', 'union', 'confédération', 'fédération', 'mouvement', 'comité', 'conseil', 'coordination',
  'collectif', 'association', 'syndicat', 'ligue', 'alliance', 'rassemblement', 'organisation', 'assemblée',
  'gouvernement', 'ministère', 'armée', 'forces', 'gendarmerie', 'police', 'groupe', 'brigade', 'bataillon',
  'commission', 'bureau', 'secrétariat', 'direction', 'centre', 'institut', 'fondation', 'observatoire', 'réseau',
  'coalition', 'congrès', 'tribunal', 'cour', 'mission', 'volontaires', 'société', 'compagnie', 'banque',
  // Spanish and Portuguese
  'partido', 'frente', 'unión', 'confederación', 'federación', 'movimiento', 'comité', 'consejo', 'coordinadora',
  'colectivo', 'asociación', 'sindicato', 'liga', 'alianza', 'organización', 'asamblea', 'gobierno', 'ministerio',
  'ejército', 'fuerzas', 'policía', 'guardia', 'grupo', 'brigada', 'batallón', 'comisión', 'oficina', 'secretaría',
  'dirección', 'centro', 'instituto', 'fundación', 'observatorio', 'red', 'coalición', 'congreso', 'tribunal',
  'corte', 'misión', 'defensoría', 'fiscalía', 'procuraduría', 'registraduría', 'cabildo', 'resguardo', 'empresa',
  'banco', 'central', 'partido', 'frente', 'confederação', 'federação', 'movimento', 'conselho', 'associação',
  'sindicato', 'governo', 'ministério', 'exército', 'polícia', 'comissão', 'organização', 'união',
  // Italian
  'partito', 'fronte', 'unione', 'confederazione', 'federazione', 'movimento', 'comitato', 'consiglio', 'associazione',
  'sindacato', 'lega', 'alleanza', 'governo', 'ministero', 'esercito',
  // German
  'partei', 'front', 'union', 'bund', 'verband', 'gewerkschaft', 'bewegung', 'komitee', 'rat', 'ausschuss',
  'vereinigung', 'verein', 'regierung', 'ministerium', 'bundesregierung', 'armee', 'polizei', 'gruppe', 'kommission',
  'stiftung', 'institut', 'netzwerk', 'allianz', 'koalition', 'kongress', 'gericht', 'bündnis', 'initiative',
  // Turkish (heads end the name: "… Partisi", "… Sendikası")
  'partisi', 'cephesi', 'birliği', 'konfederasyonu', 'federasyonu', 'hareketi', 'komitesi', 'konseyi', 'meclisi',
  'derneği', 'sendikası', 'platformu', 'örgütü', 'hükümeti', 'bakanlığı', 'ordusu', 'kuvvetleri', 'güçleri',
  'grubu', 'tugayı', 'komisyonu', 'bürosu', 'merkezi', 'enstitüsü', 'vakfı', 'ağı', 'koalisyonu', 'kongresi',
  'mahkemesi', 'valiliği', 'belediyesi', 'başkanlığı', 'müdürlüğü', 'cumhuriyeti', 'meclis', 'inisiyatifi',
]);

/** Arabic words that head organization names: party, front, union, movement, organization, ministry, council… */
export const ORG_HEADS_ARABIC: ReadonlySet<string> = new Set([
  'حزب', 'جبهة', 'اتحاد', 'حركة', 'منظمة', 'وزارة', 'مجلس', 'لجنة', 'جمعية', 'نقابة', 'هيئة', 'تحالف', 'رابطة',
  'جيش', 'قوات', 'كتائب', 'لواء', 'مؤسسة', 'مركز', 'شبكة', 'تنسيقية', 'الحزب', 'الجبهة', 'الاتحاد', 'الحركة', 'المنظمة',
  'الجيش', 'القوات', 'المجلس', 'اللجنة', 'الهيئة', 'الجمعية', 'النقابة', 'حكومة', 'الحكومة',
]);
