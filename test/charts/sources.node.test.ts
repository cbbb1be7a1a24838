// The texts that travel with a chart (src/charts/sources.ts): the CSV of the rows shown, the source line, the
// citation and the download file names.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {buildView} from '../../src/charts/build.js';
import {DEFAULT_THEME} from '../../src/charts/theme.js';
import {citation, fileName, footerSources, rowsCsv, sourceLine} from '../../src/charts/sources.js';
import {parseCsv} from '../../src/data/csv.js';
import {resolveRequest, type Attributes} from '../../src/data/request.js';
import {checkDataset} from '../../src/data/validate.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';
// English texts load on demand in the widget; here, as a page in English would.
import '../../src/i18n-en.js';

const ds = checkDataset(readCheckInput()).dataset!;
const request = (a: Attributes) => {
  const r = resolveRequest(ds, a);
  assert.ok(r.ok);
  return r.request;
};
const model = (a: Attributes, lang: 'vi' | 'en' = 'vi') =>
  buildView({ds, lang, theme: DEFAULT_THEME, width: 600}, request(a), []);

test('the CSV has one record per row shown, labelled in the reader’s language, with its document and quote', () => {
  const m = model({unit: 'bac-kan'}, 'en');
  const csv = parseCsv(rowsCsv(ds, 'en', m.rows));
  assert.deepEqual(
    csv.records.map((r) => r.values.target_id),
    m.rows.map((r) => r.target_id),
  );
  const cc = csv.records.find((r) => r.values.target_id === 'bac-kan-2021-2025:communication.commune_coverage')!.values;
  assert.equal(cc.unit, 'Bac Kan province');
  assert.equal(cc.indicator, 'Communes with regular awareness activities');
  assert.deepEqual([cc.comparator, cc.value, cc.status, cc.document_no], ['>=', '70', 'no_data', '2060/QĐ-UBND']);
  assert.ok(cc.quote.length > 20 && ds.targets.some((t) => t.quote === cc.quote));
});

test('the source line and the footer name each document, and the dataset with its version and licence', () => {
  const m = model({unit: 'quang-tri', view: 'periods'});
  // Neither Quảng Trị plan has a document number in its source: each is named by its title.
  const title = (id: string) => ds.plans.find((p) => p.plan_id === id)!.title;
  assert.deepEqual(m.plans, ['quang-tri-2017-2020', 'quang-tri-2022-2025']);
  assert.equal(
    sourceLine(ds, 'vi', m.rows),
    `Nguồn: ${title('quang-tri-2017-2020')}; ${title('quang-tri-2022-2025')} · Dữ liệu plan-chart v${ds.version} · CC BY 4.0`,
  );
  assert.deepEqual(footerSources(ds, 'en', ['bac-kan-2021-2025', 'vn-qd361-2016']), [
    '2060/QĐ-UBND (1 Nov 2021)',
    '361/QĐ-TTg (7 Mar 2016), secondary source',
  ]);
});

test('the citation names the chart, each plan’s issuer, title, number and date, and the dataset', () => {
  const m = model({unit: 'bac-kan'});
  assert.equal(
    citation(ds, 'vi', m.title, m.rows),
    `Tỉnh Bắc Kạn: chỉ tiêu và kết quả, giai đoạn 2021–2025. Ủy ban nhân dân tỉnh Bắc Kạn, Kế hoạch thực hiện Chương trình phòng, chống mại dâm tỉnh Bắc Kạn giai đoạn 2021 - 2025, 2060/QĐ-UBND, 01/11/2021. Dữ liệu: plan-chart-targets v${ds.version} (CC BY 4.0).`,
  );
});

test('file names say what they are, with no empty part', () => {
  assert.equal(fileName(request({unit: 'bac-kan'}), 'png'), 'plan-chart-attainment-bac-kan-2021-2025.png');
  assert.equal(fileName(request({unit: 'quang-tri', view: 'periods'}), 'png'), 'plan-chart-periods-quang-tri.png');
  assert.equal(
    fileName(request({unit: 'bac-kan'}), 'png', '1920x1080-1of3'),
    'plan-chart-attainment-bac-kan-2021-2025-1920x1080-1of3.png',
  );
  assert.equal(
    fileName(request({view: 'units'}), 'csv'),
    'plan-chart-units-communication.commune_coverage-2021-2025.csv',
  );
});
