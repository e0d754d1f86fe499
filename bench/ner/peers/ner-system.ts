/**
 * The interface every system compared by `bench/ner/run.ts` implements.
 * @module
 */

/** A named entity tagger that tags a document given as sentences of tokens. */
export interface NerSystem {
  readonly name: string;
  /** IOB tags (IOB1 or IOB2) for each sentence of one document. */
  tagDocument(sentences: readonly (readonly string[])[]): string[][];
}
