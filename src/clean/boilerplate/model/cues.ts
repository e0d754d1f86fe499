/**
 * Cue phrases for debris lines, by kind, in English, French, Spanish, German,
 * Turkish and Arabic (with a little Portuguese and Italian). They are data:
 * structure (position, length, separators, repetition) does most of the work,
 * and these phrases only name what a line of a given shape is.
 *
 * - `whole`: the line is the phrase (punctuation and a trailing count aside).
 * - `lead`: the line starts with the phrase, then a word break.
 * - `contains`: the phrase appears anywhere in the (short) line.
 * Phrases are folded (lower case, no accents) before matching, so write them naturally.
 */
import type { DebrisKind } from '../debris-kind.js';

export interface CueSet {
  readonly whole?: readonly string[];
  readonly lead?: readonly string[];
  readonly contains?: readonly string[];
  /** Like `contains`, but only in lines that do not read as prose (a footer link, not a sentence about privacy). */
  readonly weakContains?: readonly string[];
  /** Lines with more words than this are never this kind. */
  readonly maxWords: number;
  /** Lead phrases strong enough to name a line that reads as prose ("You are here: Home > … > a long title."). */
  readonly proseLeads?: boolean;
}

export const DEBRIS_CUES: Readonly<Partial<Record<DebrisKind, CueSet>>> = {
  nav: {
    lead: ['you are here', 'vous etes ici', 'usted esta aqui', 'esta aqui', 'estas aqui', 'sie sind hier', 'buradasiniz', 'konumunuz', 'أنت هنا', 'skip to content', 'skip to main content', 'aller au contenu', 'ir al contenido', 'zum inhalt springen', 'içeriğe geç'],
    proseLeads: true,
    whole: ['home', 'menu', 'main menu', 'navigation', 'toggle navigation', 'search', 'search for', 'accueil', 'menú', 'inicio', 'buscar', 'rechercher', 'startseite', 'suche', 'anasayfa', 'ana sayfa', 'ara', 'الرئيسية', 'القائمة', 'بحث'],
    maxWords: 40,
  },
  share: {
    lead: ['share this', 'share on', 'share via', 'share:', 'share', 'partager', 'partagez', 'partage', 'compartir', 'comparte', 'compártelo', 'teilen', 'diesen beitrag teilen', 'paylaş', 'paylas', 'شارك', 'مشاركة', 'condividi', 'compartilhe', 'compartilhar', 'like this', 'j\'aime', 'me gusta'],
    maxWords: 14,
  },
  print: {
    lead: ['download the', 'download', 'telecharger', 'descargar', 'herunterladen', 'indir', 'تحميل', 'print this', 'printer-friendly', 'printer friendly', 'print version', 'print article', 'print page', 'email this', 'e-mail this', 'send this page', 'send to a friend', 'email to a friend', 'text size', 'font size', 'imprimer', 'version imprimable', 'envoyer a un ami', 'envoyer cet article', 'imprimir', 'version para imprimir', 'enviar por correo', 'enviar a un amigo', 'drucken', 'druckversion', 'artikel drucken', 'weiterempfehlen', 'yazdır', 'yazdir', 'arkadasina gonder', 'طباعة', 'أرسل لصديق', 'download pdf', 'download as pdf', 'save as pdf', 'pdf version'],
    whole: ['print', 'email', 'e-mail', 'pdf', 'a a a', 'a+ a-', 'a- a+'],
    maxWords: 12,
  },
  byline: {
    lead: ['by', 'written by', 'posted by', 'posted on', 'posted at', 'postby', 'post by', 'moderators:', 'moderator:', 'joined:', 'location:', 'posts:', 'registered:', 'member since', 'inscrit le', 'miembro desde', 'mitglied seit', 'uye', 'uyelik', 'published', 'published on', 'date published', 'publication date', 'date:', 'last updated', 'last modified', 'updated', 'updated on', 'created', 'publie le', 'publie par', 'publie', 'mis a jour', 'ecrit par', 'redige par', 'par', 'publicado el', 'publicado por', 'publicado', 'escrito por', 'actualizado', 'fecha:', 'von', 'veroffentlicht', 'aktualisiert', 'erstellt', 'datum:', 'yayinlanma', 'yayin tarihi', 'guncelleme', 'guncellenme', 'yazar', 'tarih:', 'نشر في', 'نشر بتاريخ', 'بتاريخ', 'آخر تحديث', 'كتب', 'بقلم', 'التاريخ'],
    weakContains: ['min read', 'minute read', 'minutes read', 'read time', 'reading time', 'comments off', 'min de lectura', 'minutos de lectura', 'min de lecture', 'minutes de lecture', 'temps de lecture', 'min lesezeit', 'minuten lesezeit', 'lesezeit', 'dk okuma', 'dakika okuma', 'okuma suresi', 'دقائق قراءة', 'دقيقة قراءة'],
    whole: ['details', 'article info', 'details', 'detalles', 'einzelheiten', 'ayrintilar', 'details de l\'article'],
    maxWords: 18,
  },
  tags: {
    lead: ['tags', 'tagged', 'tagged with', 'labels', 'keywords', 'topics', 'filed under', 'posted in', 'categories', 'category', 'etiquettes', 'mots-cles', 'mots cles', 'catégories', 'categorie', 'publie dans', 'classe dans', 'rubrique', 'etiquetas', 'palabras clave', 'categorias', 'categoria', 'archivado en', 'publicado en', 'schlagworter', 'schlagworte', 'stichworter', 'kategorien', 'kategorie', 'etiketler', 'anahtar kelimeler', 'kategori', 'kategoriler', 'الوسوم', 'كلمات مفتاحية', 'التصنيف', 'التصنيفات', 'tag', 'temas'],
    maxWords: 40,
  },
  related: {
    whole: ['read more', 'read more »', 'continue reading', 'leer mas', 'seguir leyendo', 'lire la suite', 'lire plus', 'weiterlesen', 'mehr lesen', 'devamini oku', 'devami', 'اقرأ المزيد', 'المزيد', 'today\'s topics', 'who is online', 'related pages', 'blog archive', 'archivo del blog', 'archives du blog', 'blog-archiv', 'most relevant', 'top comments', 'newest first', 'oldest first', 'related', 'related posts', 'related articles', 'related stories', 'related news', 'related content', 'related links', 'you may also like', 'you might also like', 'you may also be interested in', 'more news', 'more stories', 'more articles', 'more posts', 'see also', 'latest', 'latest news', 'latest posts', 'latest articles', 'latest statements', 'recent posts', 'recent articles', 'recent news', 'recent entries', 'recent comments', 'most read', 'most popular', 'popular posts', 'trending', 'archives', 'archive', 'blogroll', 'links', 'useful links', 'meta', 'in this section', 'articles similaires', 'articles recents', 'derniers articles', 'a lire aussi', 'voir aussi', 'dans la meme rubrique', 'sur le meme sujet', 'les plus lus', 'entradas relacionadas', 'articulos relacionados', 'noticias relacionadas', 'te puede interesar', 'tambien te puede interesar', 'entradas recientes', 'ultimas noticias', 'lo mas leido', 'ahnliche beitrage', 'ahnliche artikel', 'das konnte sie auch interessieren', 'neueste beitrage', 'weitere artikel', 'mehr zum thema', 'ilgili haberler', 'benzer haberler', 'son haberler', 'cok okunanlar', 'ilginizi cekebilir', 'diger haberler', 'مقالات ذات صلة', 'أخبار ذات صلة', 'الأكثر قراءة', 'آخر الأخبار', 'مواضيع ذات صلة'],
    lead: ['related', 'recent', 'latest', 'more from', 'more in', 'more news', 'more releases', 'more statements'],
    maxWords: 6,
  },
  'read-also': {
    lead: ['read also', 'also read', 'read more:', 'see also:', 'related:', 'read:', 'lire aussi', 'a lire aussi', 'a lire egalement', 'lea tambien', 'leer tambien', 'lee tambien', 'lesen sie auch', 'lesen sie mehr', 'ayrica okuyun', 'bunu da okuyun', 'ilgili haber', 'اقرأ أيضا', 'اقرأ ايضا', 'اقرأ أيضاً'],
    maxWords: 25,
    proseLeads: true,
  },
  advert: {
    whole: ['advertisement', 'advertising', 'advert', 'sponsored', 'sponsored content', 'ad', 'ads', 'publicite', 'publicidad', 'anuncio', 'anzeige', 'werbung', 'reklam', 'إعلان', 'pub', 'scroll to continue', 'continue reading below'],
    maxWords: 4,
  },
  cookie: {
    contains: ['cookie', 'cookies', 'cerez', 'cerezler', 'ملفات تعريف الارتباط', 'ملفات الارتباط'],
    maxWords: 80,
  },
  copyright: {
    contains: ['©', 'copyright', '(c) 1', '(c) 2', 'all rights reserved', 'all right reserved', 'tous droits reserves', 'todos los derechos reservados', 'alle rechte vorbehalten', 'tum haklari saklidir', 'جميع الحقوق محفوظة', 'powered by', 'proudly powered', 'blog at wordpress.com', 'joomla!', 'is free software released under', 'v.i.s.d.p', 'verantwortlich im sinne des presserechts', 'eigendruck im selbstverlag', 'imprime par nos soins', 'printed and published by'],
    weakContains: ['theme by', 'designed by', 'design by', 'website by', 'site by', 'privacy policy', 'terms of use', 'terms of service', 'terms and conditions', 'impressum', 'mentions legales', 'aviso legal', 'politica de privacidad', 'datenschutz', 'kunye', 'gizlilik', 'سياسة الخصوصية', 'sitemap', 'plan du site', 'mapa del sitio', 'disclaimer'],
    maxWords: 30,
  },
  prevnext: {
    lead: ['prev', 'previous', 'previous article', 'previous post', 'previous entry', 'next article', 'next post', 'next entry', 'older post', 'newer post', 'older posts', 'newer posts', 'older entries', 'newer entries', 'article precedent', 'article suivant', 'precedent', 'entrada anterior', 'entrada siguiente', 'articulo anterior', 'articulo siguiente', 'vorheriger beitrag', 'nachster beitrag', 'onceki haber', 'sonraki haber', 'onceki yazi', 'sonraki yazi', 'المقال السابق', 'المقال التالي', 'date prev', 'date next', 'thread prev', 'thread next', 'prev by date', 'next by date', 'prev by thread', 'next by thread', 'index(es)', 'date index', 'thread index'],
    maxWords: 20,
  },
  return: {
    whole: ['top', '^ top', 'nach oben', 'haut', 'arriba'],
    lead: ['click here', 'back to top', 'back to', 'return to', 'go back', 'go to top', 'top of page', 'scroll to top', 'retour', 'haut de page', 'revenir', 'volver', 'ir arriba', 'zuruck zu', 'nach oben', 'basa don', 'yukari', 'العودة', 'عودة'],
    maxWords: 12,
  },
  newsletter: {
    contains: ['newsletter', 'unsubscribe', 'enter your email', 'your email address to', 'lettre d\'information', 'النشرة البريدية', 'rss feed', 'post comments (atom)', 'posts (atom)', 'subscribe to:'],
    weakContains: ['subscribe', 'sign up', 'mailing list', 's\'abonner', 'abonnez-vous', 'inscrivez-vous', 'suscribete', 'suscribirse', 'boletin', 'abonnieren', 'abone ol', 'bulten', 'اشترك'],
    maxWords: 30,
  },
  disclaimer: {
    lead: ['disclaimer:', 'haftungsausschluss:', 'avertissement :', 'aviso legal:'],
    proseLeads: true,
    contains: ['views expressed', 'opinions expressed', 'not necessarily reflect', 'not necessarily those', 'does not necessarily', 'do not necessarily', 'this site is maintained', 'this website is maintained', 'site maintained by', 'archive maintained', 'les opinions exprimees', 'las opiniones expresadas', 'die meinungen', 'gorusler yazarlarina', 'الآراء الواردة', 'withheld for security'],
    maxWords: 60,
  },
  contact: {
    lead: ['media contact', 'media contacts', 'press contact', 'press contacts', 'for more information', 'for further information', 'further information', 'more information:', 'contact:', 'contacts:', 'media inquiries', 'media enquiries', 'press inquiries', 'press enquiries', 'contact presse', 'contact medias', 'pour plus d\'informations', 'contacto de prensa', 'contacto:', 'mas informacion', 'pressekontakt', 'kontakt:', 'weitere informationen', 'basin iletisim', 'iletisim:', 'للتواصل', 'للمزيد من المعلومات', 'tel:', 'tel.', 'phone:', 'tel :', 'fax:', 'email:', 'e-mail:', 'mobile:', 'web:', 'website:'],
    maxWords: 25,
  },
  'end-mark': {
    whole: ['end', 'ends', '-end-', '- end -', '###', '-30-', '- 30 -', 'fin', '- fin -', '-fin-', '-ende-', 'ende', 'انتهى', '- ends -'],
    maxWords: 3,
  },
  translation: {
    lead: ['translated from', 'translated by', 'translation:', 'translation by', 'english translation', 'unofficial translation', 'traduit de', 'traduit par', 'traduction', 'traducido del', 'traducido de', 'traducido por', 'traduccion', 'ubersetzt aus', 'ubersetzung', 'aus dem', 'ceviri', 'terceme', 'ترجمة'],
    maxWords: 14,
  },
  circulate: {
    lead: ['please circulate', 'please forward', 'please distribute', 'please share', 'please repost', 'for your information', 'fyi', 'forwarded message', 'begin forwarded message', 'original message', '----- original message', '---------- forwarded message', 'merci de diffuser', 'a diffuser', 'favor difundir', 'difundir', 'bitte weiterleiten', 'bitte verbreiten', 'lutfen yayiniz', 'يرجى النشر'],
    maxWords: 10,
  },
  link: {
    whole: ['photo', 'photos', 'video', 'sticker', 'image', 'gif', 'audio', 'voice message', 'video message', 'file', 'document', 'album', 'foto', 'fotos', 'vidéo', 'imagen', 'bild', 'fotograf', 'resim', 'صورة', 'فيديو', 'see translation', 'see original', 'voir la traduction', 'ver traducción', 'übersetzung anzeigen', 'çeviriyi gör'],
    maxWords: 3,
  },
  'mail-header': {
    lead: ['message:', 'url:', 'an html attachment was scrubbed', 'a non-text attachment was scrubbed', 'next part', 'end of', 'message-id:', 'content-type:', 'mime-version:', 'x-mailer:', 'in-reply-to:', 'references:'],
    contains: ['mailing list submissions', 'to subscribe or unsubscribe', 'person managing the list', 'edit your subject line', 'contents of', 'digest, vol'],
    maxWords: 20,
  },
  about: {
    whole: ['about us', 'about', 'notes to editors', 'note to editors', 'notes for editors', 'editor\'s note', 'editors\' note', 'background information', 'a propos', 'a propos de nous', 'qui sommes-nous', 'note aux redactions', 'sobre nosotros', 'quienes somos', 'nota para editores', 'uber uns', 'wer wir sind', 'hakkimizda', 'biz kimiz', 'من نحن', 'عن المنظمة'],
    lead: ['about the', 'a propos du', 'a propos de la', 'a propos de l\'', 'uber die', 'uber den', 'sobre la', 'sobre el'],
    maxWords: 10,
  },
  source: {
    lead: ['forwarded from', 'forwarded message from', 'reenviado de', 'transfere de', 'weitergeleitet von', 'iletilen', 'source:', 'sources:', 'via:', 'fuente:', 'quelle:', 'kaynak:', 'المصدر:', 'source :', 'originally published', 'first published', 'publie initialement', 'publicado originalmente'],
    maxWords: 25,
  },
};

/** Words of share and print button rows ("Tweet | Share | Email | WhatsApp"); glue words may stand between them. */
export const BUTTON_WORDS: readonly string[] = [
  'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'reddit', 'email', 'e-mail', 'mail', 'e-posta', 'print', 'imprimer', 'imprimir', 'drucken', 'yazdir', 'pinterest', 'tumblr', 'vk', 'vkontakte', 'tweet', 'like', 'pocket', 'copy', 'link', 'share', 'partager', 'compartir', 'teilen', 'paylas', 'blogthis', 'messenger', 'threads', 'bluesky', 'mastodon', 'instagram', 'youtube', 'rss', 'sms', 'skype', 'viber', 'weibo', 'wechat', 'flipboard', 'google', 'google+', 'more', 'loading', 'tiktok', 'pdf', 'فيسبوك', 'تويتر', 'واتساب', 'طباعة', 'save', 'bookmark',
];

/** Glue words allowed between button words ("Share to Facebook", "Email This"). */
export const BUTTON_GLUE: readonly string[] = ['to', 'on', 'this', 'via', 'with', 'sur', 'en', 'por', 'auf', 'per', 'it', 'a', 'friend', 'page', 'article', 'post'];

/** Menu words that make a row of items navigation even when short ("Newer Post Older Post Home"). */
export const NAV_WORDS: readonly string[] = [
  'home', 'prev', 'previous', 'next', 'older', 'newer', 'post', 'posts', 'entries', 'top', 'back', 'index', 'up', 'first', 'last', 'page',
  'accueil', 'precedent', 'suivant', 'inicio', 'anterior', 'siguiente', 'startseite', 'zuruck', 'weiter', 'anasayfa', 'onceki', 'sonraki', 'الرئيسية', 'السابق', 'التالي',
];

/** Words that start a breadcrumb trail ("Home > …", "Accueil » …"). */
export const TRAIL_STARTS: readonly string[] = ['home', 'accueil', 'inicio', 'startseite', 'anasayfa', 'ana sayfa', 'الرئيسية', 'inicio', 'home page', 'homepage', 'start', 'portada'];

/** Words that count readers or views ("Hits: 1532", "Views: 877", "412 okunma"): a number beside one marks page furniture. */
export const COUNTER_WORDS: readonly string[] = ['hits', 'views', 'view', 'reads', 'affichages', 'consultations', 'vistas', 'leido', 'leidos', 'visualizacoes', 'okundu', 'gosterim', 'shares', 'likes', 'reactions', 'subscribers', 'abonnes', 'suscriptores', 'abonnenten', 'abone', 'vues', 'lectures', 'visites', 'visitas', 'lecturas', 'aufrufe', 'gelesen', 'okunma', 'goruntulenme', 'izlenme', 'مشاهدة', 'مشاهدات', 'قراءة', 'visualizzazioni', 'comments', 'comment', 'commentaires', 'reactions', 'reponses', 'comentarios', 'kommentare', 'yorum', 'تعليقات'];
