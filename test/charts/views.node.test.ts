// Each view's model (src/charts/views/): title, summary, panels by measure, legend, rows and plans, from the real
// dataset, in both languages. No browser: buildView is a pure function.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {buildView} from '../../src/charts/build.js';
import {DEFAULT_THEME} from '../../src/charts/theme.js';
import {legendColor} from '../../src/charts/views/index.js';
import type {Lang} from '../../src/i18n.js';
import {resolveRequest, type Attributes} from '../../src/data/request.js';
import type {ResultLike} from '../../src/data/queries.js';
import {checkDataset} from '../../src/data/validate.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';

const ds = checkDataset(readCheckInput()).dataset!;
const ctx = (lang: Lang = 'vi') => ({ds, lang, theme: DEFAULT_THEME, width: 600});

function build(attrs: Attributes, lang: Lang = 'vi', results: ResultLike[] = []) {
  const r = resolveRequest(ds, attrs);
  if (!r.ok) throw new Error(`request failed: ${JSON.stringify(r.error)}`);
  return buildView(ctx(lang), r.request, results);
}

const result = (target_id: string, value: number, as_of: string): ResultLike => {
  const t = ds.targets.find((x) => x.target_id === target_id)!;
  return {
    result_id: `page-${target_id}`,
    target_id,
    unit_id: t.unit_id,
    indicator_id: t.indicator_id,
    period: t.period,
    result_kind: 'value',
    as_of,
    value,
    measure: t.measure,
    denominator: null,
    denominator_label: null,
    denominator_label_en: null,
    published_on: null,
    source_kind: 'page',
    quote: null,
    source_url: null,
    source_title: 'Báo cáo của Sở',
    notes: null,
    counted: null,
    counted_en: null,
  };
};

describe('attainment', () => {
  test('one panel per measure, in the measures’ order, every target of the plan', () => {
    const m = build({unit: 'bac-kan'});
    assert.equal(m.view, 'attainment');
    assert.equal(m.title, 'Tỉnh Bắc Kạn: chỉ tiêu và kết quả, giai đoạn 2021–2025');
    assert.deepEqual(
      m.panels.map((p) => p.measure),
      ['percent', 'per_month', 'annual_change_percent'],
    );
    assert.equal(
      m.panels.reduce((n, p) => n + p.targets.length, 0),
      m.rows.length,
    );
    assert.deepEqual(m.plans, ['bac-kan-2021-2025']);
    assert.equal(m.statuses, true);
    assert.deepEqual(
      m.legend.map((l) => `${l.symbol} ${l.text}`),
      ['✓ Đạt', '✗ Chưa đạt', '◷ Chưa đến hạn', '– Chưa có số liệu', '▶ ít nhất (mức sàn)', '◆ mức cụ thể', '▬ khoảng'],
    );
    assert.equal(
      m.summary,
      `Kế hoạch giai đoạn 2021–2025 của tỉnh Bắc Kạn có ${m.rows.length} chỉ tiêu bằng số. Chưa có kết quả báo cáo cho chỉ tiêu nào.`,
    );
  });

  test('results set the status, the summary counts them, and the bar is drawn in the status colour', () => {
    const id = 'quang-ngai-2021-2025:communication.commune_coverage';
    const m = build({unit: 'quang-ngai', lang: 'en'} as Attributes, 'en', [result(id, 72.5, '2025-12-31')]);
    const row = m.rows.find((r) => r.target_id === id)!;
    assert.equal(row.status, 'met');
    assert.match(m.summary, /Results are reported for 1: 1 met, 0 not met, 0 not yet due\./);
    const bar = m.panels[0].options.rows.find((r) => r.key === id)!.marks.find((k) => k.kind === 'bar')!;
    assert.equal(bar.color, DEFAULT_THEME.status.met);
    assert.equal(bar.x2, 72.5);
    assert.equal(m.panels[0].tooltip(id)!.Status, '✓ Met');
  });

  test('the table view is the same rows without a chart or legend', () => {
    const m = build({unit: 'bac-kan', view: 'table'});
    assert.equal(m.view, 'table');
    assert.deepEqual(m.panels, []);
    assert.deepEqual(m.legend, []);
    assert.equal(m.rows.length, build({unit: 'bac-kan'}).rows.length);
    assert.equal(m.title, 'Tỉnh Bắc Kạn: bảng chỉ tiêu, giai đoạn 2021–2025');
  });

  test('an indicator the plan does not have: empty, with what it does have', () => {
    const m = build({unit: 'quy-chau', indicator: 'harm_reduction.pilot_models'});
    assert.deepEqual(m.panels, []);
    assert.ok(m.empty!.available.some((a) => a.endsWith('(communication.commune_coverage)')));
  });
});

describe('periods', () => {
  test('a unit with plans in both periods: a dumbbell per indicator, with what changed', () => {
    const m = build({unit: 'quang-tri', view: 'periods'}, 'en');
    assert.equal(m.title, 'Quang Tri province: targets in 2016-2020 and 2021-2025');
    assert.match(m.summary, /lowered 1 .*Lowered: 100% → ≥\u00a070%\./);
    const row = m.panels[0].options.rows.find((r) => r.key === 'communication.commune_coverage|percent')!;
    assert.equal(row.detail, 'Lowered: 100% (2016–2020) → ≥\u00a070% (2021–2025)');
    // ○ 2016-2020 hollow, ● 2021-2025 filled, and a link between them.
    const points = row.marks.filter((k) => k.kind === 'point');
    assert.deepEqual(
      points.map((p) => [p.shape, p.filled, p.color]),
      [
        ['circle', false, DEFAULT_THEME.periods.before],
        ['circle', true, DEFAULT_THEME.periods.after],
      ],
    );
    assert.equal(row.marks.filter((k) => k.kind === 'link').length, 1);
    assert.deepEqual(
      m.legend.map((l) => l.symbol),
      ['○', '●', '▬', '≠'],
    );
  });

  test('a unit with one period is said so, and offered the indicator form', () => {
    const m = build({unit: 'bac-kan', view: 'periods'});
    assert.deepEqual(m.panels, []);
    assert.equal(m.offerIndicatorForm, 'Xã, phường, thị trấn tổ chức tuyên truyền thường xuyên');
    assert.match(m.summary, /^Tỉnh Bắc Kạn chỉ có kế hoạch giai đoạn 2021–2025/);
  });

  test('the indicator form: every plan of each period, in sections, earlier period hollow', () => {
    const m = build({view: 'periods'}, 'en');
    assert.equal(m.title, 'Communes with regular awareness activities: targets in the plans of both periods');
    const o = m.panels[0].options;
    assert.deepEqual(
      o.sections!.map((s) => s.label),
      ['Period 2016–2020', 'Period 2021–2025'],
    );
    const first = o.rows[0];
    assert.equal(first.label, 'National — plan 2016-2020 (secondary source)');
    assert.equal(first.marks.find((k) => k.kind === 'point')!.filled, false);
    assert.equal(m.statuses, false);
  });
});

describe('units', () => {
  test('one indicator across provinces, with the national reference and a legend', () => {
    const m = build({view: 'units'});
    assert.equal(m.view, 'units');
    assert.match(m.title, /^Xã, phường, thị trấn tổ chức tuyên truyền thường xuyên: so sánh giữa các tỉnh, 2021–2025$/);
    const o = m.panels[0].options;
    assert.deepEqual(
      o.references!.map((r) => r.label),
      ['Toàn quốc: ≥\u00a070%'],
    );
    assert.ok(o.rows.some((r) => r.label === 'Tỉnh Bắc Kạn'));
    // Sorted by name in the reader's language.
    const labels = o.rows.map((r) => r.label);
    assert.deepEqual(
      labels,
      [...labels].sort((a, b) => a.localeCompare(b, 'vi')),
    );
    assert.match(m.summary, /Chỉ tiêu quốc gia: ≥\u00a070%\./);
    assert.deepEqual(
      m.legend.map((l) => l.kind),
      ['target', 'target', 'national', 'muted'],
    );
  });

  test('a unit that counts something else is marked ≠ and drawn hollow', () => {
    const m = build({view: 'units', indicator: 'harm_reduction.pilot_models'});
    const flagged = m.panels.flatMap((p) => p.options.rows).filter((r) => r.badge?.text === '≠');
    assert.ok(flagged.length >= 1);
    for (const r of flagged) assert.ok(r.marks.every((k) => k.kind !== 'point' || k.filled === false));
    assert.match(m.summary, /được đánh dấu ≠/);
  });
});

test('every legend kind has a theme colour', () => {
  for (const attrs of [{unit: 'bac-kan'}, {view: 'periods', unit: 'quang-tri'}, {view: 'periods'}, {view: 'units'}])
    for (const l of build(attrs as Attributes).legend)
      assert.match(legendColor(DEFAULT_THEME, l.kind), /^#[0-9a-f]{6}$/);
});
