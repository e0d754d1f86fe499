/**
 * A language model compiled for lookups: word lists as sets, multi-word lists
 * as token sequences, patterns as regular expressions. Built once per language.
 */
import type { CueSpec, LanguageModel } from './model/index.js';

/** A cue with its patterns compiled. */
export interface CompiledCue {
  readonly spec: CueSpec;
  readonly pattern: RegExp;
  readonly closer: RegExp | null;
  readonly antecedent: RegExp | null;
}

/** The compiled form of a {@link LanguageModel}. */
export interface Lexicon {
  readonly code: string;
  readonly cues: readonly CompiledCue[];
  readonly determiners: ReadonlySet<string>;
  readonly quantifiers: ReadonlySet<string>;
  readonly possessives: ReadonlySet<string>;
  readonly openers: readonly (readonly string[])[];
  readonly ofWords: ReadonlySet<string>;
  readonly nameJoiners: ReadonlySet<string>;
  readonly listWords: readonly (readonly string[])[];
  readonly repeatedPrepositions: ReadonlySet<string>;
  readonly stopWords: ReadonlySet<string>;
  readonly byWords: ReadonlySet<string>;
  readonly adjectivesFollow: boolean;
  readonly institutionNouns: ReadonlySet<string>;
  readonly agentActNouns: ReadonlySet<string>;
  readonly actNouns: ReadonlySet<string>;
  readonly possessorNouns: ReadonlySet<string>;
  readonly relationalNouns: ReadonlySet<string>;
  readonly nameTails: ReadonlySet<string>;
  readonly selfModifiers: ReadonlySet<string>;
  readonly selfNouns: ReadonlySet<string>;
  readonly sentenceAdverbs: readonly (readonly string[])[];
  readonly firstPerson: ReadonlySet<string>;
  readonly firstPersonEndings: readonly string[];
  readonly continuingPronouns: ReadonlySet<string>;
  readonly indefiniteSubjects: ReadonlySet<string>;
  readonly infinitiveMarkers: ReadonlySet<string>;
  readonly relativePronouns: ReadonlySet<string>;
  readonly speechVerbs: ReadonlySet<string>;
  readonly negation: RegExp;
  readonly negationAfter: RegExp;
  readonly hedges: RegExp;
  /** Anchored at `lastIndex` (sticky): one manner adverbial. */
  readonly manner: RegExp;
  /** Anchored at `lastIndex` (sticky): a further that-clause. */
  readonly thatContinuation: RegExp;
  /** Whether a lower-case word names an actor: a listed noun or a plural of people. */
  isActorNoun(word: string): boolean;
  /** Whether a lower-case word looks like an adjective that follows its noun. */
  isPostAdjective(word: string): boolean;
  /** Whether a lower-case word is in any of the word lists (so a capital may only mark a sentence start). */
  isKnownWord(word: string): boolean;
}

/** Turns the data convention (space = any white space, `'` = either apostrophe) into regex source. */
export function patternSource(source: string): string {
  return source.replace(/ /gu, '\\s+').replace(/'/gu, "['’]");
}

// The start of a word is checked by the caller (see `startsWord`): a leading lookbehind
// would run at every position of the body and make the scan several times slower.
function wholeWords(source: string, flags: string): RegExp {
  return new RegExp(`(?:${patternSource(source)})(?![\\p{L}\\p{N}])`, flags);
}

/** Whether `offset` starts a word: no letter, digit, apostrophe or hyphen just before it. */
export function startsWord(text: string, offset: number): boolean {
  return offset === 0 || !/[\p{L}\p{N}'’-]/u.test(text[offset - 1]!);
}

const split = (phrases: readonly string[]): string[][] => phrases.map((p) => p.toLowerCase().split(' ')).sort((a, b) => b.length - a.length);

/** Compiles a language model. */
export function compileLexicon(model: LanguageModel): Lexicon {
  const actors = new Set(model.actorNouns);
  const notActors = new Set(model.notActors);
  const adjectiveSuffixes = [...model.adjectiveSuffixes].sort((a, b) => b.length - a.length);
  const isActorNoun = (word: string): boolean => {
    if (actors.has(word)) return true;
    if (notActors.has(word) || word.length < 5) return false;
    return model.actorSuffixes.some((suffix) => word.endsWith(suffix));
  };
  const known = new Set(
    [
      model.determiners, model.quantifiers, model.stopWords, model.actorNouns, model.agentActNouns, model.actNouns,
      model.possessorNouns, model.relationalNouns, model.selfNouns, model.sentenceAdverbs, model.indefiniteSubjects,
      model.continuingPronouns, model.firstPerson,
    ].flat(),
  );
  return {
    code: model.code,
    cues: model.cues.map((spec) => ({
      spec,
      pattern: wholeWords(spec.pattern, 'giu'),
      closer: spec.closer === undefined ? null : new RegExp(`\\s*(?:${patternSource(spec.closer)})(?![\\p{L}\\p{N}])`, 'iuy'),
      antecedent: spec.antecedent === undefined ? null : wholeWords(spec.antecedent, 'iu'),
    })),
    determiners: new Set(model.determiners),
    quantifiers: new Set(model.quantifiers),
    possessives: new Set(model.possessives),
    openers: split(model.openers),
    ofWords: new Set(model.ofWords),
    nameJoiners: new Set(model.nameJoiners),
    listWords: split(model.listWords),
    repeatedPrepositions: new Set(model.repeatedPrepositions),
    stopWords: new Set(model.stopWords),
    byWords: new Set(model.byWords),
    adjectivesFollow: model.adjectivesFollow,
    institutionNouns: new Set(model.institutionNouns),
    agentActNouns: new Set(model.agentActNouns),
    actNouns: new Set(model.actNouns),
    possessorNouns: new Set(model.possessorNouns),
    relationalNouns: new Set(model.relationalNouns),
    nameTails: new Set(model.nameTails),
    selfModifiers: new Set(model.selfModifiers),
    selfNouns: new Set(model.selfNouns),
    sentenceAdverbs: split(model.sentenceAdverbs),
    firstPerson: new Set(model.firstPerson),
    firstPersonEndings: model.firstPersonEndings,
    continuingPronouns: new Set(model.continuingPronouns),
    indefiniteSubjects: new Set(model.indefiniteSubjects),
    infinitiveMarkers: new Set(model.infinitiveMarkers),
    relativePronouns: new Set(model.relativePronouns),
    speechVerbs: new Set(model.speechVerbs),
    negation: new RegExp(patternSource(model.negation), 'iu'),
    negationAfter: new RegExp(patternSource(model.negationAfter), 'iu'),
    hedges: new RegExp(patternSource(model.hedges), 'iu'),
    manner: new RegExp(`\\s*(?:${patternSource(model.manner)})(?![\\p{L}\\p{N}])`, 'iuy'),
    thatContinuation: new RegExp(`\\s*(?:${patternSource(model.thatContinuation)})(?![\\p{L}\\p{N}])`, 'iuy'),
    isActorNoun,
    isKnownWord: (word: string) => known.has(word) || isActorNoun(word),
    isPostAdjective(word: string): boolean {
      return word.length > 3 && adjectiveSuffixes.some((suffix) => word.endsWith(suffix));
    },
  };
}
