// Workbook details the reader must get right, on small .xlsx files assembled here part by part (fflate's zipSync
// and hand-written SpreadsheetML): inline and rich shared strings, Excel's 1900 leap-year bug, the 1904 date
// system, formula results and errors, dates in the value column, hidden sheets, CSV lines pasted into column A.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {strToU8, zipSync} from 'fflate';
import {checkDataset} from '../../src/data/validate.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';
import {readResults} from '../../src/data/results-input.js';
import {describeIssue} from '../../src/i18n/results.js';
import {formatKind, wholeElements} from '../../src/data/read/xlsx.js';

const ds = checkDataset(readCheckInput()).dataset;
const QN = 'quang-ngai-2021-2025';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface Book {
  sheets: {name: string; rows: string; state?: string}[];
  shared?: string[];
  date1904?: boolean;
  /** cellXfs numFmtIds, in order (style 0 first). */
  styles?: number[];
  customFormats?: Record<number, string>;
}

/** An .xlsx from sheet XML (the <row> elements), shared string items (<si> inner XML) and cell styles. */
function xlsx(book: Book): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    '_rels/.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook ${NS} xmlns:r="${REL}">${book.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${book.sheets
        .map(
          (s, k) =>
            `<sheet name="${s.name}" sheetId="${k + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${k + 1}"/>`,
        )
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${book.sheets
        .map((_, k) => `<Relationship Id="rId${k + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${k + 1}.xml"/>`)
        .join(
          '',
        )}<Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rT" Type="${REL}/styles" Target="/xl/styles.xml"/></Relationships>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `<?xml version="1.0"?><sst ${NS}>${(book.shared ?? []).map((s) => `<si>${s}</si>`).join('')}</sst>`,
    ),
    'xl/styles.xml': strToU8(
      `<?xml version="1.0"?><styleSheet ${NS}><numFmts>${Object.entries(book.customFormats ?? {})
        .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`)
        .join(
          '',
        )}</numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs>${(book.styles ?? [0]).map((id) => `<xf numFmtId="${id}"/>`).join('')}</cellXfs></styleSheet>`,
    ),
  };
  book.sheets.forEach((s, k) => {
    files[`xl/worksheets/sheet${k + 1}.xml`] = strToU8(
      `<?xml version="1.0"?><worksheet ${NS}><sheetData>${s.rows}</sheetData></worksheet>`,
    );
  });
  return zipSync(files);
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const num = (ref: string, v: number | string, style = 0) =>
  `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${v}</v></c>`;
const header = `<row r="1">${inline('A1', 'target_id')}${inline('B1', 'value')}${inline('C1', 'as_of')}${inline('D1', 'note')}</row>`;
const read = (bytes: Uint8Array, file = 'w.xlsx') => readResults(bytes, ds, {file, today: '2026-06-01'});

test('inline strings, rich-text shared strings (phonetic runs left out), entities and _x000D_ escapes', async () => {
  const r = await read(
    xlsx({
      shared: [
        `<r><t>${QN}:communication.</t></r><r><rPr><b/></rPr><t>students</t></r><rPh><t>ふりがな</t></rPh>`,
        '<t xml:space="preserve">Ghi chú &amp; &lt;1&gt;_x000D_dòng 2</t>',
      ],
      sheets: [
        {
          name: 'Sheet1',
          rows: `${header}<row r="2"><c r="A2" t="s"><v>0</v></c>${num('B2', 64)}<c r="D2" t="s"><v>1</v></c></row>`,
        },
      ],
    }),
  );
  assert.deepEqual(r.issues, []);
  assert.equal(r.rows[0].target_id, `${QN}:communication.students`);
  assert.equal(r.rows[0].notes, 'Ghi chú & <1>\rdòng 2');
});

test("Excel's 1900 leap-year bug: serial 59 is 28 Feb 1900, 61 is 1 Mar 1900, 60 (29 Feb 1900) is no date", async () => {
  const row = (n: number, serial: number) =>
    `<row r="${n}">${inline(`A${n}`, `${QN}:communication.students`)}${num(`B${n}`, n)}${num(`C${n}`, serial, 1)}</row>`;
  const r = await read(
    xlsx({styles: [0, 14], sheets: [{name: 'S', rows: header + row(2, 59) + row(3, 61) + row(4, 60) + row(5, 45657)}]}),
  );
  assert.deepEqual(
    r.rows.map((x) => x.as_of),
    ['1900-02-28', '1900-03-01', '2024-12-31'],
  );
  assert.deepEqual(
    r.issues.map((i) => [i.line, i.column, i.code, i.cell]),
    [[4, 'as_of', 'not_date', 'C4']],
  );
});

test('the 1904 date system, custom date formats with a locale ([$-42A]dd/mm/yyyy), a time of day dropped', async () => {
  const r = await read(
    xlsx({
      date1904: true,
      styles: [0, 164],
      customFormats: {164: '[$-42A]dd/mm/yyyy;@'},
      sheets: [
        {
          name: 'S',
          rows: `${header}<row r="2">${inline('A2', `${QN}:communication.students`)}${num('B2', 64)}${num('C2', 44195.75, 1)}</row>`,
        },
      ],
    }),
  );
  // 44195 days after 1 January 1904.
  assert.deepEqual(
    r.rows.map((x) => x.as_of),
    ['2024-12-31'],
  );
  assert.equal(formatKind('[$-42A]dd/mm/yyyy;@'), 'date');
  assert.equal(formatKind('#,##0.0'), 'number');
  assert.equal(formatKind('0.0%'), 'percent');
  assert.equal(formatKind('General'), 'number');
  assert.equal(formatKind('0.0 "days"'), 'number');
  assert.equal(formatKind('[Red]#,##0'), 'number');
});

test('formula results are read as cached; errors, booleans and dates in the value column are named with their cell', async () => {
  const r = await read(
    xlsx({
      styles: [0, 14],
      sheets: [
        {
          name: 'S',
          rows:
            header +
            `<row r="2">${inline('A2', `${QN}:communication.students`)}<c r="B2"><f>A1*2</f><v>64</v></c></row>` +
            `<row r="3">${inline('A3', `${QN}:communication.commune_coverage`)}<c r="B3" t="str"><f>TEXT(1,"0")</f><v>71,5</v></c></row>` +
            `<row r="4">${inline('A4', `${QN}:prevention.local_plans`)}<c r="B4" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>` +
            `<row r="5">${inline('A5', `${QN}:prevention.integration`)}<c r="B5" t="b"><v>1</v></c></row>` +
            `<row r="6">${inline('A6', `${QN}:enforcement.reports_handled`)}${num('B6', 45721, 1)}</row>`,
        },
      ],
    }),
    'kq.xlsx',
  );
  assert.deepEqual(
    r.rows.map((x) => [x.target_id, x.value]),
    [
      [`${QN}:communication.students`, 64],
      [`${QN}:communication.commune_coverage`, 71.5],
    ],
  );
  assert.deepEqual(
    r.issues.map((i) => [i.line, i.code, i.value, i.cell]),
    [
      [4, 'excel_error', '#DIV/0!', 'B4'],
      [5, 'not_number', 'TRUE', 'B5'],
      [6, 'date_in_value', '05/03/2025', 'B6'],
    ],
  );
  const m = (k: number, lang: 'vi' | 'en') => describeIssue(lang, r.issues[k]).message;
  assert.equal(m(0, 'vi'), 'kq.xlsx dòng 4, cột value (ô B4): ô có lỗi công thức của Excel (#DIV/0!)');
  assert.equal(m(0, 'en'), 'kq.xlsx line 4, column value (cell B4): the cell holds an Excel formula error (#DIV/0!)');
  assert.equal(
    m(2, 'vi'),
    'kq.xlsx dòng 6, cột value (ô B6): ô chứa ngày 05/03/2025, không phải số: Excel có thể đã tự đổi số thành ngày; hãy định dạng ô là Số (Number) rồi nhập lại',
  );
});

test('a formula with no calculated value is named by its cell and its row left out, never read as 0', async () => {
  // A quarterly sheet whose total F is SUM(B:E), written by a script (no cached <v>) or saved with manual
  // calculation: no <v>, <v/>, an empty <v></v>, a cell sharing the formula; a formula with its result keeps it.
  const cols = ['target_id', 'q1', 'q2', 'q3', 'q4', 'value', 'as_of', 'note'];
  const head = `<row r="5">${cols.map((c, k) => inline(`${'ABCDEFGH'[k]}5`, c)).join('')}</row>`;
  const quarters = (n: number) => [1, 2, 3, 4].map((k) => num(`${'BCDE'[k - 1]}${n}`, 10 + k)).join('');
  const row = (n: number, target: string, f: string, rest = '') =>
    `<row r="${n}">${inline(`A${n}`, `${QN}:${target}`)}${quarters(n)}${f}${rest}</row>`;
  const r = await read(
    xlsx({
      styles: [0, 14],
      sheets: [
        {
          name: 'S',
          rows:
            head +
            row(6, 'communication.students', '<c r="F6"><f>SUM(B6:E6)</f></c>') +
            row(7, 'communication.commune_coverage', '<c r="F7"><f>SUM(B7:E7)</f><v/></c>') +
            row(8, 'prevention.local_plans', '<c r="F8"><f>SUM(B8:E8)</f><v></v></c>') +
            row(9, 'prevention.integration', '<c r="F9"><f t="shared" ref="F9:F10" si="0">SUM(B9:E9)</f></c>') +
            row(10, 'enforcement.reports_handled', '<c r="F10"><f t="shared" si="0"/></c>') +
            row(
              11,
              'communication.workers_at_risk_venues',
              '<c r="F11"><f>SUM(B11:E11)</f><v>50</v></c>',
              `${num('G11', 45657, 1)}<c r="H11" t="str"><f>IF(B11&gt;100,"x","")</f><v></v></c>`,
            ) +
            row(
              12,
              'communication.industrial_zone_workers',
              num('F12', 40),
              '<c r="G12" s="1"><f>DATE(2025,12,31)</f></c>',
            ),
        },
      ],
    }),
    'kq.xlsx',
  );
  assert.deepEqual(
    r.rows.map((x) => [x.target_id, x.value, x.as_of, x.notes]),
    [[`${QN}:communication.workers_at_risk_venues`, 50, '2024-12-31', null]],
  );
  assert.deepEqual(
    r.issues.map((i) => [i.line, i.column, i.code, i.value, i.cell]),
    [
      [6, 'value', 'uncalculated_formula', '=SUM(B6:E6)', 'F6'],
      [7, 'value', 'uncalculated_formula', '=SUM(B7:E7)', 'F7'],
      [8, 'value', 'uncalculated_formula', '=SUM(B8:E8)', 'F8'],
      [9, 'value', 'uncalculated_formula', '=SUM(B9:E9)', 'F9'],
      [10, 'value', 'uncalculated_formula', '', 'F10'],
      [12, 'as_of', 'uncalculated_formula', '=DATE(2025,12,31)', 'G12'],
    ],
  );
  const m = (k: number, lang: 'vi' | 'en') => describeIssue(lang, r.issues[k]).message;
  assert.equal(
    m(0, 'vi'),
    'kq.xlsx dòng 6, cột value (ô F6): ô là công thức =SUM(B6:E6) chưa được tính (tệp không lưu kết quả của nó): hãy mở tệp bằng Excel rồi lưu lại',
  );
  assert.equal(
    m(0, 'en'),
    'kq.xlsx line 6, column value (cell F6): the cell is a formula (=SUM(B6:E6)) with no calculated value (the file does not store its result): open the file in Excel and save it again',
  );
  assert.equal(
    m(4, 'vi'),
    'kq.xlsx dòng 10, cột value (ô F10): ô là công thức chưa được tính (tệp không lưu kết quả của nó): hãy mở tệp bằng Excel rồi lưu lại',
  );
});

test('an empty cached value without a formula is an empty cell, not 0 (was read as a result of 0)', async () => {
  const r = await read(
    xlsx({
      sheets: [
        {
          name: 'S',
          rows: `${header}<row r="2">${inline('A2', `${QN}:communication.students`)}<c r="B2"><v></v></c></row>`,
        },
      ],
    }),
  );
  // A target with no value: a template row not filled in.
  assert.deepEqual([r.rows, r.issues, r.info.empty], [[], [], 1]);
});

test('the first visible sheet is read; cells without references and rows with gaps land in their columns', async () => {
  const r = await read(
    xlsx({
      sheets: [
        {name: 'Ẩn', state: 'hidden', rows: header},
        {
          name: 'Dữ liệu',
          rows:
            `<row r="3"><c t="inlineStr"><is><t>target_id</t></is></c><c t="inlineStr"><is><t>value</t></is></c></row>` +
            `<row r="7">${inline('A7', `${QN}:communication.students`)}${num('B7', 64)}</row>` +
            `<row r="9">${num('B9', 70)}</row>`,
        },
      ],
    }),
  );
  assert.equal(r.info.sheet, 'Dữ liệu');
  assert.deepEqual(
    r.rows.map((x) => [x.result_id, x.value]),
    [['w.xlsx#7', 64]],
  );
  assert.deepEqual(
    r.issues.map((i) => [i.line, i.column, i.code]),
    [[9, 'target_id', 'required']],
  );
});

test('CSV lines pasted into column A of a workbook are named as such', async () => {
  const r = await read(
    xlsx({
      sheets: [
        {
          name: 'S',
          rows: `<row r="1">${inline('A1', 'target_id;value;as_of')}</row><row r="2">${inline('A2', `${QN}:communication.students;64;31/12/2025`)}</row>`,
        },
      ],
    }),
    'dan.xlsx',
  );
  assert.deepEqual([r.rows.length, r.issues[0].code, r.issues[0].cell], [0, 'one_column', 'A1']);
  assert.equal(
    describeIssue('vi', r.issues[0]).message,
    'dan.xlsx dòng 1 (ô A1): cả dòng nằm trong một ô ("target_id;value;as_of"): tệp CSV đã được mở trong Excel mà không tách cột; hãy tải thẳng tệp CSV lên, hoặc trong Excel dùng Dữ liệu > Văn bản thành Cột với dấu chấm phẩy (;)',
  );
});

test('a damaged zip, an OpenDocument spreadsheet and a Word document are named', async () => {
  const book = xlsx({sheets: [{name: 'S', rows: header}]});
  const damaged = await read(book.slice(0, 200), 'hong.xlsx');
  assert.equal(damaged.issues[0].code, 'bad_workbook');
  assert.equal(
    describeIssue('vi', damaged.issues[0]).message,
    'hong.xlsx: không đọc được sổ Excel (tệp hỏng, hoặc không phải .xlsx)',
  );
  const ods = zipSync({
    mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
    'content.xml': strToU8('<x/>'),
  });
  assert.deepEqual(
    (await read(ods)).issues.map((i) => [i.code, i.value]),
    [['unsupported_file', 'ods']],
  );
  const docx = zipSync({'word/document.xml': strToU8('<w/>')});
  assert.deepEqual(
    (await read(docx)).issues.map((i) => [i.code, i.value]),
    [['unsupported_file', 'docx']],
  );
});

test('a workbook with 20,000 rows is read in slices', async () => {
  let rows = header;
  for (let n = 2; n <= 20_001; n++)
    rows += `<row r="${n}">${inline(`A${n}`, `${QN}:communication.students`)}${num(`B${n}`, n % 100)}${num(`C${n}`, 20000 + n, 1)}</row>`;
  let yields = 0;
  const r = await readResults(xlsx({styles: [0, 14], sheets: [{name: 'S', rows}]}), ds, {
    today: '2026-06-01',
    sliceMs: 5,
    yieldEvery: async () => {
      yields++;
    },
  });
  assert.equal(r.rows.length, 20_000);
  assert.deepEqual(r.issues, []);
  assert.ok(yields > 2, `${yields} yields`);
});

test('text arriving in pieces is handed on in whole elements, whatever the cuts', () => {
  const xml = '<sheetData><row r="1"><c><v>1</v></c></row><x:row r="2"/><x:row r="3"><c/></x:row></sheetData>';
  for (let size = 1; size <= xml.length; size++) {
    const segments: string[] = [];
    const pieces = wholeElements('row', (s) => segments.push(s));
    for (let k = 0; k < xml.length; k += size) pieces.push(xml.slice(k, k + size));
    pieces.end();
    assert.equal(segments.join(''), xml, `pieces of ${size}`);
    // Every segment but the last ends with a closing row tag.
    for (const s of segments.slice(0, -1)) assert.match(s, /<\/(x:)?row>$/, `pieces of ${size}`);
  }
});
