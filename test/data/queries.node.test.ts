import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkDataset} from '../../src/data/validate.js';
import {
  attainmentOf,
  comparableTargets,
  headlineTargets,
  joinResults,
  pairPeriods,
  periodsIn,
  periodsOf,
  planSeries,
  seriesChanges,
  targetsOn,
} from '../../src/data/queries.js';
import type {Result} from '../../src/data/schema.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';
import {widgetDataset} from '../../scripts/lib/widget-dataset.js';

const ds = checkDataset(readCheckInput()).dataset;

test('Quảng Trị has plans in both periods; Bắc Kạn in one; Hà Nội in 2021-2025 and 2026-2035', () => {
  assert.deepEqual(periodsOf(ds, '45'), ['2016-2020', '2021-2025']);
  assert.deepEqual(periodsOf(ds, '06'), ['2021-2025']);
  assert.deepEqual(periodsOf(ds, '01'), ['2021-2025', '2026-2035']);
  assert.deepEqual(periodsIn(ds), ['2016-2020', '2021-2025', '2026-2035']);
});

// Since 1.2.0 the 2017-2020 plan is an excerpt (a news page): a target it does not quote is not "dropped", one only
// the 2022-2025 plan states is not "new" (test/data/plan-completeness.node.test.ts).
test('Quảng Trị: commune coverage lowered from 100% to 70%; healthy communes and pilot models only per the excerpt', () => {
  const pairs = pairPeriods(ds, '45');
  const by = (id: string) => pairs.find((p) => p.indicator_id === id)!;
  assert.equal(by('communication.commune_coverage').change, 'lowered');
  assert.equal(by('communication.commune_coverage').before!.value, 100);
  assert.equal(by('communication.commune_coverage').after!.value, 70);
  assert.equal(by('healthy_communes.share').change, 'excerpt_2016_2020');
  assert.equal(by('harm_reduction.pilot_models').change, 'excerpt_2021_2025');
  assert.equal(by('communication.commune_coverage').comparable, true);
});

test('Bắc Kạn (one period): every pair is only_2021_2025, none new', () => {
  const pairs = pairPeriods(ds, '06');
  assert.ok(pairs.length > 10);
  assert.deepEqual([...new Set(pairs.map((p) => p.change))], ['only_2021_2025']);
  assert.ok(pairs.every((p) => p.before_period === '2016-2020' && p.after_period === '2021-2025' && !p.before));
});

test('comparableTargets: never a count against a percent; by scope where the indicator says so', () => {
  const t = (id: string) => ds.targets.find((x) => x.target_id === id)!;
  const hn = t('ha-noi-2026:communication.students');
  const hue = t('hue-2021-2025:communication.students');
  assert.equal(comparableTargets(hn, hue, ds.indicators), false, 'count vs percent');
  assert.equal(comparableTargets(hue, t('ca-mau-2021-2025:communication.students'), ds.indicators), true);
  assert.equal(
    comparableTargets(
      t('bac-kan-2021-2025:harm_reduction.pilot_models'),
      t('vn-qd1629-2021:harm_reduction.pilot_models'),
      ds.indicators,
    ),
    false,
    'pilot models: comparison none',
  );
  assert.equal(
    comparableTargets(
      t('ha-noi-2025:communication.residents'),
      t('ha-noi-2026:communication.residents'),
      ds.indicators,
    ),
    true,
    'two counts of residents',
  );
});

test('planSeries: Hà Nội from 2023 to 2026, in time order, one headline per indicator and measure in each plan', () => {
  const steps = planSeries(ds, '01');
  assert.deepEqual(
    steps.map((s) => s.plan.plan_id),
    ['ha-noi-2023', 'ha-noi-2024-inspection', 'ha-noi-2025', 'ha-noi-2026', 'ha-noi-2026-inspection'],
  );
  const students2025 = steps[2].targets.filter((t) => t.indicator_id === 'communication.students');
  assert.equal(students2025.length, 1);
  const changes = seriesChanges(planSeries(ds, '01', ['communication.residents']), ds.indicators);
  assert.deepEqual(
    changes.map((c) => [c.plan.plan_id, c.target.value, c.change, c.comparable]),
    [
      ['ha-noi-2025', 2000, 'first', false],
      ['ha-noi-2026', 5300, 'raised', true],
    ],
  );
});

test('national headline prefers the programme decision over the ministry plan, and the final milestone', () => {
  const h = headlineTargets(
    ds.targets.filter((t) => t.unit_id === 'VN'),
    ds.plans,
  );
  const ind = h.find((t) => t.indicator_id === 'communication.industrial_zone_workers')!;
  assert.equal(ind.plan_id, 'vn-qd1629-2021');
  const cc2016 = h.find((t) => t.indicator_id === 'communication.commune_coverage' && t.period === '2016-2020')!;
  assert.equal(cc2016.target_year, 2020);
  assert.equal(cc2016.value, 100);
});

test('Quảng Ngãi keeps provincial press (per month) and central press (per year) apart', () => {
  const pairs = pairPeriods(ds, '51', ['communication.media_frequency']);
  assert.deepEqual(pairs.map((p) => p.measure).sort(), ['per_month', 'per_year']);
});

test('"60 of 63 provinces" (with the activity) is attached as a unit count, never as the indicator value', () => {
  const joined = joinResults(
    ds.targets.filter((t) => t.unit_id === 'VN'),
    ds.results,
    ds.indicators,
  );
  const t = joined.find((x) => x.target_id === 'vn-qd361-2016:communication.commune_coverage:2020')!;
  assert.equal(t.result, null);
  assert.equal(t.status, 'no_data');
  assert.equal(t.unit_counts[0].value, 60);
  assert.equal(t.unit_counts[0].denominator, 63);
  assert.equal(t.unit_counts[0].result_kind, 'units_with_activity');
  // Yên Bái's results name this national target, but they are Yên Bái's: not the country's value.
  assert.ok(!joined.some((x) => x.result?.unit_id === '15'));
});

test("Yên Bái's attainment against the national milestones: met in 2017 and 2020", () => {
  const rows = attainmentOf(ds, ['15'], '2016-2020');
  assert.deepEqual(
    rows.map((r) => [r.target_id, r.reported_by, r.result?.value, r.status]),
    [
      ['vn-qd361-2016:communication.commune_coverage:2017', '15', 75, 'met'],
      ['vn-qd361-2016:communication.commune_coverage:2020', '15', 100, 'met'],
      ['vn-qd361-2016:communication.media_frequency', '15', 1, 'met'],
    ],
  );
  // Its count of inspections is context, not attainment.
  assert.deepEqual(
    attainmentOf(ds, ['15'], '2016-2020').flatMap((r) => r.context.map((c) => c.result_id)),
    [],
  );
});

test('count_context rows attach as context to the final deadline, never as a value or a unit count', () => {
  const rows = attainmentOf(ds, ['58'], null);
  assert.deepEqual(rows, [], 'Ninh Thuận has no target of its own and reports against none');
  const hcm = joinResults(
    ds.targets.filter((t) => t.plan_id === 'ho-chi-minh-2021'),
    ds.results,
    ds.indicators,
  );
  assert.ok(hcm.every((r) => r.result === null && r.unit_counts.length === 0));
  // Since 1.2.0 the 2025 counts are the merged city's (79@2025), reported after 1 July 2025: not context of the
  // former city's 2021 plan.
  assert.deepEqual(
    hcm.flatMap((r) => r.context.map((c) => c.result_id)),
    [],
  );
  assert.equal(ds.results.find((r) => r.result_id === 'ho-chi-minh-2025-cases')?.unit_id, '79@2025');
});

test('a value result by target id sets the status; the latest as_of wins', () => {
  const base: Result = {
    ...ds.results[0],
    target_id: 'bac-kan-2021-2025:communication.commune_coverage',
    unit_id: '06',
    period: '2021-2025',
    result_kind: 'value',
    measure: 'percent',
    denominator: null,
  };
  const results = [
    {...base, result_id: 'a', value: 50, as_of: '2023-12-31'},
    {...base, result_id: 'b', value: 72, as_of: '2025-12-31'},
  ];
  const [t] = joinResults(
    ds.targets.filter((x) => x.target_id === base.target_id),
    results,
    ds.indicators,
  );
  assert.equal(t.result!.result_id, 'b');
  assert.equal(t.status, 'met');
});

test('targetsOn reads the precomputed index of the widget dataset, and scans when the index is wrong', () => {
  const plain = ds!;
  const built = widgetDataset(plain);
  for (const ind of plain.indicators) {
    const scanned = plain.targets.filter((t) => t.indicator_id === ind.indicator_id).map((t) => t.target_id);
    assert.deepEqual(
      targetsOn(built, ind.indicator_id).map((t) => t.target_id),
      scanned,
    );
    assert.deepEqual(
      targetsOn(plain, ind.indicator_id).map((t) => t.target_id),
      scanned,
    );
  }
  // An index pointing at the wrong rows is not trusted.
  const id = 'communication.commune_coverage';
  const wrong = {...built, targets: [...built.targets], target_index: {indicator: {[id]: [0, 1, 2]}}};
  assert.deepEqual(
    targetsOn(wrong, id).map((t) => t.target_id),
    plain.targets.filter((t) => t.indicator_id === id).map((t) => t.target_id),
  );
});
