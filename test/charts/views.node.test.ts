// Each view's model (src/charts/views/): title, summary, panels by measure, legend, rows and plans, from the real
// dataset, in both languages. No browser: buildView is a pure function.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {buildView} from '../../src/charts/build.js';
import {DEFAULT_THEME} from '../../src/charts/palettes.js';
import {legendColor} from '../../src/charts/views/index.js';
import type {Lang} from '../../src/i18n/index.js';
import {resolveRequest, type Attributes} from '../../src/data/request.js';
import type {ResultLike} from '../../src/data/queries.js';
import {checkDataset} from '../../src/data/validate.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';
// English texts load on demand in the widget; here, as a page in English would.
import '../../src/i18n/en.js';

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
  test('a plan without results: one compact list of its targets, the status said once, no promise of results', () => {
    const m = build({unit: 'bac-kan'});
    assert.equal(m.view, 'attainment');
    assert.equal(m.title, 'Tỉnh Bắc Kạn: chỉ tiêu giai đoạn 2021–2025');
    assert.equal(m.panels.length, 1);
    const list = m.panels[0];
    assert.equal(list.options.compact, true);
    assert.equal(list.title, `Các chỉ tiêu của kế hoạch (${m.rows.length})`);
    assert.equal(list.targets.length, m.rows.length);
    assert.deepEqual(m.plans, ['bac-kan-2021-2025']);
    // No status to show, so no status legend and no "Chưa có số liệu" on any row.
    assert.equal(m.statuses, false);
    assert.deepEqual(m.legend, []);
    const rows = list.options.rows;
    assert.ok(rows.every((r) => !/Chưa có số liệu/.test(`${r.label} ${r.detail} ${r.value}`)));
    assert.ok(rows.every((r) => r.marks.length === 0 && r.select?.id === r.key));
    // The figure in words; a target due at the plan's end needs no "đến 2025", a recurring one says it recurs.
    const coverage = rows.find((r) => r.key === 'bac-kan-2021-2025:communication.commune_coverage')!;
    assert.equal(coverage.value, '≥\u00a070%');
    assert.equal(coverage.detail, '');
    assert.ok(rows.some((r) => r.detail === 'hằng năm'));
    assert.match(
      m.notes.join(' '),
      /^Chưa có kết quả được báo cáo cho kế hoạch này\. Kết quả có trong báo cáo của đơn vị/,
    );
    // The quote stays one click away: the row's tooltip is the target's.
    assert.equal(list.tooltip(coverage.key)!['Chỉ tiêu'], 'ít nhất ≥\u00a070%');
    assert.equal(
      m.summary,
      `Kế hoạch giai đoạn 2021–2025 của tỉnh Bắc Kạn có ${m.rows.length} chỉ tiêu bằng số. Chưa có kết quả báo cáo cho chỉ tiêu nào.`,
    );
  });

  test('some rows with results: those are drawn first, one panel per measure; the rest follow as one list', () => {
    const id = 'quang-ngai-2021-2025:communication.commune_coverage';
    const m = build({unit: 'quang-ngai'}, 'vi', [result(id, 72.5, '2025-12-31')]);
    assert.equal(m.title, 'Tỉnh Quảng Ngãi: chỉ tiêu và kết quả, giai đoạn 2021–2025');
    assert.equal(m.statuses, true);
    assert.deepEqual(
      m.panels.map((p) => [p.measure, p.options.compact ?? false, p.targets.length]),
      [
        ['percent', false, 1],
        [m.panels[1].measure, true, m.rows.length - 1],
      ],
    );
    assert.equal(m.panels[1].title, `Chỉ tiêu chưa có kết quả báo cáo (${m.rows.length - 1})`);
    // The model's rows follow the chart: the one with a result first.
    assert.equal(m.rows[0].target_id, id);
    // The legend lists what is drawn: the one status shown, and the one target mark (a floor, "ít nhất 70%").
    assert.deepEqual(
      m.legend.map((l) => `${l.symbol} ${l.text}`),
      ['✓ Đạt', '▶ ít nhất (mức sàn)'],
    );
  });

  test('a lower bound is said as one: "hơn 10.600", not 10.600', async () => {
    const {formatResult} = await import('../../src/i18n/index.js');
    assert.equal(formatResult('vi', 'count', {value: 10600, comparator: '>'}), 'hơn 10.600');
    assert.equal(formatResult('en', 'count', {value: 10600, comparator: '>'}), 'more than 10,600');
    assert.equal(formatResult('vi', 'percent', {value: 95.2, comparator: '='}), '95,2%');
    assert.equal(formatResult('vi', 'percent', {value: 95.2}), '95,2%');
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
    assert.equal(m.title, 'Quang Tri province: targets in 2016–2020 and 2021–2025');
    // The plans drawn are the former Quảng Trị's (45), merged with Quảng Bình into today's Quảng Trị on 1 July 2025:
    // said by what changed, since the name continues.
    assert.deepEqual(m.notes, [
      'Plans of Quang Tri province from before its merger with Quang Binh province (1 Jul 2025).',
    ]);
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
    assert.equal(m.title, 'Communes with regular awareness activities: targets in the plans of each period');
    const o = m.panels[0].options;
    assert.deepEqual(
      o.sections!.map((s) => s.label),
      ['Period 2016–2020', 'Period 2021–2025', 'Period 2026–2035'],
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
    // A ranking: highest target first (the top of a range), then by name.
    const tops = o.rows
      .map((r) => m.panels[0].targets.find((t) => t.target_id === r.key)!)
      .map((t) => t.value_max ?? t.value);
    assert.deepEqual(
      tops,
      [...tops].sort((a, b) => b - a),
    );
    assert.ok(o.rows.length >= 10, `${o.rows.length} provinces`);
    // Former provinces are named as such beside today's.
    assert.ok(o.rows.some((r) => r.label === 'Tỉnh Quảng Trị (cũ)'));
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

describe('dataset 1.1.0 in the views', () => {
  test('Yên Bái, without a plan of its own, is read against the national milestones: met in 2017 and 2020', () => {
    const m = build({unit: 'yen-bai'}, 'vi');
    assert.equal(m.title, 'Tỉnh Yên Bái: chỉ tiêu và kết quả, giai đoạn 2016–2020');
    assert.match(m.notes[0], /^Tỉnh Yên Bái không có kế hoạch riêng trong bộ dữ liệu: .*361\/QĐ-TTg\.$/);
    const coverage = m.rows.filter((r) => r.indicator_id === 'communication.commune_coverage');
    assert.deepEqual(
      coverage.map((r) => [r.target_year, r.status, r.result?.value]),
      [
        [2017, 'met', 75],
        [2020, 'met', 100],
      ],
    );
    const labels = m.panels[0].options.rows.map((r) => r.label);
    assert.ok(
      labels.every((l) => l.endsWith('— chỉ tiêu của cấp quốc gia')),
      labels.join('\n'),
    );
  });

  test('a 2026 plan outside any programme charts, titled by its year, with the draft programme said', () => {
    const m = build({unit: 'ha-noi'}, 'en');
    assert.equal(m.title, 'Ha Noi city: targets, 2026');
    assert.deepEqual(m.notes, [
      'The national programme for 2026–2035 is still a draft (not approved); this plan implements no national programme.',
      'No result has been reported against this plan yet. Results are in the unit’s own reports (annual reports, mid-term and final reviews); the page that shows this chart can add them with a results file.',
    ]);
    assert.equal(
      m.panels[0].options.rows.find((r) => r.key.endsWith('communication.residents'))!.value,
      '≥\u00a05,300',
    );
    // With results, counts are never on a percent axis, nor on one axis with counts of other things or of another
    // magnitude.
    const drawn = build(
      {unit: 'ha-noi'},
      'en',
      m.rows.map((t) => result(t.target_id, t.value, '2026-06-30')),
    );
    assert.equal(drawn.title, 'Ha Noi city: targets and results, 2026');
    assert.ok(drawn.panels.length > 1 && drawn.panels.every((p) => !p.options.compact));
    for (const p of drawn.panels) {
      const measures = new Set(p.targets.map((t) => t.measure));
      assert.equal(measures.size, 1, p.title);
      if (p.measure === 'count') {
        assert.equal(new Set(p.targets.map((t) => t.counted_en)).size, 1, p.title);
        const tops = p.targets.map((t) => t.value_max ?? t.value);
        assert.ok(Math.max(...tops) / Math.min(...tops) < 100, `${p.title}: ${tops}`);
      }
    }
    const residents = m.rows.find((r) => r.indicator_id === 'communication.residents')!;
    assert.deepEqual([residents.comparator, residents.value, residents.measure], ['>=', 5300, 'count']);
  });

  test('a count and a percent target of one indicator are never on one axis in the units view', () => {
    const m = build({view: 'units', indicator: 'communication.workers_at_risk_venues', period: '2021-2025'});
    const byMeasure = m.panels.map((p) => [p.measure, p.targets.length] as const);
    assert.ok(
      byMeasure.some(([k]) => k === 'percent') && byMeasure.some(([k]) => k === 'count'),
      JSON.stringify(byMeasure),
    );
    const count = m.panels.find((p) => p.measure === 'count')!;
    // The national target is a percentage: the units that count people are marked ≠ and drawn hollow.
    for (const r of count.options.rows) assert.equal(r.badge?.text, '≠', r.label);
    assert.deepEqual(count.options.references, []);
  });

  test('Huế: the five-year plan and its annual plans, each target against the plan before', () => {
    const m = build({unit: 'hue', view: 'periods'});
    assert.equal(m.title, 'Thành phố Huế: chỉ tiêu qua 4 kế hoạch');
    assert.match(m.summary, /\(2021-2025, 2022, 2023, 2024\)/);
    assert.match(m.summary, /Bộ dữ liệu chưa có kế hoạch năm 2021\.$/);
    const o = m.panels[0].options;
    assert.equal(o.sections![0].label, 'Xã, phường, thị trấn tổ chức tuyên truyền thường xuyên');
    assert.deepEqual(
      o.rows.slice(0, 2).map((r) => [r.label, r.detail.split(' · ')[0]]),
      [
        ['Kế hoạch 2021-2025 (368/KH-UBND)', 'Lần đầu có ≥\u00a075%'],
        ['Kế hoạch 2022 (101/KH-UBND)', 'Nâng: ≥\u00a075% → 100%'],
      ],
    );
  });

  test('Hà Nội: its 2025 plan against its 2026 plan, across the programme periods', () => {
    const m = build({unit: 'ha-noi', view: 'periods'}, 'en');
    assert.match(m.summary, /\(2023, 2024, 2025, 2026, 2026\)/);
    const residents = m.panels.flatMap((p) => p.options.rows).filter((r) => r.detail.includes('5,300'));
    assert.deepEqual(
      residents.map((r) => r.detail.split(' · ')[0]),
      ['Raised: 2,000 → ≥\u00a05,300'],
    );
    assert.deepEqual(
      m.legend.filter((l) => l.kind === 'before' || l.kind === 'after').map((l) => l.text),
      ['2021–2025', '2026–2035'],
    );
  });

  test('a 2025 province is titled by its name today, with the former units drawn named in a note', () => {
    for (const unit of ['thai-nguyen', '19']) {
      const m = build({unit}, 'vi');
      assert.equal(m.title, 'Tỉnh Thái Nguyên: chỉ tiêu giai đoạn 2021–2025');
      assert.equal(m.notes[0], 'Kế hoạch của tỉnh Bắc Kạn; từ 01/07/2025 thuộc tỉnh Thái Nguyên.');
      assert.deepEqual(m.plans, ['bac-kan-2021-2025']);
    }
    const qt = build({unit: '44', view: 'periods'}, 'vi');
    assert.equal(qt.title, 'Tỉnh Quảng Trị: chỉ tiêu giai đoạn 2016–2020 và 2021–2025');
  });
});
