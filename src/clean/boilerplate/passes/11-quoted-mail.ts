/**
 * Pass 11: what mail archives and forums quote rather than say. Quoted
 * lines ("> …"), reply attributions ("Priya Raman wrote:", "Le 3 mars,
 * X a écrit :"), and the bodies of reply messages (after a "Subject: Re: …"
 * header, up to the next message) are conversation around a statement, not
 * the statement.
 */
import type { LineRecord } from '../line-record.js';

const QUOTED_RE = /^\s*(?:>|&gt;)/u;
const WROTE_RE = /^(?:(?:on|le|el|am|il)\s.{3,80}?,?\s)?.{1,60}?\s(?:wrote|writes|a écrit|a ecrit|escribió|escribio|schrieb|ha scritto|yazdı|كتب)\s?:/iu;
const REPLY_SUBJECT_RE = /^(?:subject|objet|asunto|betreff|konu)\s?:\s*(?:\[[^\]]{1,30}\]\s*)?(?:re|aw|réf|ref|rv|ynt|sv|vs)\s?:/iu;
const MESSAGE_START_RE = /^(?:message\s?:?\s?\d+|-{5,}.*|_{5,}|={5,})$/iu;

/** Marks quoted lines, attributions and the bodies of reply messages. */
export function markQuotedMail(lines: LineRecord[]): void {
  let inReply = false;
  for (const line of lines) {
    const text = line.text;
    if (line.kind === 'mail-header' && /^(?:subject|objet|asunto|betreff|konu)\s?:/iu.test(text)) inReply = REPLY_SUBJECT_RE.test(text);
    else if (MESSAGE_START_RE.test(text) || (line.kind === 'mail-header' && /^(?:from|de|von|kimden)\s?:/iu.test(text))) {
      if (line.kind !== 'mail-header') inReply = false;
    }
    if (line.kind !== null) continue;
    if (text.length <= 2000 && (QUOTED_RE.test(text) || WROTE_RE.test(text.slice(0, 200)))) {
      line.kind = 'quote';
      line.why = 'mail:quoted';
    } else if (inReply) {
      line.kind = 'quote';
      line.why = 'mail:reply';
    }
  }
}
