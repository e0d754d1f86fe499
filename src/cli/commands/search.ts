/**
 * `communique search <query>`: full-text search over statements, with filters.
 * @module
 */
import { EVENT_TYPES, RELATIONS, type EventType, type Relation } from '../../model/contract.js';
import { openStore, QuerySyntaxError, type SearchResults } from '../../store/index.js';
import { highlight, out, styler } from '../terminal.js';
import { dateOption, intOption, UsageError } from './_shared.js';

export interface SearchCommandOptions {
  readonly db: string;
  readonly json?: boolean;
  readonly lang?: string;
  readonly from?: string;
  readonly to?: string;
  readonly issuer?: string;
  readonly place?: string;
  readonly entity?: string;
  readonly relation?: string;
  readonly eventType?: string;
  readonly limit?: string;
  readonly offset?: string;
}

export async function searchCommand(words: readonly string[], o: SearchCommandOptions): Promise<void> {
  const store = await openStore(o.db, { mustExist: true });
  try {
    const from = dateOption('--from', o.from);
    const to = dateOption('--to', o.to);
    const results = await store.search({
      text: words.join(' '),
      ...(o.lang ? { language: o.lang } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(o.issuer ? { issuer: o.issuer } : {}),
      ...(o.place ? { place: o.place } : {}),
      ...(o.entity ? { entity: o.entity } : {}),
      ...(o.relation ? { relation: checked('--relation', o.relation, RELATIONS) as Relation } : {}),
      ...(o.eventType ? { eventType: checked('--event-type', o.eventType.toUpperCase(), EVENT_TYPES) as EventType } : {}),
      limit: intOption('--limit', o.limit, 10),
      offset: intOption('--offset', o.offset, 0),
    });
    if (o.json) out(JSON.stringify(results));
    else printResults(results);
  } catch (e) {
    if (e instanceof QuerySyntaxError) throw new UsageError(e.message);
    throw e;
  } finally {
    await store.close();
  }
}

/** Prints hits with highlighted snippets, then the facets. */
export function printResults(r: SearchResults): void {
  const s = styler(process.stdout);
  out(s('dim', `${r.total} statement${r.total === 1 ? '' : 's'} found`));
  for (const h of r.hits) {
    out('');
    out(`${s('bold', h.title ?? '(untitled)')}  ${s('dim', h.statementId)}`);
    const meta = [h.issuers.join('; '), h.date, h.place, h.language].filter(Boolean).join(' · ');
    if (meta) out(`  ${meta}`);
    out(`  ${highlight(h.snippet, h.highlights, process.stdout)}`);
    out(s('dim', `  ${h.source}${h.copyOf ? `  (copy of ${h.copyOf})` : ''}`));
  }
  const facet = (name: string, values: readonly { value: string; count: number }[]) => {
    if (values.length) out(`${s('dim', name.padEnd(9))} ${values.map((v) => `${v.value} (${v.count})`).join(', ')}`);
  };
  if (r.total > 0) {
    out('');
    facet('language', r.facets.language);
    facet('issuer', r.facets.issuer);
    facet('year', r.facets.year);
    facet('place', r.facets.place);
    facet('entity', r.facets.entity);
    facet('stance', r.facets.relation);
    facet('event', r.facets.eventType);
  }
}

function checked(name: string, value: string, allowed: readonly string[]): string {
  if (!allowed.includes(value)) throw new UsageError(`${name} takes one of ${allowed.join(', ')}, not "${value}"`);
  return value;
}
