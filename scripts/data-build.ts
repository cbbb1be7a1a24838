// `npm run data:build`: validates data/, writes data/plan-chart-dataset.xlsx (every table, scripts/lib/dataset-xlsx.ts)
// and demo/codebook.html (both codebooks as a page), and writes dist/data/: the CSVs, datapackage.json and sources (for the npm
// package and the researchers' API), one JSON file per table, and dataset.json, the compact file the widget loads.
import {copyFileSync, mkdirSync, readdirSync, writeFileSync} from 'node:fs';
import {checkDataset} from '../src/data/validate.js';
import {TABLES} from '../src/data/schema.js';
import {toCsv} from '../src/data/csv.js';
import {targetWords} from '../src/export/sources.js';
import {DATA_DIR, readCheckInput, readScopeDefinitionsText, readReleasedSlugs} from './lib/read-data.js';
import {checkRules, type ReleasedSlugs} from './lib/dataset-rules.js';
import {widgetDataset, widgetSplit} from './lib/widget-dataset.js';
import {encodeCore} from '../src/data/widget-text.js';
import {templateTargets, writeResultsTemplatesXlsx} from './lib/results-template-xlsx.js';
import {datasetXlsx, WORKBOOK_FILE} from './lib/dataset-xlsx.js';
import {CODEBOOK_PAGE, codebookPage} from './lib/codebook-page.js';

const input = readCheckInput();
const {dataset, problems} = checkDataset(input);
problems.push(
  ...checkRules({
    dataset,
    tables: input.tables,
    scopeDefinitions: readScopeDefinitionsText(),
    releasedSlugs: readReleasedSlugs<ReleasedSlugs>(),
  }),
);
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`data:build: ${problems.length} problem(s); run npm run data:check.`);
  process.exit(1);
}
const out = new URL('../dist/data/', import.meta.url);
mkdirSync(new URL('sources/', out), {recursive: true});
for (const t of TABLES) {
  copyFileSync(new URL(t.file, DATA_DIR), new URL(t.file, out));
  writeFileSync(new URL(`${t.name}.json`, out), JSON.stringify(dataset[t.name as 'units']));
}
for (const f of [
  'datapackage.json',
  'CHANGELOG.md',
  'released-ids.json',
  'released-slugs.json',
  'scope-definitions.csv',
])
  copyFileSync(new URL(f, DATA_DIR), new URL(f, out));
for (const f of readdirSync(new URL('sources/', DATA_DIR)))
  copyFileSync(new URL(`sources/${f}`, DATA_DIR), new URL(`sources/${f}`, out));
// The widget's copy: without what it never shows, with the unit order precomputed (scripts/lib/widget-dataset.ts).
writeFileSync(new URL('dataset.json', out), JSON.stringify(widgetDataset(dataset)));
// A proposal for the first-content budget, not yet used by the widget: the same in two files (src/data/widget-text.ts).
const {core, text} = widgetSplit(dataset);
writeFileSync(new URL('dataset-core.json', out), JSON.stringify(encodeCore(core)));
writeFileSync(new URL('dataset-text.json', out), JSON.stringify(text));

// One results template per unit: the target ids to fill in, with labels to help the editor (extra columns are ignored).
const templateColumns = [
  'target_id',
  'unit',
  'indicator',
  'target',
  'target_year',
  'value',
  'as_of',
  'source_title',
  'source_url',
  'note',
];
for (const unit of dataset.units) {
  const rows = templateTargets(dataset, unit).map((t) => ({
    target_id: t.target_id,
    unit: unit.name,
    indicator:
      dataset.indicators.find((i) => i.indicator_id === t.indicator_id)!.label_vi + (t.scope ? ` (${t.scope})` : ''),
    // In words ("ít nhất 70%"), as the workbook template says it; the codes are the dataset's targets.csv.
    target: targetWords('vi', t),
    target_year: t.target_year,
  }));
  if (rows.length)
    // `;`, as Excel on a Vietnamese Windows reads a CSV in columns (with a BOM, as UTF-8).
    writeFileSync(
      new URL(`results-template-${unit.slug}.csv`, out),
      '\ufeff' + toCsv(templateColumns, rows, {separator: ';'}),
    );
}
await writeResultsTemplatesXlsx(dataset, out);
// The dataset as one workbook, committed next to the CSVs (data:check fails when it is out of date) and shipped.
const workbook = await datasetXlsx(dataset);
writeFileSync(new URL(WORKBOOK_FILE, DATA_DIR), workbook);
writeFileSync(new URL(WORKBOOK_FILE, out), workbook);
// Both codebooks as a page of the demo (demo/codebook.html), converted from their Markdown.
writeFileSync(CODEBOOK_PAGE, codebookPage());
console.log(
  `data:build: dataset ${dataset.version}: ${dataset.targets.length} targets, ${dataset.results.length} results -> dist/data/`,
);
