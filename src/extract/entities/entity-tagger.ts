/**
 * The entity tagger: tokenizes and splits a text, tags English with the
 * trained two-pass model and other languages with gazetteer and pattern
 * rules, then runs the rule layer shared by all languages (datelines, long
 * organization names, acronyms, known names, one type per name).
 * @module
 */
import type { EntityMention, EntityTagger, TokenSpan } from './types.js';
import type { Gazetteer } from './gazetteer/gazetteer.js';
import { foldCase } from './gazetteer/fold-case.js';
import { spansOfBilou } from './conll/tag-spans.js';
import { tokenize } from './tokenize/tokenize.js';
import { splitSentences } from './tokenize/split-sentences.js';
import { tagDocument } from './tagger/tag-document.js';
import type { TwoPassModel } from './tagger/tag-document.js';
import type { RuleContext } from './rules/rule-context.js';
import { SpanSet } from './rules/span-set.js';
import { tagDatelines } from './rules/01-datelines.js';
import { tagOrgChunks } from './rules/02-org-chunks.js';
import { tagAcronyms } from './rules/03-acronyms.js';
import { tagKnownNames } from './rules/04-known-names.js';
import { propagateNames } from './rules/05-propagate.js';
import { cleanUp } from './rules/06-cleanup.js';
import { tagPlaces } from './multilingual/tag-places.js';
import { tagPersons } from './multilingual/tag-persons.js';
import { tagArabicOrgs } from './multilingual/tag-arabic-orgs.js';
import { tagAcronymsWithoutModel } from './multilingual/tag-acronyms.js';
import { tagPlaceCues } from './multilingual/tag-place-cues.js';
import { arabicCliticLength } from './multilingual/arabic.js';
import { ORG_HEADS_ARABIC } from './model/org-heads-intl.js';

/** Languages the trained model reads; any other goes to the rules. */
const MODEL_LANGUAGES = new Set(['en']);

/** Builds the tagger from a loaded English model, the gazetteer and the English common-word list. */
export function createEntityTagger(model: TwoPassModel, gazetteer: Gazetteer, commonWords: ReadonlySet<string>): EntityTagger {
  return {
    tag(text: string, language: string | null): EntityMention[] {
      const lang = language === null || language === '' ? 'en' : language.toLowerCase().slice(0, 2);
      const ctx = context(text, lang, gazetteer, commonWords);
      if (ctx.tokens.length === 0) return [];
      const spans = new SpanSet(MODEL_LANGUAGES.has(lang) ? modelSpans(ctx, model) : []);
      if (!MODEL_LANGUAGES.has(lang)) {
        tagArabicOrgs(ctx, spans);
        tagPersons(ctx, spans);
      }
      // rules run in order: later passes trust the spans the earlier ones settled
      tagDatelines(ctx, spans);
      tagOrgChunks(ctx, spans);
      tagAcronyms(ctx, spans);
      tagKnownNames(ctx, spans);
      if (!MODEL_LANGUAGES.has(lang)) {
        tagPlaces(ctx, spans);
        tagPlaceCues(ctx, spans);
        tagAcronymsWithoutModel(ctx, spans);
      }
      propagateNames(ctx, spans);
      return cleanUp(ctx, spans).all().map((s) => mention(ctx, s));
    },
  };
}

function context(text: string, language: string, gazetteer: Gazetteer, commonWords: ReadonlySet<string>): RuleContext {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((s, si) => sentenceOf.fill(si, s.start, s.end));
  const words = tokens.map((t) => t.text);
  return { text, tokens, words, folded: words.map(foldCase), sentences, sentenceOf, gazetteer, commonWords, language };
}

function modelSpans(ctx: RuleContext, model: TwoPassModel): TokenSpan[] {
  const doc = ctx.sentences.map((s) => ctx.words.slice(s.start, s.end));
  const labels = tagDocument(doc, model);
  return ctx.sentences.flatMap((s, si) => spansOfBilou(labels[si]!).map((sp) => ({ type: sp.type, start: s.start + sp.start, end: s.start + sp.end })));
}

function mention(ctx: RuleContext, s: TokenSpan): EntityMention {
  // "والعراق" is "and Iraq": the mention starts after the conjunction
  const clitic = arabicCliticLength(ctx.words[s.start]!, (form) => ctx.gazetteer.lookup([foldCase(form)]) !== 0 || ORG_HEADS_ARABIC.has(form));
  const start = ctx.tokens[s.start]!.start + clitic;
  const end = ctx.tokens[s.end - 1]!.end;
  return { type: s.type, text: ctx.text.slice(start, end), start, end };
}
