/**
 * Cues of the page's own date: posting ("Posted on", "Publié le",
 * "Yayınlanma") and updating ("Last Updated on", "Mis à jour"). Folded before use.
 */
export const POSTED_CUES: readonly string[] = [
  'posted', 'posted on', 'posted by', 'published', 'date published', 'publication date', 'published on', 'first published', 'date:', 'released',
  'publie', 'publie le', 'date de publication', 'mis en ligne', 'publicado', 'publicado el', 'fecha de publicacion', 'fecha:',
  'veroffentlicht', 'veroffentlicht am', 'erschienen', 'datum:', 'yayinlanma', 'yayin tarihi', 'yayinlandi', 'tarih:', 'نشر', 'نشر في', 'تاريخ النشر', 'بتاريخ',
];

export const UPDATED_CUES: readonly string[] = [
  'last updated', 'updated', 'last modified', 'modified', 'mis a jour', 'derniere mise a jour', 'modifie', 'actualizado', 'ultima actualizacion', 'modificado',
  'aktualisiert', 'zuletzt aktualisiert', 'geandert', 'guncellenme', 'guncelleme', 'son guncelleme', 'guncellendi', 'آخر تحديث', 'تحديث', 'تم التحديث',
];
