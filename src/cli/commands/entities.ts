/**
 * `communique entities`: actors across the archive, each with every name it
 * goes by, how often it is mentioned, and the first and last statement dates.
 * @module
 */
import { ENTITY_TYPES, type EntityType } from '../../model/contract.js';
import { openStore } from '../../store/index.js';
import { out, styler } from '../terminal.js';
import { intOption, UsageError } from './_shared.js';

export interface EntitiesCommandOptions {
  readonly db: string;
  readonly json?: boolean;
  readonly type?: string;
  readonly search?: string;
  readonly limit?: string;
}

export async function entitiesCommand(o: EntitiesCommandOptions): Promise<void> {
  const type = o.type?.toUpperCase();
  if (type && !(ENTITY_TYPES as readonly string[]).includes(type)) throw new UsageError(`--type takes one of ${ENTITY_TYPES.join(', ')}, not "${o.type}"`);
  const store = await openStore(o.db, { mustExist: true });
  try {
    const actors = await store.actors({ ...(type ? { type: type as EntityType } : {}), ...(o.search ? { search: o.search } : {}), limit: intOption('--limit', o.limit, 50) });
    if (o.json) {
      out(JSON.stringify(actors));
      return;
    }
    const s = styler(process.stdout);
    if (actors.length === 0) out(s('dim', 'no entities found'));
    for (const a of actors) {
      const others = a.aliases.filter((x) => x.value !== a.name).map((x) => `${x.value} (${x.count})`);
      const geo = a.geo ? s('dim', `  ${a.geo.kind} ${a.geo.country} ${a.geo.lat.toFixed(3)},${a.geo.lon.toFixed(3)} geonames:${a.geo.geonameId}`) : '';
      out(`${s('bold', a.name)}  ${a.type}  ${a.mentions} mention${a.mentions === 1 ? '' : 's'} in ${a.statements} statement${a.statements === 1 ? '' : 's'}  ${a.firstDate ?? '?'} – ${a.lastDate ?? '?'}${geo}`);
      if (others.length) out(s('dim', `    also: ${others.join(', ')}`));
    }
  } finally {
    await store.close();
  }
}
