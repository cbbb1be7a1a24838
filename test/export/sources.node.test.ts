// The texts that travel with a chart (src/export/sources.ts): the CSV of the rows shown, the source line naming each
// document's issuing authority and the results' sources, and the download file names.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {buildView} from '../../src/charts/build.js';
import {DEFAULT_THEME} from '../../src/charts/palettes.js';
import {documentText} from '../../src/charts/common.js';
import {
  documentKind,
  documentName,
  fileName,
  footerSources,
  issuerName,
  resultSources,
  rowsCsv,
  sourceLine,
} from '../../src/export/sources.js';
import {parseCsv} from '../../src/data/csv.js';
import {resolveRequest, type Attributes} from '../../src/data/request.js';
import {readResultsSync} from '../../src/data/results-input.js';
import {checkDataset} from '../../src/data/validate.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';
// English texts load on demand in the widget; here, as a page in English would.
import '../../src/i18n/en.js';

const ds = checkDataset(readCheckInput()).dataset!;
const qnResults = readResultsSync(readFileSync('test/fixtures/results-quang-ngai.csv', 'utf8'), ds, {
  file: 'results-quang-ngai.csv',
  today: '2026-11-30',
}).rows;
const request = (a: Attributes) => {
  const r = resolveRequest(ds, a);
  assert.ok(r.ok);
  return r.request;
};
const model = (a: Attributes, lang: 'vi' | 'en' = 'vi', results = qnResults) =>
  buildView({ds, lang, theme: DEFAULT_THEME, width: 600}, request(a), results);
const plan = (id: string) => ds.plans.find((p) => p.plan_id === id)!;

test('the CSV has one record per row shown, labelled in the reader’s language, with its document and quote', () => {
  const m = model({unit: 'bac-kan'}, 'en');
  const text = rowsCsv(ds, 'en', m.rows);
  const csv = parseCsv(text);
  assert.deepEqual(
    csv.records.map((r) => r.values.target_id),
    m.rows.map((r) => r.target_id),
  );
  const cc = csv.records.find((r) => r.values.target_id === 'bac-kan-2021-2025:communication.commune_coverage')!.values;
  assert.equal(cc.Unit, 'Bac Kan province');
  assert.equal(cc.Indicator, 'Communes with regular awareness activities');
  // Words for people, then the codes for programs.
  assert.deepEqual(
    [cc.Target, cc['Target value'], cc.Measure, cc.Status, cc.Document],
    ['at least 70%', '70', 'Share (%)', 'No data', 'Decision 2060/QĐ-UBND'],
  );
  assert.deepEqual(
    [cc.comparator, cc.measure, cc.status, cc.document_no],
    ['>=', 'percent', 'no_data', '2060/QĐ-UBND'],
  );
  assert.ok(cc.Quote.length > 20 && ds.targets.some((t) => t.quote === cc.Quote));
  // English: commas between cells, dots in numbers.
  assert.equal(text.split('\r\n')[0].split(',').length, Object.keys(cc).length);
});

test('the Vietnamese CSV opens in columns in Excel on a Vietnamese Windows: ";", decimal commas, words, dates as 31/12/2025', () => {
  const m = model({unit: 'quang-ngai'}, 'vi');
  const text = rowsCsv(ds, 'vi', m.rows);
  const header = text.slice(0, text.indexOf('\r\n'));
  assert.ok(header.startsWith('Đơn vị;Đơn vị báo cáo;Giai đoạn;Nội dung chỉ tiêu;Phạm vi;Chỉ tiêu;'), header);
  assert.ok(!header.includes(','), 'no comma in the header: a "," file opens in one column there');
  const csv = parseCsv(text, 'vi.csv', ';');
  const cc = csv.records.find(
    (r) => r.values.target_id === 'quang-ngai-2021-2025:communication.commune_coverage',
  )!.values;
  assert.deepEqual(
    [cc['Chỉ tiêu'], cc['Đơn vị tính'], cc['Kết quả'], cc['Giá trị kết quả'], cc['Kết quả tính đến'], cc['Trạng thái']],
    ['ít nhất 70%', 'Tỷ lệ (%)', '72,5%', '72,5', '31/12/2025', 'Đạt'],
  );
  assert.deepEqual(
    [cc['Văn bản'], cc['Ngày ban hành'], cc.issued_on],
    ['Quyết định 1736/QĐ-UBND', '05/11/2021', '2021-11-05'],
  );
  // A quote with ";" in it stays one cell.
  assert.ok(csv.records.every((r) => Object.keys(r.values).length === csv.header.length));
});

test('a result the source gives as a bound stays one in the CSV: "hơn 10.600", its comparator in a column of its own', () => {
  // A page's result with a comparator (the dataset's bound results have no target of their own).
  const shown = model({unit: 'quang-ngai'}, 'vi').rows.find((r) => r.result)!;
  const row = {...shown, result: {...shown.result!, value: 10600, comparator: '>' as const}};
  const rec = parseCsv(rowsCsv(ds, 'vi', [row]), 'vi.csv', ';').records[0].values;
  assert.match(rec['Kết quả'], /^hơn 10\.600/);
  assert.equal(rec['Giá trị kết quả'], '10600');
  assert.equal(rec.result_comparator, '>');
});

test('the CSV export, downloaded and filled in, reads back as a results file in both languages', () => {
  for (const lang of ['vi', 'en'] as const) {
    const m = model({unit: 'quang-ngai'}, lang);
    const back = readResultsSync(rowsCsv(ds, lang, m.rows), ds, {file: `export-${lang}.csv`, units: ['quang-ngai']});
    assert.deepEqual(back.issues, [], lang);
    assert.equal(back.info.separator, lang === 'vi' ? ';' : ',');
    assert.deepEqual(
      back.rows.map((r) => [r.target_id, r.value, r.as_of, r.source_title]),
      m.rows
        .filter((r) => r.result)
        .map((r) => [r.target_id, r.result!.value, r.result!.as_of, r.result!.source_title]),
      lang,
    );
    // The rows without a result are a template's rows not yet filled in: not errors.
    assert.equal(back.info.empty, m.rows.filter((r) => !r.result).length);
  }
  // A result dated by its year alone (Yên Bái's 75% in 2017) reads back with its year.
  const yb = model({unit: 'yen-bai'}, 'vi', []);
  const back = readResultsSync(rowsCsv(ds, 'vi', yb.rows), ds, {file: 'yb.csv'});
  assert.deepEqual(back.issues, []);
  assert.ok(back.rows.some((r) => r.as_of === '2017'));
});

test('a document is named by its kind and number, its date and its issuing authority', () => {
  assert.equal(documentKind('1736/QĐ-UBND'), 'decision');
  assert.equal(documentKind('12/KH-UBND'), 'plan');
  assert.equal(documentKind(null), null);
  assert.equal(documentName('vi', plan('quang-ngai-2021-2025')), 'Quyết định 1736/QĐ-UBND');
  assert.equal(documentName('en', plan('vn-qd1629-2021')), 'Decision 1629/QĐ-TTg');
  // No number: the title, or in a television frame's brief source line the plan's years.
  assert.equal(documentName('vi', plan('quang-tri-2022-2025')), plan('quang-tri-2022-2025').title);
  assert.equal(documentName('vi', plan('quang-tri-2022-2025'), true), 'Kế hoạch 2022–2025');
  // An annual plan: one year, not "2021–2021".
  assert.equal(documentName('en', plan('ho-chi-minh-2021'), true), 'Plan 2021');
  // A page that gives the number alone ("Kế hoạch số 06"): the kind from the title, never a bare "06".
  assert.equal(plan('ha-noi-2026-inspection').document_no, '06');
  assert.equal(documentName('vi', plan('ha-noi-2026-inspection')), 'Kế hoạch số 06');
  assert.equal(documentName('en', plan('ha-noi-2026-inspection')), 'Plan No. 06');
  assert.equal(documentText('vi', plan('ha-noi-2026-inspection')), 'số 06, không ghi ngày');
  assert.equal(issuerName(ds, 'vi', plan('quang-ngai-2021-2025'), true), 'Chủ tịch UBND tỉnh Quảng Ngãi');
  assert.equal(issuerName(ds, 'vi', plan('quang-ngai-2021-2025')), 'Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi');
  assert.equal(
    issuerName(ds, 'en', plan('quang-ngai-2021-2025')),
    "the Chair of the Quang Ngai Provincial People's Committee",
  );
  assert.equal(issuerName(ds, 'en', plan('quy-chau-2025')), "the Quy Chau District People's Committee");
  // "Ủy ban nhân dân Thành phố Hồ Chí Minh", the level word capitalised as the page writes it.
  assert.equal(issuerName(ds, 'en', plan('ho-chi-minh-2021')), "the Ho Chi Minh City People's Committee");
  assert.equal(issuerName(ds, 'en', plan('vn-qd361-2016')), 'the Prime Minister');
});

test('the source line names the issuing authority and document, and the results’ sources when results are shown', () => {
  const m = model({unit: 'quang-ngai'});
  assert.equal(
    sourceLine(ds, 'vi', m.rows, m.statuses),
    `Nguồn: Quyết định 1736/QĐ-UBND ngày 05/11/2021 của Chủ tịch UBND tỉnh Quảng Ngãi; số liệu kết quả: Báo cáo tổng kết (ví dụ kiểm thử); Báo cáo năm 2023 (ví dụ kiểm thử); Báo cáo năm 2024 (ví dụ kiểm thử) · Dữ liệu plan-chart v${ds.version}, CC BY 4.0`,
  );
  const en = model({unit: 'quang-ngai'}, 'en');
  assert.match(
    sourceLine(ds, 'en', en.rows, en.statuses),
    /^Sources: Decision 1736\/QĐ-UBND of 5 Nov 2021 by the Chair of the Quang Ngai Provincial People's Committee; results: Báo cáo tổng kết \(ví dụ kiểm thử\);/,
  );
  // Without results, no results part; results the page gave without a title are said to come from the page.
  const none = model({unit: 'quang-ngai'}, 'vi', []);
  assert.ok(!sourceLine(ds, 'vi', none.rows, none.statuses).includes('số liệu kết quả'));
  const untitled = qnResults.map((r) => ({...r, source_title: null}));
  assert.deepEqual(resultSources('vi', model({unit: 'quang-ngai'}, 'vi', untitled).rows), [
    'do trang đăng biểu đồ cung cấp',
  ]);
});

test('periods: plans without a number are named by title in the footer, by their years in a brief source line', () => {
  const m = model({unit: 'quang-tri', view: 'periods'});
  assert.deepEqual(m.plans, ['quang-tri-2017-2020', 'quang-tri-2022-2025']);
  assert.equal(
    sourceLine(ds, 'vi', m.rows, m.statuses, true),
    `Nguồn: Kế hoạch 2017–2020 của UBND tỉnh Quảng Trị (nguồn thứ cấp: infonet.vn); Kế hoạch 2022–2025 của UBND tỉnh Quảng Trị · Dữ liệu plan-chart v${ds.version}, CC BY 4.0`,
  );
  assert.deepEqual(footerSources(ds, 'vi', m.plans), [
    `${plan('quang-tri-2017-2020').title} của UBND tỉnh Quảng Trị (nguồn thứ cấp: infonet.vn)`,
    `${plan('quang-tri-2022-2025').title} của UBND tỉnh Quảng Trị`,
  ]);
  assert.deepEqual(footerSources(ds, 'en', ['bac-kan-2021-2025', 'vn-qd361-2016']), [
    "Decision 2060/QĐ-UBND of 1 Nov 2021 by the Bac Kan Provincial People's Committee",
    'Decision 361/QĐ-TTg of 7 Mar 2016 by the Prime Minister (secondary source: infonet.vietnamnet.vn)',
  ]);
});

test('file names say what they are, with no empty part', () => {
  const bk = request({unit: 'bac-kan'});
  assert.equal(fileName(bk, 'png'), 'plan-chart-attainment-bac-kan-2021-2025.png');
  assert.equal(fileName(request({unit: 'quang-tri', view: 'periods'}), 'png'), 'plan-chart-periods-quang-tri.png');
  assert.equal(fileName(bk, 'png', '1920x1080-1of3'), 'plan-chart-attainment-bac-kan-2021-2025-1920x1080-1of3.png');
  assert.equal(fileName(bk, 'png', '1080x1080'), 'plan-chart-attainment-bac-kan-2021-2025-1080x1080.png');
  assert.equal(
    fileName(bk, 'png', 'print-2col-300dpi'),
    'plan-chart-attainment-bac-kan-2021-2025-print-2col-300dpi.png',
  );
  assert.equal(fileName(bk, 'bib'), 'plan-chart-attainment-bac-kan-2021-2025.bib');
  assert.equal(fileName(bk, 'ris'), 'plan-chart-attainment-bac-kan-2021-2025.ris');
  assert.equal(fileName(bk, 'json', 'csl'), 'plan-chart-attainment-bac-kan-2021-2025-csl.json');
  assert.equal(
    fileName(request({view: 'units'}), 'csv'),
    'plan-chart-units-communication.commune_coverage-2021-2025.csv',
  );
});
