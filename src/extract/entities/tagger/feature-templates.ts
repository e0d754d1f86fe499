/**
 * Feature template ids. A feature key is `keyN(template, values…)`; the ids
 * are part of the model format, so append new templates, never renumber.
 * @module
 */
export const T = {
  bias: 1,
  word: 2,
  lower: 3,
  shape: 4,
  shortShape: 5,
  prefix: 6,
  suffix: 7,
  lowerAt: 8, // (offset, lower)
  wordAt: 9, // (offset, word)
  shapeAt: 10, // (offset, short shape)
  shapeBigram: 11, // (offset, shape, shape)
  shapeTrigram: 12,
  lowerBigram: 13, // (offset, lower, lower)
  lowerShape: 14, // (offset, lower of neighbour, short shape of token)
  gazetteer: 15, // (offset, category*4+position)
  gazShape: 16, // (category*4+position, short shape)
  firstInSentence: 17, // (short shape)
  headline: 18, // (short shape)
  docLower: 19, // (short shape): the lower-case form occurs in lower case elsewhere in the document
  docTitle: 20, // (short shape): an all-caps word occurs in title case elsewhere
  cluster: 21, // (offset, prefix length, path)
  prevLabel: 22,
  prevLabels: 23,
  prevLabelLower: 24,
  prevLabelShape: 25,
  stage1At: 26, // (offset, stage-1 label)
  docMajority: 27, // (type or O)
  docAny: 28, // (type)
  docLongEntity: 29, // (type, position in that entity)
  docMajorityShape: 30, // (type, short shape)
  inParens: 31, // (short shape)
  afterOpenParen: 32, // (previous-token lower)
  lineShape: 33, // (is the sentence a stand-alone short line, short shape)
  suffixAt: 34, // (offset, suffix3)
  stage1Pair: 35, // (stage-1 label at i-1, stage-1 label at i)
  docEntityLabel: 36, // (stage-1 BILOU label of the same token sequence elsewhere)
  docContext: 37, // (side, lower-case neighbour of another occurrence of the same word in the document)
} as const;

/** Human-readable list of the feature set, for the model manifest. */
export const FEATURE_SET_DESCRIPTION: readonly string[] = [
  'word, lower case, shape and short shape, prefixes and suffixes 1-4',
  'lower-case words at -2..+2, words at -1/+1, short shapes at -2..+2 with bigrams and trigram',
  'word bigrams at -1/0 and 0/+1; neighbour word with own shape',
  'gazetteer categories (countries, demonyms, cities by size, regions, first and last names, known organizations, cue words) at -2..+2 with BILU position',
  'sentence-initial, headline (all-caps sentence), short stand-alone line, inside parentheses',
  'document case evidence: lower-case form seen elsewhere, title-case form of an all-caps word seen elsewhere',
  'context aggregation: lower-case neighbours (-1/+1) of the other occurrences of a capitalized word in the document',
  'word clusters from unlabeled text (path prefixes), when a cluster file is given',
  'previous one and two predicted labels, previous label with word and shape',
  'second pass: first-pass labels at -2..+2, document majority and any type of the same word, type of a longer entity containing the word',
];
