// Inflating trusts bytes, not declarations: a workbook whose sheet declares 1,000 bytes but inflates to megabytes is
// stopped as soon as it passes what it declared (fixtures generated here, a few kB each).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {strToU8, zipSync} from 'fflate';
import {entryReader, zipEntries, ZipSizeError} from '../../src/data/read/zip.js';
import {readResults} from '../../src/data/results-input.js';
import {readTargets} from '../../src/data/targets/input.js';
import {describeIssue} from '../../src/i18n/results.js';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const ds = {targets: [], units: [], indicators: []};

/** A workbook whose one sheet holds a header and one cell of `cell` characters. */
function workbook(cellLength: number): Uint8Array {
  const big = 'A'.repeat(cellLength);
  return zipSync({
    '_rels/.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>label</t></is></c><c r="B1" t="inlineStr"><is><t>value</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>${big}</t></is></c></row></sheetData></worksheet>`,
    ),
  });
}

/** The same zip with `name` declaring `size` bytes, in its local header and in the central directory. */
function lying(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const entry = zipEntries(out).get(name)!;
  view.setUint32(entry.offset + 22, size, true);
  const encoded = strToU8(name);
  for (let at = 0; at + 46 < out.length; at++)
    if (view.getUint32(at, true) === 0x02014b50 && view.getUint16(at + 28, true) === encoded.length) {
      const n = out.subarray(at + 46, at + 46 + encoded.length);
      if (n.every((b, k) => b === encoded[k])) view.setUint32(at + 24, size, true);
    }
  return out;
}

test('a sheet declaring 1,000 bytes that inflates to 20 MB: refused after the first piece, as a workbook that lies', async () => {
  const bomb = lying(workbook(20_000_000), 'xl/worksheets/sheet1.xml', 1000);
  assert.ok(bomb.length < 60_000, `fixture of ${bomb.length} bytes`);
  assert.equal(zipEntries(bomb).get('xl/worksheets/sheet1.xml')!.size, 1000);
  const heap = process.memoryUsage().heapUsed;
  const started = performance.now();
  const r = await readResults(bomb, ds, {file: 'bom.xlsx'});
  const ms = performance.now() - started;
  assert.deepEqual(
    r.issues.map((i) => [i.file, i.code, i.value, i.expected]),
    [['bom.xlsx', 'bad_workbook', 'size', '1000']],
  );
  assert.ok(ms < 2000, `${ms} ms`);
  assert.ok(process.memoryUsage().heapUsed - heap < 100e6, 'heap growth under 100 MB');
  assert.match(describeIssue('vi', r.issues[0]).message, /nhiều hơn kích thước tệp tự khai \(1\.000 byte\)/);
  assert.match(describeIssue('en', r.issues[0]).message, /more than the size it declares \(1,000 bytes\)/);
  const t = await readTargets(bomb, {file: 'plan.xlsx'});
  assert.deepEqual(
    t.issues.map((i) => [i.code, i.value]),
    [['bad_workbook', 'size']],
  );
});

test('the same workbook, honest about its size, is read (the cell is long, not a bomb)', async () => {
  const r = await readTargets(workbook(2000), {file: 'plan.xlsx'});
  assert.notEqual(r.issues[0]?.code, 'bad_workbook');
  assert.equal(r.info.format, 'xlsx');
});

test("an entry past the reader's limit stops there, counted on the bytes inflated", () => {
  const zip = zipSync({'a.txt': strToU8('x'.repeat(3_000_000))});
  const entry = zipEntries(zip).get('a.txt')!;
  let got = 0;
  const reader = entryReader(zip, entry, (t) => (got += t.length), 1_000_000);
  assert.throws(
    () => {
      while (!reader.step());
    },
    (e: unknown) => e instanceof ZipSizeError && !e.declared && e.limit === 1_000_000 && e.inflated > 1_000_000,
  );
  assert.ok(got <= 1_000_000, `${got} characters handed on`);
});
