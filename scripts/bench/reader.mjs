// The results reader at scale: 200,000 rows of results read in Chromium by the widget's reader, as an office's
// Excel would save them (a ;-separated UTF-8 CSV with BOM, decimal commas, dd/mm/yyyy; and the same rows as an
// .xlsx), timed, with the longest main-thread task while reading. Budget: no task over 200 ms.
//
//   npm run bench -- --only=reader    # this section alone (prints its figures; bench/RESULTS.md is not written)
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import * as esbuild from 'esbuild';
import {strToU8, zipSync} from 'fflate';
import {ROOT, TMP, TMP_PATH} from './lib/prepare.mjs';
import {closePage, openPage} from './lib/browser.mjs';
import {ms, spread, summarize} from './lib/stats.mjs';

export const READER_ROWS = 200_000;
export const LONGEST_TASK_BUDGET = 200;

/** The real dataset's targets, each reported on a different day in each row (no duplicates), values 0-99,9. */
function rowsOf(ds, n) {
  const ids = ds.targets.filter((t) => t.measure === 'percent').map((t) => t.target_id);
  const out = [];
  for (let k = 0; k < n; k++) {
    const day = new Date(Date.UTC(2000, 0, 1 + Math.floor(k / ids.length)));
    out.push({id: ids[k % ids.length], value: (k % 1000) / 10, day, title: `Báo cáo số ${k % 500} (SYNTHETIC)`});
  }
  return out;
}

/** Writes tmp/bench/results-200k.csv and .xlsx and the page; returns their URL paths and sizes. */
export async function prepareReader() {
  mkdirSync(TMP, {recursive: true});
  const ds = JSON.parse(readFileSync(`${ROOT}dist/data/dataset.json`, 'utf8'));
  const rows = rowsOf(ds, READER_ROWS);
  const dmy = (d) => d.toISOString().slice(0, 10).split('-').reverse().join('/');
  const csv =
    '\ufeff' +
    ['target_id;value;as_of;source_title;note']
      .concat(rows.map((r) => `${r.id};${String(r.value).replace('.', ',')};${dmy(r.day)};${r.title};ghi chú`))
      .join('\r\n') +
    '\r\n';
  writeFileSync(`${TMP}results-200k.csv`, csv);

  // The workbook as Excel writes one: text in the shared strings table, numbers, dates as serials with a date style.
  const strings = new Map();
  const s = (text) => {
    if (!strings.has(text)) strings.set(text, strings.size);
    return strings.get(text);
  };
  const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const head = ['target_id', 'value', 'as_of', 'source_title', 'note'];
  const sheet = [`<row r="1">${head.map((h, k) => `<c r="${'ABCDE'[k]}1" t="s"><v>${s(h)}</v></c>`).join('')}</row>`];
  rows.forEach((r, k) => {
    const n = k + 2;
    const serial = r.day.getTime() / 86400000 + 25569;
    sheet.push(
      `<row r="${n}"><c r="A${n}" t="s"><v>${s(r.id)}</v></c><c r="B${n}"><v>${r.value}</v></c><c r="C${n}" s="1"><v>${serial}</v></c><c r="D${n}" t="s"><v>${s(r.title)}</v></c><c r="E${n}" t="s"><v>${s('ghi chú')}</v></c></row>`,
    );
  });
  const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const xlsx = zipSync(
    {
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
      '_rels/.rels': strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      'xl/workbook.xml': strToU8(
        `<workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="Kết quả" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      ),
      'xl/styles.xml': strToU8(
        `<styleSheet ${NS}><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
      ),
      'xl/sharedStrings.xml': strToU8(
        `<sst ${NS}>${[...strings.keys()].map((t) => `<si><t>${esc(t)}</t></si>`).join('')}</sst>`,
      ),
      'xl/worksheets/sheet1.xml': strToU8(`<worksheet ${NS}><sheetData>${sheet.join('')}</sheetData></worksheet>`),
    },
    {level: 6},
  );
  writeFileSync(`${TMP}results-200k.xlsx`, xlsx);

  await esbuild.build({
    entryPoints: [fileURLToPath(new URL('entries/reader.mjs', import.meta.url))],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    outdir: `${TMP}reader`,
    logLevel: 'warning',
  });
  writeFileSync(
    `${TMP}reader.html`,
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>bench: results reader (SYNTHETIC rows)</title>` +
      `<script type="module" src="${TMP_PATH}reader/reader.js"></script></head><body><p>reader</p></body></html>\n`,
  );
  return {
    page: `${TMP_PATH}reader.html`,
    csv: {path: `${TMP_PATH}results-200k.csv`, bytes: Buffer.byteLength(csv)},
    xlsx: {path: `${TMP_PATH}results-200k.xlsx`, bytes: xlsx.length},
  };
}

/**
 * Reads each file `runs` times, each in a fresh page. Returns {result, rows, budget}: the figures, lines for the
 * bench's timing table, and the budget line.
 */
export async function benchReader({browser, at, runs, log}) {
  const prepared = await prepareReader();
  const result = {rows: READER_ROWS, files: {}};
  for (const kind of ['csv', 'xlsx']) {
    const file = prepared[kind];
    log(`reader: ${READER_ROWS} rows, ${kind} (${(file.bytes / 1e6).toFixed(1)} MB), ${runs} fresh pages`);
    const series = {ms: [], longest: [], longtasks: []};
    let last;
    for (let k = 0; k < runs; k++) {
      const p = await openPage(browser, at(prepared.page));
      await p.page.waitForFunction(() => window.__reader, {timeout: 60_000});
      await p.page.evaluate((d, f) => window.__reader.load(d, f), '/dist/data/dataset.json', file.path);
      // Let the page settle after loading 20 MB before timing.
      await new Promise((r) => setTimeout(r, 300));
      last = await p.page.evaluate((name) => window.__reader.run(name), `results-200k.${kind}`);
      if (p.errors.length) throw new Error(`reader page errors: ${p.errors.join('; ')}`);
      await closePage(p);
      if (last.rows !== READER_ROWS)
        throw new Error(`reader: ${kind}: ${last.rows} rows of ${READER_ROWS}; ${JSON.stringify(last.firstIssue)}`);
      series.ms.push(last.ms);
      series.longest.push(last.longest);
      series.longtasks.push(last.longtasks);
    }
    result.files[kind] = {
      bytes: file.bytes,
      info: last.info,
      ms: summarize(series.ms),
      longest: summarize(series.longest),
      longtasks: summarize(series.longtasks),
    };
  }
  const {csv, xlsx} = result.files;
  const worst = Math.max(csv.longest.max, xlsx.longest.max);
  const budget = {
    name: `Results reader, ${READER_ROWS} rows (CSV and .xlsx) in Chromium: longest main-thread task ≤ ${LONGEST_TASK_BUDGET} ms`,
    pass: worst <= LONGEST_TASK_BUDGET,
    figures: `longest task ${ms(worst)} (CSV ${spread(csv.longest)}, .xlsx ${spread(xlsx.longest)}); read in ${ms(csv.ms.median)} (CSV) and ${ms(xlsx.ms.median)} (.xlsx), medians`,
  };
  const rows = [
    [`results reader, ${READER_ROWS} rows CSV (${(csv.bytes / 1e6).toFixed(1)} MB): read`, spread(csv.ms), '—', '—'],
    [`  same: longest main-thread task while reading`, spread(csv.longest), '—', '—'],
    [
      `results reader, ${READER_ROWS} rows .xlsx (${(xlsx.bytes / 1e6).toFixed(1)} MB): read`,
      spread(xlsx.ms),
      '—',
      '—',
    ],
    [`  same: longest main-thread task while reading`, spread(xlsx.longest), '—', '—'],
  ];
  return {result, rows, budget};
}
