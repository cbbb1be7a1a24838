// `npm run data:package`: writes data/datapackage.json from src/data/schema.ts.
// Usage: tsx scripts/data-package.ts [--version X.Y.Z] (default: keep the version on disk; `created` is set when the version changes).
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {datapackage} from '../src/data/datapackage.js';
import {DATA_DIR} from './lib/read-data.js';

const file = new URL('datapackage.json', DATA_DIR);
const old = existsSync(file)
  ? (JSON.parse(readFileSync(file, 'utf8')) as {version: string; created: string})
  : undefined;
const k = process.argv.indexOf('--version');
const version = k > 0 ? process.argv[k + 1] : (old?.version ?? '1.0.0');
if (!/^\d+\.\d+\.\d+$/.test(version)) {
  console.error(`data:package: "${version}" is not a semantic version (expected X.Y.Z)`);
  process.exit(1);
}
const created = old && old.version === version ? old.created : new Date().toISOString().replace(/\.\d+Z$/, 'Z');
writeFileSync(file, JSON.stringify(datapackage({version, created}), null, 2) + '\n');
console.log(`data:package: wrote data/datapackage.json (version ${version}).`);
