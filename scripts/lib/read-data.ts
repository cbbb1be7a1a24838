// Reads data/ from disk for the build-time scripts: the tables, the sources with their sha256, the released ids.
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {TABLES} from '../../src/data/schema.js';
import type {CheckInput} from '../../src/data/validate.js';

export const DATA_DIR = new URL('../../data/', import.meta.url);

export function sha256(buf: Buffer): string {
  return createHash('sha256').update(buf).digest('hex');
}

export function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, DATA_DIR), 'utf8')) as T;
}

/** Everything checkDataset needs, read from data/. */
export function readCheckInput(): CheckInput {
  const tables: Record<string, string> = {};
  for (const t of TABLES) {
    const url = new URL(t.file, DATA_DIR);
    if (existsSync(url)) tables[t.file] = readFileSync(url, 'utf8');
  }
  const sources: CheckInput['sources'] = {};
  for (const f of readdirSync(new URL('sources/', DATA_DIR))) {
    const buf = readFileSync(new URL(`sources/${f}`, DATA_DIR));
    sources[f] = {text: buf.toString('utf8'), sha256: sha256(buf)};
  }
  const pkg = readJson<{version: string}>('datapackage.json');
  const released = readJson<Record<string, Record<string, string[]>>>('released-ids.json');
  const major = pkg.version.split('.')[0];
  // Ids released under the current major must all still exist.
  const keep: Record<string, string[]> = {};
  for (const [version, byTable] of Object.entries(released)) {
    if (version.split('.')[0] !== major) continue;
    for (const [table, ids] of Object.entries(byTable)) keep[table] = [...new Set([...(keep[table] ?? []), ...ids])];
  }
  return {tables, sources, version: pkg.version, released: keep};
}

/** data/scope-definitions.csv, the table of indicator definitions the scope rule checks against; undefined if absent. */
export function readScopeDefinitionsText(): string | undefined {
  const url = new URL('scope-definitions.csv', DATA_DIR);
  return existsSync(url) ? readFileSync(url, 'utf8') : undefined;
}

/** data/released-slugs.json (slugs of each released version and the documented re-meanings); undefined if absent. */
export function readReleasedSlugs<T>(): T | undefined {
  return existsSync(new URL('released-slugs.json', DATA_DIR)) ? readJson<T>('released-slugs.json') : undefined;
}
