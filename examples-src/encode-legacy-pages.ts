/**
 * Writes the sample corpus's legacy-charset pages: each UTF-8 source in
 * `examples-src/legacy/` is re-encoded to the charset its own `<meta>` declares
 * (windows-1256, iso-8859-9, …) and saved under `examples/html/`, so the demo
 * carries pages in the bytes old sites really served.
 *
 *   npx tsx examples-src/encode-legacy-pages.ts [--json]
 * @module
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { log, scriptArgs } from '../src/util/cli-args.js';
import { REPO_ROOT } from '../src/util/paths.js';

const SOURCE_DIR = join(REPO_ROOT, 'examples-src', 'legacy');
const OUT_DIR = join(REPO_ROOT, 'examples', 'html');
const META_CHARSET = /<meta\b[^>]*charset\s*=\s*["']?([\w-]+)/i;

/** Encodes one page to its declared charset; throws rather than writing "?" for a character the charset lacks. */
function encodeDeclared(html: string, name: string): { charset: string; bytes: Buffer } {
  const charset = META_CHARSET.exec(html)?.[1]?.toLowerCase();
  if (charset === undefined || !iconv.encodingExists(charset)) throw new Error(`${name}: no usable <meta> charset`);
  const bytes = iconv.encode(html, charset);
  const back = iconv.decode(bytes, charset);
  if (back !== html) {
    const at = [...html].findIndex((ch, i) => ch !== [...back][i]);
    throw new Error(`${name}: "${[...html][at]}" cannot be written in ${charset}`);
  }
  return { charset, bytes };
}

function main(): void {
  const args = scriptArgs();
  const written: { file: string; charset: string; bytes: number }[] = [];
  for (const name of readdirSync(SOURCE_DIR).filter((n) => n.endsWith('.html')).sort()) {
    const { charset, bytes } = encodeDeclared(readFileSync(join(SOURCE_DIR, name), 'utf8'), name);
    writeFileSync(join(OUT_DIR, name), bytes);
    written.push({ file: `examples/html/${name}`, charset, bytes: bytes.byteLength });
    log(`wrote examples/html/${name} (${charset}, ${bytes.byteLength} bytes)`);
  }
  if (args.json) process.stdout.write(JSON.stringify({ written }) + '\n');
}

main();
