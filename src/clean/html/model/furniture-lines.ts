/**
 * Whole lines that are page furniture even inside the article container:
 * advertising labels, share and print buttons, "Read more" links, tag lines,
 * comment counters, photo credits, bylines, press-release kickers and media
 * contacts. Each pattern matches a complete (short) block. Written for the
 * languages statements come in most; extend freely.
 * @module
 */

/** Furniture wherever it stands in the main text. */
export const FURNITURE_ANYWHERE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:advertisement|advertising|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]|reklam|sponsored(?: content)?|paid content|ad)$/iu, 'advert'],
  [/^(?:share(?: this(?: article| story| post| page)?)?(?: on \w+)?|tweet|print(?: this(?: page| article)?)?|e-?mail(?: this(?: article)?)?|send (?:to|this) (?:a friend|page)|follow us(?: on \w+)?|like this|partager|partagez|compartir|compartilhar|condividi|teilen|paylaş|whatsapp|facebook|twitter|linkedin|telegram|reddit|pinterest|flipboard|copy link)\s*[:.!]?$/iu, 'share'],
  [/^(?:(?:more|other|latest|recent|top|popular)\b.{0,40}\b(?:stories|articles|news|posts|reads)|subscribe(?: now| today| here)?|sign up(?: now| today)?|support (?:us|our work)|donate(?: now)?)\s*[.!:]?$/iu, 'promo'],
  [/^(?:read (?:more|also|next)|see also|also read|related(?: \w+)?|don[’']?t miss|recommended(?: for you)?|more stories|lire aussi|à lire aussi|voir aussi|leer m[áa]s|lea tambi[ée]n|ver tambi[ée]n|leia tamb[ée]m|weiterlesen|lesen sie auch|mehr zum thema|ilgili haberler|читайте также)\s*(?::.*|[.!…»›>→]*)$/iu, 'read-more'],
  [/^(?:back to top|top of page|skip to (?:main )?content|printer[- ]friendly(?: version)?|print this page|text size|font size|click here to (?:return|go back|print|subscribe|download)\b.*|return to (?:top|home|the )\b.{0,60})$/iu, 'navigation'],
  [/^(?:tags?|labels?|filed under|categor(?:y|ies)|posted in|[ée]tiquettes?|etiquetas|schlagw[öo]rter|stichw[öo]rter|keywords|topics|themen|etiketler|tagged)\s*:/iu, 'tags'],
  [/^(?:\d+\s+)?(?:comments?|responses?|replies|kommentare|commentaires|comentarios|yorum(?:lar)?)(?:\s*\(\d+\))?$|^(?:leave a (?:comment|reply)|no comments(?: yet)?|add (?:a )?(?:new )?comment|post a comment|be the first to comment|laisser un commentaire|deja un comentario)\b.{0,40}$/iu, 'comment-link'],
  [/^(?:photo|image|picture|foto|photograph|bild|cr[ée]dit|credit)s?(?: credit)?\s*:\s*\S.{0,80}$|\((?:image|photo|picture|pic|foto|credit)s?:[^)]{1,60}\)$/iu, 'caption'],
  [/^(?:hits|views|reads|okunma|lecturas|vues|aufrufe|visto)\s*:?\s*[\d.,]+$|^\d+\s*min(?:ute)?s?\s*read$|^reading time\b.{0,30}$/iu, 'counter'],
];

/** Furniture before the first paragraph of the main text: bylines and date lines. */
export const FURNITURE_BEFORE_TEXT: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:by|posted by|written by|words by|von|par|por|di|door|av|af|autor|author|auteur|yazar)\s*:?\s+\S.{0,100}$/iu, 'byline'],
  [/^(?:posted|published|updated|last updated|written|submitted|publi[ée]|publicado|veröffentlicht|created)\b.{0,150}$/iu, 'byline'],
  [/^(?:\p{L}+,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:,?\s*(?:at\s*|à\s*|-\s*)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?)?(?:\s*\S{0,3}\s*\d+\s*min(?:ute)?s?\s*read)?$/iu, 'date'],
  [/^(?:for immediate release|press release|news release|media release|press statement|communiqu[ée](?: de presse)?|comunicado(?: de prensa)?|nota de prensa|pressemitteilung|basın açıklaması|statement|joint statement|public statement|d[ée]claration|declaraci[óo]n|open letter|lettre ouverte|carta abierta|urgent action|media advisory)\s*[:.!–-]?$/iu, 'kicker'],
  [/^(?:(?:joint |public |press )?statement|declaration|communiqu[ée]|d[ée]claration|declaraci[óo]n|comunicado|open letter|appeal|resolution)\s+(?:of|by|from|issued by|de|du|des|del|de la)\s+[^.!?]{3,150}$/iu, 'kicker'],
];

/** Furniture after the last paragraph of the main text: media contacts and end marks. */
export const FURNITURE_AFTER_TEXT: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:media|press) contacts?\b.{0,200}$|^contacts?\s*:.{0,200}$|^(?:contact (?:de )?presse|contacto de prensa|pressekontakt)\b.{0,200}$/iu, 'contact'],
  [/^(?:-+\s*)?(?:end|ends|fin|ende)(?:\s*-+)?$|^#{3}$|^-\s*30\s*-$/iu, 'end-mark'],
];

/** Blocks longer than this are never furniture lines. */
export const MAX_FURNITURE_CHARS = 220;

/**
 * A line that opens a list of signatories. Linked names after it are the
 * statement's signature, not a link list.
 */
export const SIGNATORIES_LEAD = /^(?:signed|signed by|signatories|signatures|co-?signed by|endorsed by|endorsing organi[sz]ations|the undersigned|undersigned organi[sz]ations|list of signatories|initial signatories|sign[ée]s?|signataires|premiers signataires|firmantes|firman|firmado por|organizaciones firmantes|unterzeichner(?:innen)?|unterzeichnende|firmatari|imzacılar|imzacı kurumlar)\b.{0,60}[:.]?$/iu;
