#!/usr/bin/env node
// The package's executable: runs the compiled CLI (npm run build writes dist/).
import('../dist/src/cli/run.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/src/cli')) {
    process.stderr.write('communique: not built yet; run `npm run build` first\n');
  } else {
    process.stderr.write(`communique: ${error && error.stack ? error.stack : error}\n`);
  }
  process.exit(2);
});
