/**
 * Reading a gold folder and its raw pages, and the small string helpers every check
 * shares (alternatives, the scorer's normalization).
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { GoldCase, GoldDocument } from './gold-types.js';

/** Every `*.json` gold file of `goldDir` with its raw page from `rawDir`, sorted by name. */
export function loadGoldCases(goldDir: string, rawDir: string): GoldCase[] {
  return readdirSync(goldDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const goldFile = join(goldDir, name);
      const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldDocument;
      const rawFile = join(rawDir, basename(gold.source));
      if (!existsSync(rawFile)) throw new Error(`${goldFile}: raw file ${rawFile} not found`);
      return { goldFile, rawFile, raw: readFileSync(rawFile, 'utf8'), gold: withDefaults(gold) };
    });
}

// Absent lists count as empty in the contract; filling them here keeps every check simple.
function withDefaults(gold: GoldDocument): GoldDocument {
  return {
    ...gold,
    comments: gold.comments ?? [],
    mustRemove: gold.mustRemove ?? [],
    statements: gold.statements.map((s) => ({ ...s, entities: s.entities ?? [], stances: s.stances ?? [], events: s.events ?? [] })),
  };
}

/** The alternatives of a gold string (`"A|B"`), with `"null"` kept as null. */
export function alternatives(value: string | null | undefined): (string | null)[] {
  if (value === null || value === undefined) return [null];
  return value
    .split('|')
    .map((alt) => alt.trim())
    .filter((alt) => alt !== '')
    .map((alt) => (alt === 'null' ? null : alt));
}

/** The first alternative of a gold string: what a perfect system would print. */
export function firstAlternative(value: string | null | undefined): string | null {
  return alternatives(value)[0] ?? null;
}

// The same folding as the scorer: NFKD leaves these letters whole.
const FOLD: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/** The scorer's normalization: NFKD, marks dropped, lower case, punctuation to spaces. */
export function normalize(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ıłøđðħßæœþ]/g, (c) => FOLD[c] ?? c)
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Whether `name` occurs in `text` as whole words, after normalization. */
export function containsName(text: string, name: string): boolean {
  const needle = normalize(name);
  return needle !== '' && ` ${normalize(text)} `.includes(` ${needle} `);
}

/** Whether `passage` occurs in `text`, any run of white space matching any other. */
export function containsPassage(text: string, passage: string): boolean {
  const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();
  return squash(text).includes(squash(passage));
}
