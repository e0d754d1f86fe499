/**
 * Words of comment sections, in English, French, Spanish, German, Turkish and
 * Arabic (with some Portuguese and Italian): the section header ("3 comments",
 * "Yorumlar (0)"), the verb after a commenter's name ("says:", "a dit :"),
 * reply buttons, anonymous names, comment forms and "no comments yet" notes.
 * Phrases are folded (lower case, no accents) before matching.
 */

/** Nouns of a comment section header, with or without a count. */
export const COMMENT_NOUNS: readonly string[] = [
  'comments', 'comment', 'responses', 'response', 'replies', 'thoughts', 'reactions', 'reader comments', 'discussion',
  'commentaires', 'commentaire', 'reponses', 'reponse', 'reactions', 'reaction',
  'comentarios', 'comentario', 'respuestas', 'respuesta', 'comentarios de los lectores',
  'kommentare', 'kommentar', 'antworten', 'leserkommentare',
  'yorumlar', 'yorum', 'okur yorumlari',
  'التعليقات', 'تعليقات', 'تعليق', 'ردود',
  'commenti', 'commento', 'comentarios', 'reacties',
];

/** Words that stand for a count in a header ("One comment", "Un commentaire", "Bir yorum"). */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  no: 0, zero: 0, aucun: 0, ningun: 0, keine: 0, one: 1, un: 1, une: 1, uno: 1, una: 1, ein: 1, eine: 1, bir: 1, two: 2, deux: 2, dos: 2, zwei: 2, iki: 2,
};

/** Verbs written after a commenter's name ("Meera Sahu said...", "Abdelrahman K. says:"). */
export const SAYS_VERBS: readonly string[] = [
  'says', 'said', 'wrote', 'writes', 'commented', 'replied', 'dit', 'a dit', 'ecrit', 'a ecrit', 'a repondu', 'dice', 'dijo', 'escribio', 'comento', 'respondio',
  'sagt', 'schrieb', 'schreibt', 'kommentierte', 'antwortete', 'diyor ki', 'dedi', 'yazdi', 'der ki', 'قال', 'كتب', 'علق', 'disse', 'escreveu', 'scrive', 'ha scritto', 'ha detto',
];

/** Lines that are only a button under a comment. */
export const REPLY_LINES: readonly string[] = [
  'top', 'report post', 'reply', 'reply ↓', 'reply to this comment', 'like', 'like reply', 'report', 'report abuse', 'flag', 'permalink', 'edit', 'quote', 'log in to reply', 'login to reply',
  'repondre', 'signaler', 'citer', 'responder', 'denunciar', 'antworten', 'melden', 'zitieren', 'yanitla', 'cevapla', 'begen', 'sikayet et', 'رد', 'الرد', 'إبلاغ', 'rispondi', 'responder',
];

/** Names commenters go by when they give none; such comments get a null author. */
export const ANONYMOUS_NAMES: readonly string[] = [
  'anonymous', 'anon', 'anonymous coward', 'guest', 'visitor', 'unknown', 'a reader', 'reader', 'no name', 'noname',
  'anonyme', 'invite', 'visiteur', 'un lecteur', 'une lectrice', 'lecteur',
  'anonimo', 'anonima', 'invitado', 'visitante', 'lector', 'lectora', 'desconocido',
  'anonym', 'gast', 'unbekannt', 'leser',
  'anonim', 'misafir', 'ziyaretci', 'okur', 'isimsiz',
  'زائر', 'مجهول', 'مجهول الهوية', 'قارئ', 'غير معروف',
];

/** Headers of the comment form. */
export const FORM_HEADERS: readonly string[] = [
  'leave a reply', 'leave a comment', 'post a comment', 'add a comment', 'add comment', 'add new comment', 'write a comment', 'submit a comment', 'your comment', 'comment form',
  'join the discussion', 'have your say', 'cancel reply', 'post your comment',
  'laisser un commentaire', 'laissez un commentaire', 'laisser une reponse', 'laissez une reponse', 'ajouter un commentaire', 'votre commentaire', 'ecrire un commentaire', 'annuler la reponse',
  'deja un comentario', 'deja una respuesta', 'dejar un comentario', 'escribe un comentario', 'anadir comentario', 'agregar comentario', 'tu comentario', 'cancelar respuesta',
  'schreibe einen kommentar', 'kommentar schreiben', 'kommentar verfassen', 'hinterlasse einen kommentar', 'antworten abbrechen', 'ihr kommentar',
  'yorum yaz', 'yorum yap', 'yorumunuzu yazin', 'yorum ekle', 'yanit birakin', 'bir yanit birakin',
  'أضف تعليق', 'أضف تعليقا', 'اترك تعليقا', 'اترك تعليقاً', 'اكتب تعليقك', 'اترك رد',
  'deixe um comentario', 'lascia un commento',
];

/** Notes, fields and buttons of comment forms. */
export const FORM_NOTES: readonly string[] = [
  'your email address will not be published', 'required fields are marked', 'enter your comment', 'fill in your details', 'log in to comment', 'you must be logged in', 'notify me of', 'save my name', 'post comment', 'submit comment',
  'votre adresse e-mail ne sera pas publiee', 'votre adresse de messagerie ne sera pas publiee', 'les champs obligatoires', 'publier le commentaire', 'laisser un commentaire',
  'tu direccion de correo electronico no sera publicada', 'los campos obligatorios', 'publicar el comentario', 'publicar comentario',
  'deine e-mail-adresse wird nicht veroffentlicht', 'erforderliche felder', 'kommentar abschicken',
  'e-posta adresiniz yayinlanmayacak', 'e-posta hesabiniz yayimlanmayacak', 'gerekli alanlar', 'yorumunuzu giriniz', 'yorum gonder',
  'لن يتم نشر عنوان بريدك', 'الحقول الإلزامية', 'إرسال التعليق',
];

/** Notes that a section has no comments (yet) or is closed. */
export const NO_COMMENTS: readonly string[] = [
  'no comments yet', 'be the first to comment', 'there are no comments', 'comments are closed', 'no comments',
  'aucun commentaire', 'soyez le premier', 'les commentaires sont fermes',
  'no hay comentarios', 'se el primero', 'comentarios cerrados', 'sin comentarios',
  'noch keine kommentare', 'kommentare sind geschlossen', 'keine kommentare',
  'henuz yorum yapilmamis', 'ilk yorumu siz yapin', 'yorumlar kapali', 'henuz yorum yok',
  'لا توجد تعليقات', 'كن أول من يعلق',
];

/** Words of the action row under a social-media comment ("5y  Like  Reply  See translation"). */
export const ACTION_WORDS: readonly string[] = [
  'like', 'likes', 'reply', 'replies', 'comment', 'share', 'see translation', 'see original', 'edited', 'report', 'hide', 'love', 'haha', 'author', 'top fan', 'follow',
  'j\'aime', 'repondre', 'voir la traduction', 'me gusta', 'responder', 'ver traduccion', 'gefallt mir', 'antworten', 'ubersetzung anzeigen', 'begen', 'yanitla', 'ceviriyi gor', 'اعجاب', 'رد', 'عرض الترجمة',
];

/** Furniture of comment sections that is not a comment ("Most relevant", "View more comments"). */
export const SECTION_CHROME: readonly string[] = [
  'most relevant', 'newest', 'newest first', 'oldest first', 'all comments', 'top comments', 'view more comments', 'view previous comments', 'load more comments', 'show more comments', 'see more', 'write a comment', 'write a comment…', 'comment as',
  'plus pertinents', 'voir plus de commentaires', 'ecrire un commentaire', 'mas relevantes', 'ver mas comentarios', 'escribe un comentario', 'relevanteste', 'weitere kommentare anzeigen', 'en alakali', 'daha fazla yorum gor', 'الأكثر صلة', 'عرض المزيد من التعليقات',
];

/** Badges after a commenter's name ("Lumad Network · Author"). */
export const NAME_BADGES: readonly string[] = ['author', 'admin', 'moderator', 'top fan', 'auteur', 'autor', 'autorin', 'yazar', 'المؤلف', 'editor'];
