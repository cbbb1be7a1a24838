// The researchers' API in Node: arquero tables from the bundled files, typed by the zod schemas.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {op} from 'arquero';
import {loadDataset, loadProgrammes, loadTargets, periodComparison, targetsWithResults} from '../../src/data/load.js';

type Row = Record<string, unknown>;
const PACKAGE_VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}
).version;
const DATASET_VERSION = (
  JSON.parse(readFileSync(new URL('../../data/datapackage.json', import.meta.url), 'utf8')) as {version: string}
).version;

test('loadTargets gives an arquero table of every target with typed columns', async () => {
  const t = await loadTargets();
  assert.equal(t.numRows(), 183); // 1.2.0: five QĐ 1629 targets, QĐ 808's pilot models, two of Bình Thuận 2024; 1.3.0: Bình Thuận 2017 (2), Đồng Nai 2016-2020 (5)
  const row = t
    .filter((d: {target_id: string}) => d.target_id === 'quang-ngai-2021-2025:harm_reduction.pilot_models')
    .object() as Row;
  assert.equal(row.comparator, 'range');
  assert.equal(row.value, 1);
  assert.equal(row.value_max, 2);
  assert.equal(row.measure, 'count');
  assert.equal(row.counted_en, 'districts');
});

test('unit codes stay strings ("08", not 8)', async () => {
  const t = await loadTargets();
  const units = t.rollup({u: op.array_agg_distinct('unit_id')}).object() as {u: string[]};
  assert.ok(units.u.includes('08'));
});

test('the programme periods are a table of their own; 2026-2035 is a draft without a decision', async () => {
  const p = (await loadProgrammes()).objects() as Row[];
  assert.deepEqual(
    p.map((x) => [x.period, x.status, x.decision_no]),
    [
      ['2016-2020', 'approved', '361/QĐ-TTg'],
      ['2021-2025', 'approved', '1629/QĐ-TTg'],
      ['2026-2035', 'draft', null],
    ],
  );
});

test('a version that is not the one at src is refused', async () => {
  await assert.rejects(loadDataset({src: new URL('../../data/', import.meta.url), version: '9.9.9'}), {
    message: new RegExp(
      `^dataset version mismatch: requested 9\\.9\\.9, found ${DATASET_VERSION.replace(/\./g, '\\.')} at file:`,
    ),
  });
});

test('without src, a version other than the bundled one is an error naming the dataset version, never a download', async () => {
  const fetched: string[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = (async (u: string | URL) => {
    fetched.push(String(u));
    throw new Error('no network in tests');
  }) as typeof fetch;
  try {
    // The package's version (0.x) is not a dataset version: asking for it says which is which.
    assert.notEqual(PACKAGE_VERSION, DATASET_VERSION);
    await assert.rejects(loadDataset({version: PACKAGE_VERSION}), (e: Error) => {
      assert.match(
        e.message,
        new RegExp(
          `requested ${PACKAGE_VERSION.replace(/\./g, '\\.')}, the bundled dataset is ${DATASET_VERSION.replace(/\./g, '\\.')}`,
        ),
      );
      assert.match(e.message, /not of the plan-chart package/);
      assert.match(e.message, /\{src: /);
      return true;
    });
    const ds = await loadDataset({version: DATASET_VERSION});
    assert.equal(ds.version, DATASET_VERSION);
    assert.deepEqual(fetched, []);
  } finally {
    globalThis.fetch = original;
  }
});

test('README question: which targets did Quảng Trị lower from 2016-2020 to 2021-2025?', async () => {
  const lowered = (await periodComparison('45'))
    .filter((d: {change: string}) => d.change === 'lowered')
    .objects() as Row[];
  assert.deepEqual(
    lowered.map((d) => [d.indicator_id, d.period_before, d.value_before, d.period_after, d.value_after, d.comparable]),
    [['communication.commune_coverage', '2016-2020', 100, '2021-2025', 70, true]],
  );
  const [row] = lowered;
  assert.equal(row.scope_before, 'xã, phường, thị trấn');
  assert.equal(row.section_role_after, 'objective');
  assert.equal(row.source_kind_before, 'secondary');
  assert.equal(row.source_kind_after, 'official');
  assert.equal(row.value_max_after, null);
});

test('periodComparison takes a 2025 code or slug: "44" and "quang-tri" find the former Quảng Trị (45)', async () => {
  for (const key of ['44', 'quang-tri', '44@2025']) {
    const rows = (await periodComparison(key)).objects() as Row[];
    assert.ok(rows.length > 5, key);
    assert.ok(
      rows.every((r) => r.unit === '44@2025' && r.unit_id === '45'),
      key,
    );
  }
  await assert.rejects(periodComparison('quang-tri-x'), {message: /^unknown unit: "quang-tri-x" \(known: /});
});

test('periodComparison of a unit with plans in one period says so, never "dropped" or "new"', async () => {
  const rows = (await periodComparison('bac-kan')).objects() as Row[];
  assert.ok(rows.length > 10);
  assert.deepEqual([...new Set(rows.map((r) => r.change))], ['only_2021_2025']);
  assert.deepEqual([...new Set(rows.map((r) => `${r.period_before} → ${r.period_after}`))], ['2016-2020 → 2021-2025']);
  assert.ok(rows.every((r) => r.comparable === false && r.value_before === null));
});

test('a count and a percent of one indicator are separate rows, never compared', async () => {
  const rows = (
    await periodComparison('ha-noi', {indicators: ['enforcement.venues_inspected_annual']})
  ).objects() as Row[];
  assert.deepEqual(rows.map((r) => r.measure).sort(), ['count', 'percent']);
  const count = rows.find((r) => r.measure === 'count')!;
  assert.deepEqual(
    [count.period_before, count.value_before, count.period_after, count.value_after],
    ['2021-2025', 2000, '2026-2035', 2937],
  );
  assert.equal(count.counted_before, 'cơ sở');
});

test('comparison across annual plans: Huế 2021-2025, then 2022, 2023 and 2024', async () => {
  const rows = (
    await periodComparison('hue', {by: 'plan', indicators: ['communication.commune_coverage']})
  ).objects() as Row[];
  assert.deepEqual(
    rows.map((r) => [r.plan_id, r.value_now, r.change]),
    [
      ['hue-2021-2025', 75, 'first'],
      ['hue-2022', 100, 'raised'],
      ['hue-2023', 100, 'unchanged'],
      ['hue-2024', 100, 'unchanged'],
    ],
  );
  assert.ok(rows.slice(1).every((r) => r.comparable === true));
});

test("README question: provinces' annual inspection targets (as a percentage) against the national one", async () => {
  const t = (await loadTargets())
    .filter(
      (d: {indicator_id: string; measure: string; period: string}) =>
        d.indicator_id === 'enforcement.venues_inspected_annual' && d.measure === 'percent' && d.period === '2021-2025',
    )
    .select('plan_id', 'comparator', 'value')
    .objects() as Row[];
  assert.deepEqual(t.map((x) => `${x.plan_id} ${x.comparator} ${x.value}`).sort(), [
    'ba-ria-vung-tau-2021-2025 = 100',
    'bac-kan-2021-2025 >= 20',
    'ha-noi-2024-inspection >= 60',
    'nghe-an-2023 >= 20',
    'quang-ngai-2021-2025 >= 20',
    'quang-tri-2022-2025 >= 20',
    'quy-chau-2025 >= 40',
    'vn-qd1629-2021 >= 20',
    'vn-qd808-2022 >= 20',
  ]);
});

test('targetsWithResults keeps unit counts apart from values (60/63 provinces with the activity, 56/63 meeting it)', async () => {
  const t = (await targetsWithResults())
    .filter(
      (d: {
        unit_id: string;
        units_met: number | null;
        units_with_activity: number | null;
        reported_by: string | null;
      }) => d.unit_id === 'VN' && !d.reported_by && (d.units_met !== null || d.units_with_activity !== null),
    )
    .objects() as Row[];
  assert.deepEqual(
    t
      .map((d) => [d.target_id, d.units_met, d.units_total, d.units_with_activity, d.units_with_activity_of, d.status])
      .sort(),
    [
      ['vn-qd1629-2021:communication.commune_coverage', 56, 63, null, null, 'no_data'],
      // 1.2.0: QĐ 1629's monthly press target is a row; "100% các tỉnh, thành phố đều có thông tin …" attaches to it.
      ['vn-qd1629-2021:communication.media_frequency', null, null, 100, 63, 'no_data'],
      ['vn-qd361-2016:communication.commune_coverage:2020', null, null, 60, 63, 'no_data'],
    ],
  );
});

test("Yên Bái, without a plan of its own, meets QĐ 361's 2017 and 2020 milestones (and the national rows stay no_data)", async () => {
  for (const unit of ['yen-bai', '15@2025']) {
    const rows = (await targetsWithResults({unit, period: '2016-2020'})).objects() as Row[];
    const cc = rows
      .filter((r) => r.indicator_id === 'communication.commune_coverage')
      .map((r) => [r.target_id, r.reported_by, r.result_value, r.result_as_of, r.status]);
    assert.deepEqual(
      cc,
      [
        ['vn-qd361-2016:communication.commune_coverage:2017', '15', 75, '2017', 'met'],
        ['vn-qd361-2016:communication.commune_coverage:2020', '15', 100, '2020-11-27', 'met'],
      ],
      unit,
    );
  }
  const national = ((await targetsWithResults()).objects() as Row[]).filter((r) =>
    String(r.target_id).startsWith('vn-qd361-2016:communication.commune_coverage'),
  );
  assert.deepEqual(
    national.map((r) => [r.target_id, r.reported_by, r.status]).sort(),
    [
      ['vn-qd361-2016:communication.commune_coverage:2017', '15', 'met'],
      ['vn-qd361-2016:communication.commune_coverage:2017', null, 'no_data'],
      ['vn-qd361-2016:communication.commune_coverage:2020', '15', 'met'],
      ['vn-qd361-2016:communication.commune_coverage:2020', null, 'no_data'],
    ].sort(),
  );
});
