// `npm run data:check`: validates every table of data/ and prints one line per problem; exits 1 on any.
import {checkDataset} from '../src/data/validate.js';
import {datapackage} from '../src/data/datapackage.js';
import {readCheckInput, readJson, readScopeDefinitionsText, readReleasedSlugs} from './lib/read-data.js';
import {checkRules, type ReleasedSlugs} from './lib/dataset-rules.js';
import {existsSync, readFileSync} from 'node:fs';
import {DATA_DIR} from './lib/read-data.js';
import {datasetXlsx, WORKBOOK_FILE} from './lib/dataset-xlsx.js';

const input = readCheckInput();
const {dataset, problems} = checkDataset(input);
// Rules over the tables as a whole (scripts/lib/dataset-rules.ts).
problems.push(
  ...checkRules({
    dataset,
    tables: input.tables,
    scopeDefinitions: readScopeDefinitionsText(),
    releasedSlugs: readReleasedSlugs<ReleasedSlugs>(),
  }),
);

// data/datapackage.json is generated from the zod columns: it must be up to date.
const onDisk = readJson<Record<string, unknown>>('datapackage.json');
const expected = datapackage({version: String(onDisk.version), created: String(onDisk.created)});
if (JSON.stringify(onDisk) !== JSON.stringify(expected)) {
  problems.push(
    'datapackage.json: out of date with src/data/schema.ts (expected the output of `npm run data:package`)',
  );
}

// data/plan-chart-dataset.xlsx is built from the tables (npm run data:build, byte for byte the same for the same
// data): it must hold the tables as they are.
if (!problems.length) {
  const file = new URL(WORKBOOK_FILE, DATA_DIR);
  if (!existsSync(file) || !readFileSync(file).equals(await datasetXlsx(dataset)))
    problems.push(`${WORKBOOK_FILE}: out of date with the tables (expected the output of \`npm run data:build\`)`);
}

if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`\ndata:check: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`);
  process.exit(1);
}
const counts = ['units', 'programmes', 'plans', 'groups', 'indicators', 'targets', 'results'].map(
  (t) => `${dataset[t as 'units'].length} ${t}`,
);
console.log(`data:check: dataset ${dataset.version} is valid (${counts.join(', ')}).`);
