/**
 * Builds the place gazetteer index (`models/gazetteer/`) from the GeoNames,
 * country and region packages; does nothing when the index is up to date.
 *
 *   node dist/scripts/build-gazetteer.js [--out DIR] [--force] [--json]
 */
import { flagValue, log, scriptArgs } from '../src/util/cli-args.js';
import { buildGazetteerIndex } from './gazetteer/build-gazetteer-index.js';

const args = scriptArgs();
const result = buildGazetteerIndex({ outDir: flagValue(args.argv, '--out'), force: args.argv.includes('--force'), log });
if (args.json) process.stdout.write(JSON.stringify({ built: result.built, dir: result.dir, ...result.manifest }) + '\n');
else log(result.built ? `gazetteer: built ${result.dir}` : `gazetteer: up to date (${result.dir})`);
