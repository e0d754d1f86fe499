/**
 * Writing command output to a file (`--out`) or standard output, with
 * back-pressure, so large exports stream.
 * @module
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export interface Sink {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

export function openSink(path: string | undefined): Sink {
  const stream = path ? createWriteStream(path) : process.stdout;
  return {
    async write(chunk) {
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
    async close() {
      if (!path) return;
      (stream as NodeJS.WritableStream).end();
      await once(stream, 'finish');
    },
  };
}
