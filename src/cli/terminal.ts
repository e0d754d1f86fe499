/**
 * Terminal output: colour only on a TTY that wants it (NO_COLOR and
 * FORCE_COLOR are honoured), everything else plain, so piped output stays clean.
 * @module
 */
import { styleText } from 'node:util';

type Style = Parameters<typeof styleText>[0];

/** Whether to colour output written to `stream`. */
export function wantsColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

/** A styler bound to a stream's colour support. */
export function styler(stream: NodeJS.WriteStream): (style: Style, text: string) => string {
  const color = wantsColor(stream);
  return (style, text) => (color ? styleText(style, text) : text);
}

/** Marks highlight ranges: reverse-bold colour on a terminal, **…** elsewhere. */
export function highlight(text: string, ranges: readonly (readonly [number, number])[], stream: NodeJS.WriteStream): string {
  const color = wantsColor(stream);
  let out = '';
  let at = 0;
  for (const [s, e] of ranges) {
    out += text.slice(at, s);
    out += color ? styleText(['bold', 'yellow'], text.slice(s, e)) : `**${text.slice(s, e)}**`;
    at = e;
  }
  return out + text.slice(at);
}

/** Writes a line to stdout. */
export function out(line = ''): void {
  process.stdout.write(line + '\n');
}

/** Writes a line to stderr. */
export function err(line: string): void {
  process.stderr.write(line + '\n');
}
