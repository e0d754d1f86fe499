/**
 * Checks that a value has the shape of the `extract --json` contract. Used by
 * tests and by `extract` itself before printing, so a step that breaks the
 * contract fails loudly instead of writing bad JSON for other tools.
 * @module
 */
import { ENTITY_TYPES, EVENT_TYPES, GEO_KINDS, RELATIONS } from './contract.js';
import type { ExtractResult } from './contract.js';

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Returns the list of contract violations in `value` (empty when it conforms). */
export function contractErrors(value: unknown): string[] {
  const errors: string[] = [];
  const err = (path: string, msg: string) => errors.push(`${path}: ${msg}`);
  if (!isObject(value)) return ['document: not an object'];
  str(value, 'source', 'document', err);
  nullableStr(value, 'language', 'document', err);
  arrayOf(value, 'comments', 'document', err, (c, p) => {
    nullableStr(c, 'author', p, err);
    nullableDate(c, 'date', p, err);
    str(c, 'text', p, err);
  });
  arrayOf(value, 'removed', 'document', err, (r, p) => {
    if (typeof r !== 'string') err(p, 'not a string');
  }, true);
  arrayOf(value, 'statements', 'document', err, (s, p) => {
    nullableStr(s, 'title', p, err);
    arrayOf(s, 'issuers', p, err, (i, ip) => {
      if (typeof i !== 'string') err(ip, 'not a string');
    }, true);
    nullableDate(s, 'date', p, err);
    nullableDate(s, 'published', p, err);
    nullableStr(s, 'place', p, err);
    str(s, 'body', p, err);
    const body = typeof s.body === 'string' ? s.body : '';
    arrayOf(s, 'entities', p, err, (e, ep) => {
      oneOf(e, 'type', ENTITY_TYPES, ep, err);
      str(e, 'text', ep, err);
      const { start, end } = e;
      if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number) || (end as number) > body.length) {
        err(ep, `offsets ${String(start)}–${String(end)} are not a span of the body`);
      } else if (body.slice(start as number, end as number) !== e.text) {
        err(ep, `text "${String(e.text)}" is not the body at ${String(start)}–${String(end)}`);
      }
      if (e.geo !== null && e.geo !== undefined) {
        if (!isObject(e.geo)) err(ep, 'geo: not an object or null');
        else {
          if (!Number.isInteger(e.geo.geonameId)) err(ep, 'geo.geonameId: not an integer');
          if (typeof e.geo.lat !== 'number' || typeof e.geo.lon !== 'number') err(ep, 'geo: lat/lon not numbers');
          oneOf(e.geo, 'kind', GEO_KINDS, `${ep}.geo`, err);
        }
      }
    });
    arrayOf(s, 'stances', p, err, (st, sp) => {
      str(st, 'source', sp, err);
      oneOf(st, 'relation', RELATIONS, sp, err);
      str(st, 'target', sp, err);
      str(st, 'evidence', sp, err);
    });
    arrayOf(s, 'events', p, err, (ev, vp) => {
      oneOf(ev, 'type', EVENT_TYPES, vp, err);
      nullableDate(ev, 'date', vp, err);
      nullableStr(ev, 'place', vp, err);
      arrayOf(ev, 'actors', vp, err, (a, ap) => {
        if (typeof a !== 'string') err(ap, 'not a string');
      }, true);
      if (ev.fatalities !== null && !(Number.isInteger(ev.fatalities) && (ev.fatalities as number) >= 0)) {
        err(vp, 'fatalities: not a non-negative integer or null');
      }
      str(ev, 'evidence', vp, err);
    });
  });
  return errors;
}

/** Type guard over `contractErrors`. */
export function isExtractResult(value: unknown): value is ExtractResult {
  return contractErrors(value).length === 0;
}

type Obj = Record<string, unknown>;
type Report = (path: string, msg: string) => void;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(o: Obj, key: string, path: string, err: Report): void {
  if (typeof o[key] !== 'string') err(`${path}.${key}`, 'not a string');
}

function nullableStr(o: Obj, key: string, path: string, err: Report): void {
  if (o[key] !== null && typeof o[key] !== 'string') err(`${path}.${key}`, 'not a string or null');
}

function nullableDate(o: Obj, key: string, path: string, err: Report): void {
  const v = o[key];
  if (v === null) return;
  if (typeof v !== 'string' || !PARTIAL_DATE.test(v)) err(`${path}.${key}`, `"${String(v)}" is not YYYY-MM-DD, YYYY-MM, YYYY or null`);
}

function oneOf(o: Obj, key: string, allowed: readonly string[], path: string, err: Report): void {
  if (!allowed.includes(o[key] as string)) err(`${path}.${key}`, `"${String(o[key])}" is not one of ${allowed.join(', ')}`);
}

function arrayOf(o: Obj, key: string, path: string, err: Report, each: (item: any, path: string) => void, scalar = false): void {
  const v = o[key];
  if (!Array.isArray(v)) {
    err(`${path}.${key}`, 'not an array');
    return;
  }
  v.forEach((item, i) => {
    const p = `${path}.${key}[${i}]`;
    if (!scalar && !isObject(item)) err(p, 'not an object');
    else each(item, p);
  });
}
