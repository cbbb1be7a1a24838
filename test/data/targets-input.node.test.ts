// The targets reader: a plan's targets supplied by the page, as offices make the files (comma and Excel's ";" CSV,
// Unicode Text, .xlsx, JSON in three forms), with vi-VN numbers and Vietnamese words, every bad row named.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {strToU8, zipSync} from 'fflate';
import {
  readComparator,
  readMeasure,
  readRecurrence,
  readSpan,
  readTargets,
  readTargetsSync,
  spanInTitle,
  TARGET_COLUMNS,
  targetsToInline,
  inlineToCsv,
  type PageTarget,
  type TargetIssue,
} from '../../src/data/targets/input.js';
import {describeIssue} from '../../src/i18n/targets.js';

const TODAY = '2026-03-01';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/targets/${name}`, import.meta.url));
const read = (name: string) => readTargets(fixture(name), {file: name, today: TODAY});
const brief = (t: PageTarget) => [t.comparator, t.value, t.value_max, t.measure, t.target_year, t.recurrence];
const where = (i: TargetIssue) => [i.line, i.column, i.code, i.value];
const TITLE = 'Kế hoạch phòng, chống mại dâm trên địa bàn xã Đông Sơn năm 2025 (ví dụ kiểm thử)';

test('plan.csv: five targets, Vietnamese words and vi-VN numbers, the plan on its first row only', async () => {
  const {targets, issues, info} = await read('plan.csv');
  assert.deepEqual(issues, []);
  assert.deepEqual(info, {encoding: 'utf-8', format: 'csv', separator: ',', decimal: ',', total: 5});
  assert.deepEqual(targets.map(brief), [
    ['>=', 80, null, 'percent', 2025, 'once'],
    ['>=', 5300, null, 'count', 2025, 'once'],
    ['=', 100, null, 'percent', 2025, 'annual'],
    // No year and no comparator: the plan's last year, a bare figure.
    ['=', 100, null, 'percent', 2025, 'continuous'],
    ['>=', 2, null, 'per_month', 2025, 'once'],
  ]);
  assert.equal(targets[1].counted, 'người dân');
  assert.equal(targets[0].counted, null);
  assert.deepEqual(
    targets.map((t) => t.result),
    [
      {
        value: 72.5,
        as_of: '2025-12-31',
        source_title: 'Báo cáo tổng kết năm 2025 của UBND xã (ví dụ kiểm thử)',
        source_url: null,
      },
      {
        value: 5412,
        as_of: '2025-12-31',
        source_title: 'Báo cáo tổng kết năm 2025 của UBND xã (ví dụ kiểm thử)',
        source_url: null,
      },
      null,
      null,
      null,
    ],
  );
  // Filled down from the first row.
  for (const t of targets)
    assert.deepEqual(t.plan, {
      title: TITLE,
      issuer: 'UBND xã Đông Sơn',
      document: '45/KH-UBND',
      date: '2025-01-15',
      url: null,
      span: [2025, 2025],
      unit: null,
    });
  assert.equal(targets[4].quote, 'Đài truyền thanh xã phát ít nhất 02 tin, bài về phòng, chống mại dâm mỗi tháng.');
  assert.deepEqual(
    targets.map((t) => t.line),
    [2, 3, 4, 5, 6],
  );
});

test('plan-bad-row.csv: the bad row is named by line, column and value, in both languages; the others are read', async () => {
  const {targets, issues} = await read('plan-bad-row.csv');
  assert.equal(targets.length, 5);
  assert.deepEqual(issues.map(where), [[4, 'value', 'not_number', 'bảy mươi']]);
  assert.equal(
    describeIssue('vi', issues[0]).message,
    'plan-bad-row.csv dòng 4, cột value: "bảy mươi" không phải là số (cần chữ số, dấu "." hoặc "," thập phân)',
  );
  assert.equal(
    describeIssue('en', issues[0]).message,
    'plan-bad-row.csv line 4, column value: "bảy mươi" is not a number (expected digits with "." or "," as decimal separator)',
  );
});

test("Excel's vi-VN CSV: BOM, semicolons, Vietnamese headers, a range in one cell, the span from the title", async () => {
  const {targets, issues, info} = await read('plan-excel-vi.csv');
  assert.deepEqual(issues, []);
  assert.equal(info.encoding, 'utf-8-bom');
  assert.equal(info.separator, ';');
  assert.deepEqual(targets.map(brief), [
    ['>=', 80, null, 'percent', 2025, 'once'],
    ['range', 60, 70, 'percent', 2025, 'once'],
    ['=', 100, null, 'percent', 2025, 'once'],
  ]);
  assert.equal(targets[0].result?.value, 72.5);
  assert.deepEqual(targets[2].plan.span, [2025, 2025]);
  assert.equal(targets[2].plan.title, TITLE);
});

test('Unicode Text (UTF-16LE, tabs), an .xlsx by exceljs, and a Windows-1258 file (GNU iconv)', async () => {
  const text = await read('plan-unicode.txt');
  assert.deepEqual(text.issues, []);
  assert.equal(text.info.format, 'tsv');
  assert.equal(text.info.encoding, 'utf-16le');
  assert.deepEqual(text.targets.map(brief), [
    ['>=', 80, null, 'percent', 2025, 'once'],
    ['>=', 2, null, 'per_month', 2025, 'once'],
  ]);

  const book = await read('plan.xlsx');
  assert.deepEqual(book.issues, []);
  assert.equal(book.info.sheet, 'Chỉ tiêu');
  // 0.8 formatted 0%: 80, and a percentage without a measure column; a real date cell; a year as a number.
  assert.deepEqual(book.targets.map(brief), [
    ['>=', 80, null, 'percent', 2025, 'once'],
    ['>=', 5300, null, 'count', 2025, 'once'],
  ]);
  assert.deepEqual(book.targets[0].result, {value: 72.5, as_of: '2025-12-31', source_title: null, source_url: null});

  const legacy = await read('plan-cp1258.csv');
  assert.deepEqual(legacy.issues, []);
  assert.equal(legacy.info.encoding, 'windows-1258');
  assert.deepEqual(legacy.targets.map(brief), [['>=', 80, null, 'percent', 2025, 'once']]);
  assert.equal(legacy.targets[0].label, 'Thôn, bản tổ chức tuyên truyền thường xuyên');
});

test('a workbook target whose value is a formula with no calculated value is named by its cell, not charted', async () => {
  const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const PKG = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
  const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
  const rows =
    `<row r="1">${text('A1', 'label')}${text('B1', 'value')}${text('C1', 'measure')}${text('D1', 'target_year')}${text('E1', 'quote')}</row>` +
    `<row r="2">${text('A2', 'Xã tổ chức tuyên truyền')}<c r="B2"><f>80</f></c>${text('C2', '%')}<c r="D2"><v>2025</v></c>${text('E2', 'Ít nhất 80% xã tổ chức tuyên truyền.')}</row>` +
    `<row r="3">${text('A3', 'Thôn có tổ tự quản')}<c r="B3"><f>70</f><v>70</v></c>${text('C3', '%')}<c r="D3"><v>2025</v></c>${text('E3', 'Ít nhất 70% thôn có tổ tự quản.')}</row>`;
  const bytes = zipSync({
    '_rels/.rels': strToU8(
      `<Relationships ${PKG}><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="r1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships ${PKG}><Relationship Id="r1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`),
  });
  const r = await readTargets(bytes, {file: 'chi-tieu.xlsx', today: TODAY});
  assert.deepEqual(r.targets.map(brief), [['=', 70, null, 'percent', 2025, 'once']]);
  assert.deepEqual(
    r.issues.map((i) => [...where(i), i.cell]),
    [[2, 'value', 'uncalculated_formula', '=80', 'B2']],
  );
  assert.equal(
    describeIssue('vi', r.issues[0]).message,
    'chi-tieu.xlsx dòng 2, cột value (ô B2): ô là công thức =80 chưa được tính (tệp không lưu kết quả của nó): hãy mở tệp bằng Excel rồi lưu lại',
  );
});

test('JSON: two plans of one commune, each with its own metadata', async () => {
  const {targets, issues, info} = await read('plan-two.json');
  assert.deepEqual(issues, []);
  assert.equal(info.format, 'json');
  assert.deepEqual(
    targets.map((t) => [t.plan.document, t.plan.span, t.plan.unit, t.value, t.target_year]),
    [
      ['12/KH-UBND', [2016, 2020], 'xã Đông Sơn', 100, 2020],
      ['12/KH-UBND', [2016, 2020], 'xã Đông Sơn', 3000, 2020],
      ['30/KH-UBND', [2021, 2025], 'xã Đông Sơn', 80, 2025],
      ['30/KH-UBND', [2021, 2025], 'xã Đông Sơn', 5300, 2025],
    ],
  );
  assert.deepEqual(targets[2].result, {value: 85, as_of: '2025', source_title: null, source_url: null});
});

test('an array and an object: attributes fill what the targets leave empty, never what they give', () => {
  const row = {
    label: 'Xã tổ chức tuyên truyền',
    value: 70,
    comparator: 'ít nhất',
    measure: '%',
    quote: 'Ít nhất 70% xã tổ chức tuyên truyền.',
  };
  const plan = {title: 'Kế hoạch A', span: '2021-2025', document: '1/KH'};
  const a = readTargetsSync([row], {plan});
  assert.deepEqual(a.issues, []);
  assert.deepEqual(a.targets[0].plan, {
    title: 'Kế hoạch A',
    issuer: null,
    document: '1/KH',
    date: null,
    url: null,
    span: [2021, 2025],
    unit: null,
  });
  assert.equal(a.targets[0].target_year, 2025);
  const b = readTargetsSync(
    {title: 'Kế hoạch B', issuer: 'UBND huyện X', targets: [{...row, plan_document: '2/KH'}]},
    {plan},
  );
  assert.deepEqual(
    [b.targets[0].plan.title, b.targets[0].plan.issuer, b.targets[0].plan.document, b.targets[0].plan.span],
    ['Kế hoạch B', 'UBND huyện X', '2/KH', [2021, 2025]],
  );
  // As inline text: the same.
  assert.deepEqual(readTargetsSync(JSON.stringify([row]), {plan}).targets, a.targets);
});

test('a bad attribute is named once by its name and the rows still chart', () => {
  const rows = [1, 2].map((k) => ({
    label: `Chỉ tiêu ${k}`,
    value: 50,
    measure: '%',
    target_year: 2025,
    quote: `Câu ${k}.`,
  }));
  const {targets, issues} = readTargetsSync(rows, {plan: {date: '31/02/2025', url: 'ftp://x', span: '2025-2021'}});
  assert.equal(targets.length, 2);
  assert.deepEqual(
    issues.map((i) => [i.file, i.line, i.code, i.value]),
    [
      ['plan-date', 0, 'not_date', '31/02/2025'],
      ['plan-url', 0, 'bad_url', 'ftp://x'],
      ['plan-span', 0, 'bad_span', '2025-2021'],
    ],
  );
  assert.equal(
    describeIssue('vi', issues[2]).message,
    'plan-span: "2025-2021" không phải thời kỳ của kế hoạch (cần "2021-2025" hoặc một năm "2026")',
  );
});

test('every row problem, one per line, each named with its column', () => {
  const csv = [
    'label,value,value_max,comparator,measure,counted,target_year,recurrence,quote,result,result_as_of,result_source_url',
    'A,70,,khoảng chừng,%,,2025,,Câu A.,,,',
    'B,70,,>=,phần nghìn,,2025,,Câu B.,,,',
    'C,70,,>=,%,,20255,,Câu C.,,,',
    'D,70,,range,%,,2025,,Câu D.,,,',
    'E,70,60,range,%,,2025,,Câu E.,,,',
    'F,70,80,>=,%,,2025,,Câu F.,,,',
    ',70,,>=,%,,2025,,Câu G.,,,',
    'H,70,,>=,%,,2025,,,,,',
    'I,70,,>=,,,2025,,Câu I.,,,',
    'J,70,,>=,%,,,,Câu J.,,,',
    'K,170,,>=,%,,2025,,Câu K.,,,',
    'L,"2,5",,>=,count,người,2025,,Câu L.,,,',
    'M,-3,,>=,%,,2025,,Câu M.,,,',
    'N,-3,,=,annual_change_percent,,2025,,Câu N.,,,',
    'O,70,,>=,%,,2025,,Câu O.,75,31/12/2099,',
    'P,70,,>=,%,,2025,,Câu P.,75,2025,ftp://x',
    'Q,70,,>=,%,,2025,thỉnh thoảng,Câu Q.,,,',
    'N,-3,,=,annual_change_percent,,2025,,Câu N lần hai.,,,',
  ].join('\n');
  const {targets, issues} = readTargetsSync(csv, {file: 't.csv', today: TODAY});
  assert.deepEqual(issues.map(where), [
    [2, 'comparator', 'bad_comparator', 'khoảng chừng'],
    [3, 'measure', 'bad_measure', 'phần nghìn'],
    [4, 'target_year', 'bad_year', '20255'],
    [5, 'value_max', 'no_max', ''],
    [6, 'value_max', 'max_below', '60'],
    [7, 'value_max', 'max_not_range', '80'],
    [8, 'label', 'required', ''],
    [9, 'quote', 'required', ''],
    [10, 'measure', 'required', ''],
    [11, 'target_year', 'required', ''],
    [12, 'value', 'over_100', '170'],
    [13, 'value', 'not_integer', '2,5'],
    [14, 'value', 'negative', '-3'],
    [16, 'result_as_of', 'future_date', '31/12/2099'],
    [17, 'result_source_url', 'bad_url', 'ftp://x'],
    [18, 'recurrence', 'bad_recurrence', 'thỉnh thoảng'],
    [19, 'label', 'duplicate', 'N'],
  ]);
  // A decrease is a negative annual change.
  assert.deepEqual(
    targets.map((t) => [t.label, t.value]),
    [['N', -3]],
  );
  const say = (lang: 'vi' | 'en', line: number) =>
    describeIssue(
      lang,
      issues.find((i) => i.line === line)!,
    ).message;
  assert.equal(say('vi', 9), 't.csv dòng 9, cột quote: ô trống: cần câu nguyên văn trong kế hoạch nêu chỉ tiêu này');
  assert.equal(say('en', 6), 't.csv line 6, column value_max: the upper bound "60" is below the lower bound 70');
  assert.equal(
    say('vi', 19),
    't.csv dòng 19, cột label: dòng 15 đã có chỉ tiêu "N" với cùng mức và năm; dòng này bị bỏ qua',
  );
  assert.match(say('vi', 2), /"khoảng chừng" không phải cách so sánh/);
});

test('problems of the whole file', () => {
  const issue = (input: string | unknown[] | Record<string, unknown>) =>
    readTargetsSync(input, {file: 'f'}).issues.map(where);
  assert.deepEqual(issue('target_id,value\nx,1\n'), [[1, 'label', 'missing_column', '']]);
  assert.deepEqual(issue('   '), [[0, '', 'empty', '']]);
  assert.deepEqual(issue({rows: []}), [[0, '', 'not_array', '']]);
  assert.deepEqual(
    issue('[{"label": "A", ').map(([line, , code]) => [line, code]),
    [[1, 'json_syntax']],
  );
  assert.deepEqual(issue([3]), [[1, '', 'not_object', '3']]);
  assert.equal(
    describeIssue('vi', readTargetsSync('target_id,value\nx,1\n', {file: 'f.csv'}).issues[0]).message,
    'f.csv dòng 1: thiếu cột label: dòng tiêu đề cần cột label (chỉ tiêu) và cột value',
  );
});

test('numbers as vi-VN offices write them, decided per file', () => {
  const values = (rows: string[]) =>
    readTargetsSync(['label,value,measure,target_year,quote', ...rows].join('\n'), {today: TODAY});
  // "72,5" tells the file's decimal mark: "5.300" is then five thousand three hundred.
  const a = values(['A,"72,5",%,2025,Câu A.', 'B,5.300,count,2025,Câu B.']);
  assert.deepEqual(
    a.targets.map((t) => t.value),
    [72.5, 5300],
  );
  // Alone on a count, "5.300" can only be a whole number; "1.500" times a month could be either: reported.
  const b = values(['B,5.300,count,2025,Câu B.', 'C,1.500,per_month,2025,Câu C.']);
  assert.deepEqual(
    b.targets.map((t) => t.value),
    [5300],
  );
  assert.deepEqual(b.issues.map(where), [[3, 'value', 'ambiguous_number', '1.500']]);
  // A semicolon file comes from a decimal-comma locale.
  const c = readTargetsSync('label;value;measure;target_year;quote\nC;1.500;per_month;2025;Câu C.\n');
  assert.deepEqual(
    c.targets.map((t) => t.value),
    [1500],
  );
});

test('comparators, measures, recurrences and spans in the words plans use', () => {
  const cases: [string, string | undefined][] = [
    ['>=', '>='],
    ['≥', '>='],
    ['Ít nhất', '>='],
    ['tối thiểu', '>='],
    ['không dưới', '>='],
    ['từ 60% trở lên', '>='],
    ['trên', '>'],
    ['hơn', '>'],
    ['khoảng', '='],
    ['đạt', '='],
    ['=', '='],
    ['không quá', '<='],
    ['tối đa', '<='],
    ['dưới', '<='],
    ['range', 'range'],
    ['từ … đến', 'range'],
    ['khoảng từ … đến', 'range'],
    ['đến', 'range'],
    ['at least', '>='],
    ['khoảng chừng', undefined],
  ];
  for (const [w, c] of cases) assert.equal(readComparator(w), c, w);
  assert.deepEqual(
    ['%', 'Tỷ lệ', 'count', 'số lượng', 'lần/tháng', 'hằng tháng', 'lần/năm', '%/năm', 'per_year', 'kg'].map(
      readMeasure,
    ),
    [
      'percent',
      'percent',
      'count',
      'count',
      'per_month',
      'per_month',
      'per_year',
      'annual_change_percent',
      'per_year',
      undefined,
    ],
  );
  assert.deepEqual(
    ['', 'hằng năm', 'Hàng năm', 'duy trì', 'thường xuyên', 'once', 'đôi khi'].map((w) =>
      w ? readRecurrence(w) : 'once',
    ),
    ['once', 'annual', 'annual', 'continuous', 'continuous', 'once', undefined],
  );
  assert.deepEqual(
    ['2021-2025', '2021 – 2025', 'giai đoạn 2016-2020', '2026', 'năm 2026', '2025-2021', '25'].map(readSpan),
    [[2021, 2025], [2021, 2025], [2016, 2020], [2026, 2026], [2026, 2026], undefined, undefined],
  );
  assert.deepEqual(spanInTitle('Kế hoạch thực hiện Chương trình giai đoạn 2021 - 2025'), [2021, 2025]);
  assert.deepEqual(spanInTitle('Kế hoạch phòng, chống mại dâm năm 2026'), [2026, 2026]);
  assert.equal(spanInTitle('Kế hoạch phòng, chống mại dâm'), undefined);
});

test('inlineToCsv writes a targets CSV that reads back as the same targets (the plan builder’s download)', async () => {
  for (const name of ['plan.csv', 'plan-two.json', 'plan-excel-vi.csv']) {
    const {targets} = await read(name);
    const csv = inlineToCsv(targetsToInline(targets));
    assert.ok(csv.startsWith(`${TARGET_COLUMNS.join(',')}\r\n`), name);
    const again = readTargetsSync(csv, {file: 'chi-tieu.csv', today: TODAY});
    assert.deepEqual(again.issues, [], name);
    const strip = (ts: PageTarget[]) => ts.map(({line: _, ...t}) => t);
    assert.deepEqual(strip(again.targets), strip(targets), name);
  }
});

test('targetsToInline gives what the reader reads back: one plan, or several', async () => {
  for (const name of ['plan.csv', 'plan-two.json', 'plan-excel-vi.csv']) {
    const {targets} = await read(name);
    const inline = targetsToInline(targets);
    const again = readTargetsSync(JSON.parse(JSON.stringify(inline)) as Record<string, unknown>, {today: TODAY});
    assert.deepEqual(again.issues, [], name);
    const strip = (ts: PageTarget[]) => ts.map(({line: _, ...t}) => t);
    assert.deepEqual(strip(again.targets), strip(targets), name);
  }
  const one = targetsToInline((await read('plan.csv')).targets);
  assert.ok('targets' in one && one.title === TITLE && one.span === '2025' && one.targets.length === 5);
  const two = targetsToInline((await read('plan-two.json')).targets);
  assert.ok('plans' in two && two.plans.length === 2 && two.plans[0].span === '2016-2020');
});

test('inlineToCsv: a label that is a formula opens as text (a leading quote); numbers and comparators stay as they are', () => {
  const label = '=HYPERLINK("http://x","y")';
  const {targets, issues} = readTargetsSync(
    {
      title: TITLE,
      targets: [
        {label, comparator: '=', value: 3, measure: 'count', target_year: 2025, quote: '@SUM(A1)'},
        {label: '-1+2', comparator: '>=', value: 90, measure: 'percent', target_year: 2025, quote: '+ thêm'},
      ],
    },
    {today: TODAY},
  );
  assert.deepEqual(issues, []);
  const csv = inlineToCsv(targetsToInline(targets));
  const rows = csv.split('\r\n').slice(1, 3);
  const cells = (line: string) => line.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)!.map((c) => c.replace(/,$/, ''));
  const col = (name: string) => TARGET_COLUMNS.indexOf(name as (typeof TARGET_COLUMNS)[number]);
  assert.equal(cells(rows[0])[col('label')], `"'=HYPERLINK(""http://x"",""y"")"`);
  assert.equal(cells(rows[0])[col('quote')], `'@SUM(A1)`);
  assert.equal(cells(rows[0])[col('value')], '3');
  assert.equal(cells(rows[1])[col('label')], `'-1+2`);
  assert.equal(cells(rows[1])[col('quote')], `'+ thêm`);
  assert.equal(cells(rows[1])[col('value')], '90');
  // Read back, the comparator is still "=" (written as it is), the values still numbers.
  const again = readTargetsSync(csv, {file: 'chi-tieu.csv', today: TODAY});
  assert.deepEqual(again.issues, []);
  assert.deepEqual(
    again.targets.map((t) => [t.label, t.comparator, t.value]),
    [
      [`'${label}`, '=', 3],
      ["'-1+2", '>=', 90],
    ],
  );
});
