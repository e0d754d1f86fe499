/**
 * The shape of the per-language data the stance step reads: cue patterns and
 * word lists. Keeping them as plain data lets a language be added without
 * touching the code.
 */
import type { Relation } from '../../../model/contract.js';

/**
 * Where a cue finds its target:
 * - `object`: the noun phrase right after the cue ("we condemn X", "we call on X");
 * - `closer`: between the cue and a closing word ("we hold X responsible");
 * - `that`: the subject of a that-clause ("we demand that X release …");
 * - `agent`: the noun phrase after a passive "by" ("the militias armed by X");
 * - `subject`: the cue's own grammatical subject ("X is arming the militias").
 */
export type TargetSlot = 'object' | 'closer' | 'that' | 'agent' | 'subject';

/** One cue: a pattern that signals a relation, and where its target is. */
export interface CueSpec {
  readonly relation: Relation;
  /**
   * Regular-expression source, matched case-insensitively on whole words; a
   * space stands for any run of white space and `'` for either apostrophe.
   */
  readonly pattern: string;
  readonly slot: TargetSlot;
  /** For `closer` cues: the words that must follow the target. */
  readonly closer?: string;
  /** The cue only counts when one of these words comes shortly before it ("the militias armed by"). */
  readonly antecedent?: string;
}

/** Everything the step knows about one language. */
export interface LanguageModel {
  readonly code: string;
  readonly cues: readonly CueSpec[];
  /** Articles and demonstratives skipped at the head of a noun phrase. */
  readonly determiners: readonly string[];
  /** Quantifiers and possessives also skipped there ("all", "both", "its"). */
  readonly quantifiers: readonly string[];
  /** Possessive pronouns: "X and its police" names X's police, not a new actor. */
  readonly possessives: readonly string[];
  /** Multi-word openers skipped there ("in particular", "l'ensemble des"). */
  readonly openers: readonly string[];
  /** Words that join a noun to its complement ("of", "de", "du"). */
  readonly ofWords: readonly string[];
  /** Words allowed inside a capitalized name ("Commission for Human Rights"). */
  readonly nameJoiners: readonly string[];
  /** Words that join list members ("and", "as well as"). */
  readonly listWords: readonly string[];
  /** Prepositions that may repeat before each list member ("on", "à", "a"). */
  readonly repeatedPrepositions: readonly string[];
  /** Words that always end a noun phrase: prepositions, pronouns, verbs, conjunctions. */
  readonly stopWords: readonly string[];
  /** The passive "by" ("by", "par", "por"). */
  readonly byWords: readonly string[];
  /** Whether adjectives usually follow the noun (French, Spanish). */
  readonly adjectivesFollow: boolean;
  /** Suffixes of adjectives that may follow a noun ("nacional", "internationale"). */
  readonly adjectiveSuffixes: readonly string[];
  /** Nouns (singular and plural) that name actors. */
  readonly actorNouns: readonly string[];
  /** Suffixes of plural nouns for groups of people ("-ers", "-ists"). */
  readonly actorSuffixes: readonly string[];
  /** Words with an actor suffix that are not actors ("orders", "numbers"). */
  readonly notActors: readonly string[];
  /** Nouns for institutions and armed bodies: after an act noun, "of X" with such an X is the doer. */
  readonly institutionNouns: readonly string[];
  /** Act nouns whose "of X" is the doer ("the crimes of X", "the policy of X"). */
  readonly agentActNouns: readonly string[];
  /** Other act nouns: only "by X" names the doer ("the killing of villagers by X"). */
  readonly actNouns: readonly string[];
  /** Quality nouns whose "of X" is the one praised ("the courage of X"). */
  readonly possessorNouns: readonly string[];
  /** Nouns for parts or members of an organization ("the fighters of X" means X). */
  readonly relationalNouns: readonly string[];
  /** Lower-case nouns that may end a capitalized name ("Lindi province", "Makhmour camp"). */
  readonly nameTails: readonly string[];
  /** Modifiers of an organization's own bodies ("Political" Bureau, "Central" Committee). */
  readonly selfModifiers: readonly string[];
  /** Nouns with which an organization speaks of itself ("the Political Bureau", "this union"). */
  readonly selfNouns: readonly string[];
  /** Sentence adverbs that may open a clause before its subject ("However,", "En conséquence,"). */
  readonly sentenceAdverbs: readonly string[];
  /** First-person words that make the issuer the source ("we", "our"). */
  readonly firstPerson: readonly string[];
  /** Verb endings of the first person plural, for languages that drop the pronoun. */
  readonly firstPersonEndings: readonly string[];
  /** Pronouns that continue the previous source ("it", "elle"). */
  readonly continuingPronouns: readonly string[];
  /** Subjects that are nobody in particular ("some", "others"): not the issuer's stance. */
  readonly indefiniteSubjects: readonly string[];
  /** Regular-expression source of negations before the cue. */
  readonly negation: string;
  /** Regular-expression source of negations right after the cue (French "pas"). */
  readonly negationAfter: string;
  /** Regular-expression source of hypothetical or conditional markers before the cue. */
  readonly hedges: string;
  /** Regular-expression source of manner adverbials between the cue and its target. */
  readonly manner: string;
  /** Words that make the next cue an embedded infinitive ("to", "à"). */
  readonly infinitiveMarkers: readonly string[];
  /** Relative pronouns: a cue right after one is someone else's act. */
  readonly relativePronouns: readonly string[];
  /** Speech verbs, for finding who a quotation is from. */
  readonly speechVerbs: readonly string[];
  /** Regular-expression source of a further that-clause of the same demand (", and that"). */
  readonly thatContinuation: string;
}
