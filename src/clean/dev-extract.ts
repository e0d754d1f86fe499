/**
 * A development driver until `communique extract --json` exists: reads raw
 * text and HTML files, runs `textToPage`/`htmlToPage` and `understandPage`,
 * guesses the language, and prints one contract object per file (JSONL,
 * entities, stances and events empty) so the output can be scored with
 * `shared/eval/score.mjs`.
 *
 *   npx tsx src/clean/dev-extract.ts ../shared/data/statements/raw > out.jsonl
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExtractResult } from '../model/contract.js';
import type { Page } from '../model/page.js';
import { contractErrors } from '../model/validate.js';
import { log } from '../util/cli-args.js';
import { textToPage } from './text/index.js';
import { understandPage } from './understand-page.js';

type HtmlReader = (html: string) => Page;
type LanguageGuess = (text: string) => string | null;

/** The HTML reader and language identifier of the other steps, loaded when present. */
async function loadPeers(): Promise<{ html: HtmlReader; language: LanguageGuess }> {
  let html: HtmlReader = (source) => textToPage(source.replace(/<(script|style)\b[\s\S]*?<\/\1>/giu, ' ').replace(/<\/?(p|div|h\d|li|br|tr|section|article|header|footer|nav|aside|blockquote)\b[^>]*>/giu, '\n').replace(/<[^>]+>/gu, ' ').replace(/&amp;/gu, '&'));
  let language: LanguageGuess = () => null;
  try {
    const mod = (await import('./html/index.js')) as { htmlToPage?: HtmlReader };
    if (mod.htmlToPage) html = mod.htmlToPage;
  } catch (error) {
    log(`dev-extract: HTML reader not available (${String(error)}); using a crude tag stripper`);
  }
  try {
    const mod = (await import('./language/index.js')) as { loadLanguageDetector?: () => Promise<void>; identifyLanguage?: LanguageGuess };
    if (mod.loadLanguageDetector && mod.identifyLanguage) {
      await mod.loadLanguageDetector();
      language = mod.identifyLanguage;
    }
  } catch (error) {
    log(`dev-extract: language identifier not available (${String(error)})`);
  }
  return { html, language };
}

/** Files to read: the files of a folder (not recursive), or the path itself. */
export function rawFiles(paths: readonly string[]): string[] {
  return paths.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => /\.(txt|html?)$/iu.test(f)).sort().map((f) => join(p, f)) : [p]));
}

/** Extracts every file into the contract's shape. */
export async function extractFiles(files: readonly string[]): Promise<ExtractResult[]> {
  const { html, language } = await loadPeers();
  return files.map((file) => {
    const content = readFileSync(file, 'utf8');
    const page = /\.html?$/iu.test(file) ? html(content) : textToPage(content);
    const analysis = understandPage(page);
    for (const w of analysis.warnings) log(`${file}: ${w}`);
    const text = analysis.statements.map((s) => s.body).join('\n\n');
    const result: ExtractResult = {
      source: basename(file),
      language: page.meta.language ?? language(text),
      statements: analysis.statements.map((s) => ({ ...s, entities: [], stances: [], events: [] })),
      comments: analysis.comments,
      removed: analysis.removed,
    };
    const errors = contractErrors(result);
    if (errors.length > 0) log(`${file}: contract errors: ${errors.join('; ')}`);
    return result;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const results = await extractFiles(rawFiles(args.length > 0 ? args : ['../shared/data/statements/raw']));
  for (const r of results) process.stdout.write(JSON.stringify(r) + '\n');
}
