/**
 * Reads CoNLL-2003 files (token POS chunk NER per line, blank line between
 * sentences, `-DOCSTART-` between documents) into documents of sentences.
 * @module
 */

/** One sentence: its tokens and their NER tags as written in the file. */
export interface ConllSentence {
  readonly tokens: readonly string[];
  readonly tags: readonly string[];
}

/** One `-DOCSTART-` document. */
export interface ConllDocument {
  readonly sentences: readonly ConllSentence[];
}

/** Parses the text of a CoNLL-2003 file; the NER tag is the last column. */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllSentence[][] = [];
  let doc: ConllSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (tokens.length > 0) doc.push({ tokens, tags });
    tokens = [];
    tags = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line === '') {
      endSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (doc.length > 0) docs.push(doc);
      doc = [];
      continue;
    }
    tokens.push(cols[0]!);
    tags.push(cols.length > 1 ? cols[cols.length - 1]! : 'O');
  }
  endSentence();
  if (doc.length > 0) docs.push(doc);
  return docs.map((sentences) => ({ sentences }));
}
