// A page's own plan as a dataset the views draw: one unit named from the plan, one indicator per label, targets
// with their quotes as objectives, results given beside them; the attainment, table and periods views on it.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {readTargets, readTargetsSync, type PageTarget} from '../../src/data/targets/input.js';
import {
  pagePlanDataset,
  pageUnit,
  periodsOf,
  placeOfIssuer,
  resolvePageRequest,
  type PagePlanDataset,
} from '../../src/data/targets/page-plan.js';
import {buildView} from '../../src/charts/build.js';
import {DEFAULT_THEME} from '../../src/charts/palettes.js';
import {MESSAGES} from '../../src/i18n/index.js';
import type {ResultLike} from '../../src/data/queries.js';
// English texts load on demand in the widget; here, as a page in English would.
import '../../src/i18n/en.js';

const NAMES = {vi: MESSAGES.vi.pagePlan, en: MESSAGES.en.pagePlan};
const TODAY = '2026-03-01';
const targetsOf = async (name: string) =>
  (await readTargets(readFileSync(new URL(`../fixtures/targets/${name}`, import.meta.url)), {file: name, today: TODAY}))
    .targets;

function draw(ds: PagePlanDataset, results: ResultLike[], view: string, lang: 'vi' | 'en' = 'vi', period?: string) {
  const r = resolvePageRequest(ds, {view, unit: 'bac-kan', period});
  assert.ok(r.ok, JSON.stringify(!r.ok && r.error));
  return buildView({ds, lang, theme: DEFAULT_THEME, width: 640}, r.request, results);
}

test('plan.csv as a dataset: one unit from the issuer, one plan, one indicator per label, quotes as objectives', async () => {
  const {ds, results} = pagePlanDataset(await targetsOf('plan.csv'), {names: NAMES, version: '1.1.0'});
  assert.equal(ds.version, '1.1.0');
  assert.deepEqual(ds.page, {unit_id: 'page', targets: 5});
  assert.deepEqual(
    ds.units.map((u) => [u.unit_id, u.slug, u.name, u.name_en, u.kind]),
    [['page', 'xa-dong-son', 'Xã Đông Sơn', 'Dong Son commune', 'country']],
  );
  assert.deepEqual(
    ds.plans.map((p) => [p.plan_id, p.period, p.span_start, p.span_end, p.document_no, p.issued_on, p.issuer]),
    [['page-1', '2025-2025', 2025, 2025, '45/KH-UBND', '2025-01-15', 'UBND xã Đông Sơn']],
  );
  assert.deepEqual(
    ds.indicators.map((i) => [i.indicator_id, i.label_vi, i.measure]),
    [
      ['page.a', 'Thôn, bản tổ chức tuyên truyền thường xuyên', 'percent'],
      ['page.b', 'Người dân được tuyên truyền', 'count'],
      ['page.c', 'Cơ sở kinh doanh dịch vụ được kiểm tra trong năm', 'percent'],
      ['page.d', 'Tin báo, tố giác được tiếp nhận, xử lý', 'percent'],
      ['page.e', 'Tin, bài trên đài truyền thanh xã', 'per_month'],
    ],
  );
  assert.deepEqual(
    ds.targets.map((t) => [t.target_id, t.section_role, t.quote.slice(0, 12)]),
    [
      ['page-1:page.a', 'objective', 'Ít nhất 80% '],
      ['page-1:page.b', 'objective', 'Tuyên truyền'],
      ['page-1:page.c', 'objective', '100% cơ sở k'],
      ['page-1:page.d', 'objective', 'Tiếp nhận, x'],
      ['page-1:page.e', 'objective', 'Đài truyền t'],
    ],
  );
  assert.deepEqual(
    results.map((r) => [r.target_id, r.value, r.as_of, r.source_kind, r.result_kind]),
    [
      ['page-1:page.a', 72.5, '2025-12-31', 'page', 'value'],
      ['page-1:page.b', 5412, '2025-12-31', 'page', 'value'],
    ],
  );
});

test('the attainment and table views draw it: five targets, the two results met and not met', async () => {
  const {ds, results} = pagePlanDataset(await targetsOf('plan.csv'), {names: NAMES});
  const model = draw(ds, results, 'attainment');
  assert.equal(model.title, 'Xã Đông Sơn: chỉ tiêu và kết quả năm 2025');
  assert.deepEqual(
    model.rows.map((r) => r.status),
    ['not_met', 'met', 'no_data', 'no_data', 'no_data'],
  );
  assert.equal(model.panels.length, 3, 'percent, count and per month are never on one axis');
  assert.equal(draw(ds, results, 'attainment', 'en').title, 'Dong Son commune: targets and results, 2025');
  const table = draw(ds, results, 'table');
  assert.equal(table.rows.length, 5);
  assert.equal(table.panels.length, 0);
});

test('two plans: the periods view pairs their labels; attainment shows the latest unless a period is asked', async () => {
  const {ds, results} = pagePlanDataset(await targetsOf('plan-two.json'), {names: NAMES});
  assert.deepEqual(
    ds.plans.map((p) => p.period),
    ['2016-2020', '2021-2025'],
  );
  assert.equal(ds.indicators.length, 2);
  const periods = draw(ds, results, 'periods');
  assert.equal(periods.title, 'Xã Đông Sơn: chỉ tiêu giai đoạn 2016–2020 và 2021–2025');
  assert.deepEqual(
    periods.rows.map((r) => [r.plan_id, r.value]),
    [
      ['page-1', 100],
      ['page-2', 80],
      ['page-1', 3000],
      ['page-2', 5300],
    ],
  );
  const latest = draw(ds, results, 'attainment');
  assert.deepEqual(
    latest.rows.map((r) => [r.plan_id, r.status]),
    [
      ['page-2', 'met'],
      ['page-2', 'no_data'],
    ],
  );
  assert.deepEqual(
    draw(ds, results, 'attainment', 'vi', '2016-2020').rows.map((r) => r.plan_id),
    ['page-1', 'page-1'],
  );
});

test('views that do not apply are refused with the ones that do', async () => {
  const one = pagePlanDataset(await targetsOf('plan.csv'), {names: NAMES}).ds;
  const two = pagePlanDataset(await targetsOf('plan-two.json'), {names: NAMES}).ds;
  assert.deepEqual(resolvePageRequest(one, {view: 'units'}), {
    ok: false,
    error: {code: 'page-view', value: 'units', valid: ['attainment', 'table'], plans: 1},
  });
  assert.deepEqual(resolvePageRequest(one, {view: 'periods'}), {
    ok: false,
    error: {code: 'page-view', value: 'periods', valid: ['attainment', 'table'], plans: 1},
  });
  assert.deepEqual(resolvePageRequest(two, {view: 'units'}), {
    ok: false,
    error: {code: 'page-view', value: 'units', valid: ['attainment', 'periods', 'table'], plans: 2},
  });
  // The `unit` attribute does not apply: the page's unit is drawn.
  const r = resolvePageRequest(one, {view: 'attainment', unit: 'quang-tri'});
  assert.ok(r.ok && r.request.units[0].unit_id === 'page');
});

test('the unit: plan-unit, else the place of the issuer, else the issuer, else "Kế hoạch"', () => {
  const meta = (o: {unit?: string; issuer?: string}) => ({
    title: null,
    issuer: o.issuer ?? null,
    document: null,
    date: null,
    url: null,
    span: null,
    unit: o.unit ?? null,
  });
  const name = (o: {unit?: string; issuer?: string}) => {
    const u = pageUnit([meta(o)], NAMES);
    return [u.name, u.name_en, u.kind, u.slug];
  };
  assert.deepEqual(name({issuer: 'UBND tỉnh Quảng Trị'}), ['Quảng Trị', 'Quang Tri', 'province', 'quang-tri']);
  assert.deepEqual(name({issuer: 'Ủy ban nhân dân thành phố Hà Nội'}), ['Hà Nội', 'Ha Noi', 'city', 'ha-noi']);
  assert.deepEqual(name({issuer: 'UBND huyện Quỳ Châu'}), ['Quỳ Châu', 'Quy Chau', 'district', 'quy-chau']);
  assert.deepEqual(name({unit: 'phường Đông Hà', issuer: 'UBND tỉnh Quảng Trị'}), [
    'Phường Đông Hà',
    'Dong Ha ward',
    'country',
    'phuong-dong-ha',
  ]);
  assert.deepEqual(name({issuer: 'Sở Y tế'}), ['Sở Y tế', 'So Y te', 'country', 'so-y-te']);
  assert.deepEqual(name({}), ['Kế hoạch', 'Plan', 'country', 'plan']);
  assert.equal(placeOfIssuer('Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An'), 'tỉnh Nghệ An');
});

test("periods: a five-year plan holds its annual plans; annual plans alone share their years' span", () => {
  assert.deepEqual(
    periodsOf([
      [2021, 2025],
      [2023, 2023],
    ]),
    ['2021-2025', '2021-2025'],
  );
  assert.deepEqual(
    periodsOf([
      [2024, 2024],
      [2025, 2025],
    ]),
    ['2024-2025', '2024-2025'],
  );
  assert.deepEqual(
    periodsOf([
      [2016, 2020],
      [2021, 2025],
      [2026, 2026],
    ]),
    ['2016-2020', '2021-2025', '2026-2026'],
  );
});

test('a ceiling reads lower-is-better; a label twice in one plan (milestones) gets two targets', () => {
  const row = (label: string, value: number, year: number, comparator = '>=') => ({
    label,
    value,
    comparator,
    measure: '%',
    target_year: year,
    quote: `Câu ${label} ${year}.`,
  });
  const {targets} = readTargetsSync({
    span: '2021-2025',
    targets: [
      row('Tái phạm', 5, 2025, 'không quá'),
      row('Xã tuyên truyền', 50, 2023),
      row('xã  tuyên truyền', 70, 2025),
    ],
  });
  const {ds} = pagePlanDataset(targets as PageTarget[], {names: NAMES});
  assert.deepEqual(
    ds.indicators.map((i) => [i.indicator_id, i.direction]),
    [
      ['page.a', 'lower_is_better'],
      ['page.b', 'higher_is_better'],
    ],
  );
  assert.deepEqual(
    ds.targets.map((t) => t.target_id),
    ['page-1:page.a', 'page-1:page.b', 'page-1:page.b:2'],
  );
  assert.throws(() => pagePlanDataset([], {names: NAMES}), /no targets/);
});
