// The dataset workbook, data/plan-chart-dataset.xlsx (scripts/lib/dataset-xlsx.ts): read back with exceljs, every
// table's sheet holds the CSV's rows and columns, cell for cell; the file on disk is what the build writes today,
// byte for byte; and the Vietnamese texts (src/data/schema-vi.ts) cover every column of the schema.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import ExcelJS from 'exceljs';
import {strFromU8, unzipSync} from 'fflate';
import {parseCsv} from '../../src/data/csv.js';
import {checkDataset} from '../../src/data/validate.js';
import {TABLES} from '../../src/data/schema.js';
import {TABLES_VI} from '../../src/data/schema-vi.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';
import {datasetXlsx, INTRO_SHEET, WORKBOOK_FILE} from '../../scripts/lib/dataset-xlsx.js';

const DATA = new URL('../../data/', import.meta.url);
const bytes = readFileSync(new URL(WORKBOOK_FILE, DATA));
const ds = checkDataset(readCheckInput()).dataset;

async function workbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** A cell as its CSV text: a date as YYYY-MM-DD, a number as JavaScript writes it, empty as "". */
function asCsv(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') throw new Error(`unexpected cell value ${JSON.stringify(v)}`);
  return String(v);
}

test('the first sheet introduces the dataset; then one sheet per table, named as its CSV', async () => {
  const wb = await workbook();
  assert.deepEqual(
    wb.worksheets.map((w) => w.name),
    [INTRO_SHEET, ...TABLES.map((t) => t.name)],
  );
  const intro = wb.worksheets[0];
  const text = intro
    .getSheetValues()
    .flatMap((row) => (Array.isArray(row) ? row.map((c) => asCsv(c ?? null)) : []))
    .join('\n');
  assert.match(text, new RegExp(`Phiên bản\\n${ds.version.replace(/\./g, '\\.')}`));
  assert.match(text, /CC BY 4\.0/);
  assert.ok(text.includes(`plan-chart-targets v${ds.version} (CC BY 4.0), target ha-noi-2026:communication.residents`));
  assert.ok(text.includes('CITATION.cff'));
  assert.ok(text.includes(`${ds.targets.length} targets, ${ds.results.length} results`));
});

for (const t of TABLES) {
  test(`sheet ${t.name}: Vietnamese titles over the codes, then every row of ${t.file} cell for cell`, async () => {
    const ws = (await workbook()).getWorksheet(t.name)!;
    const csv = parseCsv(readFileSync(new URL(t.file, DATA), 'utf8'));
    const names = Object.keys(t.columns);
    assert.deepEqual(csv.header, names, `${t.file} columns in schema order`);
    assert.deepEqual(
      (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1),
      names.map((c) => TABLES_VI[t.name].columns[c].title),
    );
    assert.deepEqual((ws.getRow(2).values as ExcelJS.CellValue[]).slice(1), names);
    assert.equal(ws.rowCount, csv.records.length + 2);
    for (const [k, rec] of csv.records.entries()) {
      const row = ws.getRow(k + 3);
      const got = names.map((_, j) => asCsv(row.getCell(j + 1).value));
      assert.deepEqual(
        got,
        names.map((c) => rec.values[c]),
        `${t.file} line ${rec.line}`,
      );
    }
    // Frozen header, filter on the codes.
    assert.equal((ws.views[0] as {ySplit?: number}).ySplit, 2);
    // exceljs reads the filter back as its range ("A2:V2").
    assert.match(String(ws.autoFilter), /^A2:[A-Z]+2$/);
  });
}

test('number formats: a percent stays 70 (never a % format), a count has a thousands separator, dates are dates', async () => {
  const ws = (await workbook()).getWorksheet('targets')!;
  const names = Object.keys(TABLES.find((t) => t.name === 'targets')!.columns);
  const value = names.indexOf('value') + 1;
  const measure = names.indexOf('measure') + 1;
  const seen = new Set<string>();
  for (let r = 3; r <= ws.rowCount; r++) {
    const cell = ws.getRow(r).getCell(value);
    const m = String(ws.getRow(r).getCell(measure).value);
    assert.equal(typeof cell.value, 'number');
    assert.ok(!String(cell.numFmt ?? '').includes('%'), `row ${r}: ${cell.numFmt}`);
    if (m === 'count') assert.equal(cell.numFmt, '#,##0');
    // General is Excel's default: exceljs writes no format and reads none back.
    if (m === 'percent') assert.ok(cell.numFmt === undefined || cell.numFmt === 'General', `row ${r}: ${cell.numFmt}`);
    seen.add(m);
  }
  assert.ok(seen.has('count') && seen.has('percent'));
  const plans = (await workbook()).getWorksheet('plans')!;
  const issued = Object.keys(TABLES.find((t) => t.name === 'plans')!.columns).indexOf('issued_on') + 1;
  const dated = [...Array(plans.rowCount - 2).keys()].map((k) => plans.getRow(k + 3).getCell(issued));
  assert.ok(dated.some((c) => c.value instanceof Date && c.numFmt === 'yyyy-mm-dd'));
  // A unit code stays text: "08" is not 8.
  const units = (await workbook()).getWorksheet('units')!;
  assert.ok([...Array(units.rowCount - 2).keys()].some((k) => units.getRow(k + 3).getCell(1).value === '08'));
});

test('the committed workbook is what npm run data:build writes today, byte for byte', async () => {
  const built = await datasetXlsx(ds);
  assert.ok(built.equals(bytes), 'data/plan-chart-dataset.xlsx is out of date: run npm run data:build');
  // And building twice gives the same bytes (no time of day in the zip or in the document properties).
  assert.ok((await datasetXlsx(ds)).equals(built));
});

test('every table and column of the schema has its Vietnamese title and meaning, and nothing else does', () => {
  assert.deepEqual(
    Object.keys(TABLES_VI),
    TABLES.map((t) => t.name),
  );
  for (const t of TABLES) {
    assert.deepEqual(Object.keys(TABLES_VI[t.name].columns), Object.keys(t.columns), t.name);
    for (const [c, v] of Object.entries(TABLES_VI[t.name].columns))
      assert.ok(v.title && v.description.length > 3, `${t.name}.${c}`);
  }
});

test('text that would be a formula in a CSV is a text cell in the workbook: no sheet holds a formula', async () => {
  // The dataset's own texts: only the comparator "=" begins with a formula character (data/*.csv); a title written
  // as a formula shows that any text would stay text too.
  const hostile = '=HYPERLINK("http://x","y")';
  const d = ds!;
  const bytesOf = await datasetXlsx({...d, plans: d.plans.map((p, k) => (k ? p : {...p, title: hostile}))});
  const sheets = Object.entries(unzipSync(new Uint8Array(bytesOf))).filter(([name]) =>
    name.startsWith('xl/worksheets/'),
  );
  assert.ok(sheets.length > TABLES.length);
  for (const [name, xml] of sheets) assert.ok(!strFromU8(xml).includes('<f>'), `${name} holds no formula`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytesOf as unknown as ArrayBuffer);
  const plans = wb.getWorksheet('plans')!;
  const titleCol = (plans.getRow(2).values as string[]).indexOf('title');
  const cell = plans.getRow(3).getCell(titleCol);
  assert.equal(cell.type, ExcelJS.ValueType.String);
  assert.equal(cell.value, hostile);
  const targets = wb.getWorksheet('targets')!;
  const cmpCol = (targets.getRow(2).values as string[]).indexOf('comparator');
  const eq = targets.getColumn(cmpCol).values.find((v) => v === '=');
  assert.equal(eq, '=', 'the comparator "=" is the text "="');
});
