/**
 * The stance step: who supports, condemns, accuses or makes demands of whom,
 * read sentence by sentence from cue words (data in `model/`). Built once,
 * then a pure function of the statement.
 */
import type { Entity, Stance } from '../../model/contract.js';
import { indexEntities } from './entity-index.js';
import { issuerMatcher, normalizeForMatch } from './issuer-aliases.js';
import { compileLexicon, type Lexicon } from './lexicon.js';
import { FALLBACK_LANGUAGE, LANGUAGE_MODELS, type LanguageModel } from './model/index.js';
import { scanCues } from './cues.js';
import { midSentenceCapitals } from './noun-phrase.js';
import { findQuotes } from './quotes.js';
import { sentenceStances, type StatementScope } from './sentence-stances.js';
import { splitSentences } from './sentences.js';

/** What the step reads: one statement's body, language, issuers and entity mentions. */
export interface StanceInput {
  readonly body: string;
  /** ISO 639-1; null is guessed among the models, a language without a model falls back to English. */
  readonly language: string | null;
  readonly issuers: readonly string[];
  /** Mentions with offsets into `body`; may be empty, then names are read from capitalization. */
  readonly entities: readonly Entity[];
}

/** Options of {@link createStanceExtractor}. */
export interface StanceOptions {
  /** Language models by ISO 639-1 code; defaults to the shipped English, French and Spanish. */
  readonly languages?: Readonly<Record<string, LanguageModel>>;
  /** Code of the model used for unknown languages. */
  readonly fallback?: string;
}

/** A function from a statement to its stances. */
export type StanceExtractor = (input: StanceInput) => Stance[];

/** Compiles the language models once and returns the extractor. */
export function createStanceExtractor(options: StanceOptions = {}): StanceExtractor {
  const models = options.languages ?? LANGUAGE_MODELS;
  const lexicons = new Map<string, Lexicon>(Object.entries(models).map(([code, model]) => [code, compileLexicon(model)]));
  const fallback = lexicons.get(options.fallback ?? FALLBACK_LANGUAGE) ?? [...lexicons.values()][0];
  if (!fallback) throw new Error('createStanceExtractor: `languages` must hold at least one language model');
  return function extractStances(input: StanceInput): Stance[] {
    const { body } = input;
    const lex = input.language === null ? guessLanguage(body, lexicons, fallback) : (lexicons.get(input.language.toLowerCase()) ?? fallback);
    const entities = indexEntities(input.entities, body.length);
    const issuers = issuerMatcher(input.issuers, body);
    const scope: StatementScope = {
      body,
      lex,
      entities,
      issuers,
      quotes: findQuotes(body, { lex, entities, issuers }),
      cues: scanCues(body, lex),
      capitalized: midSentenceCapitals(body),
    };
    const stances: Stance[] = [];
    let previous: string | null = scope.issuers.primary;
    for (const span of splitSentences(body)) {
      const found = sentenceStances(scope, span, previous);
      stances.push(...found.stances);
      previous = found.last;
    }
    return distinct(stances);
  };
}

/** The model whose articles and "of" words are most frequent in the text. */
function guessLanguage(body: string, lexicons: ReadonlyMap<string, Lexicon>, fallback: Lexicon): Lexicon {
  const words = body.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  let best = fallback;
  let bestCount = 0;
  for (const lex of lexicons.values()) {
    const count = words.filter((w) => lex.determiners.has(w) || lex.ofWords.has(w)).length;
    if (count > bestCount) [best, bestCount] = [lex, count];
  }
  return best;
}

/** One stance per source, relation and target: the first sentence that states it is its evidence. */
function distinct(stances: readonly Stance[]): Stance[] {
  const seen = new Set<string>();
  return stances.filter((s) => {
    const key = [normalizeForMatch(s.source), s.relation, normalizeForMatch(s.target)].join('\u0000');
    if (seen.has(key) || normalizeForMatch(s.target) === '') return false;
    seen.add(key);
    return true;
  });
}

/** The stances of a statement, with the shipped language models. */
export const extractStances: StanceExtractor = createStanceExtractor();
