/**
 * Entry point of the `communique` executable.
 * @module
 */
import { main } from './main.js';

// The reader hung up (`communique export | head`): not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

await main(process.argv.slice(2));
