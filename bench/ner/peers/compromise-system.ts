/**
 * compromise as a peer: its people, places and organizations mapped to PER,
 * LOC and ORG (it has no MISC). Each document is given to it as one text, a
 * sentence per line and tokens separated by spaces, and its character offsets
 * are mapped back to the tokens.
 * @module
 */
import nlp from 'compromise';
import type { NerSystem } from './ner-system.js';

interface Match {
  readonly offset: { readonly start: number; readonly length: number };
}

/** The compromise peer. */
export function compromiseSystem(): NerSystem {
  return {
    name: 'compromise',
    tagDocument(sentences) {
      const starts: number[][] = [];
      let text = '';
      for (const s of sentences) {
        const row: number[] = [];
        for (const t of s) {
          if (row.length > 0) text += ' ';
          row.push(text.length);
          text += t;
        }
        starts.push(row);
        text += '\n';
      }
      const tags = sentences.map((s) => s.map(() => 'O'));
      const doc = nlp(text);
      const mark = (matches: Match[], type: string) => {
        for (const m of matches) {
          const from = m.offset.start;
          const to = from + m.offset.length;
          starts.forEach((row, si) => {
            row.forEach((start, ti) => {
              const end = start + sentences[si]![ti]!.length;
              if (start >= from && end <= to && tags[si]![ti] === 'O') tags[si]![ti] = `I-${type}`;
            });
          });
        }
      };
      mark(doc.people().json({ offset: true }) as Match[], 'PER');
      mark(doc.places().json({ offset: true }) as Match[], 'LOC');
      mark(doc.organizations().json({ offset: true }) as Match[], 'ORG');
      return tags;
    },
  };
}
