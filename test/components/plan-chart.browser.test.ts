import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {sendKeys} from '@web/test-runner-commands';
import {mount, nextEvent, shadow, svgTexts, text} from './helpers.js';
import {parseCsv} from '../../src/data/csv.js';
import type {PlanChart} from '../../src/components/plan-chart.js';

const QN_RESULTS = '/test/fixtures/results-quang-ngai.csv';

describe('<plan-chart> attainment', () => {
  it('a plan without results is a compact list of its targets: figures in words, no empty bars, said once', async () => {
    const {el, event} = await mount(html`<plan-chart unit="bac-kan"></plan-chart>`);
    expect(event.type).to.equal('plan-chart-render');
    expect(event.detail.units).to.deep.equal(['06']);
    expect(event.detail.period).to.equal('2021-2025');
    expect(el.specs.length).to.equal(1);
    expect(el.rows.length).to.equal(14);
    const texts = svgTexts(el);
    expect(texts).to.include('Xã, phường, thị trấn tổ chức tuyên truyền thường xuyên');
    expect(texts).to.include('≥ 70%');
    expect(texts.some((t) => t.includes('Chưa có số liệu'))).to.equal(false);
    // No track, bar or target mark: only the rows' hit areas and the hairlines between them.
    const rects = (el.specs[0] as {data: {name: string; values: {mark: string}[]}[]}).data.find(
      (d) => d.name === 'rects',
    )!.values;
    expect([...new Set(rects.map((r) => r.mark))].sort()).to.deep.equal(['bar', 'track']);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Tỉnh Bắc Kạn: chỉ tiêu giai đoạn 2021–2025');
    expect(text(el)).to.contain('Chưa có kết quả được báo cáo cho kế hoạch này.');
    expect(shadow(el).querySelector('.legend') === null, 'no legend').to.equal(true);
  });

  it('counts of one thing split by magnitude say their scales: three "Số lượng: người" are three scales', async () => {
    const {el} = await mount(html`<plan-chart unit="ha-noi" period="2026-2035"></plan-chart>`);
    // Drawn once every row has a result (a list of targets has no scales).
    const next = nextEvent(el);
    el.results = el.rows.map((r) => ({target_id: r.target_id, value: r.value, as_of: '2026-06-30'}));
    await next;
    const headings = [...shadow(el).querySelectorAll('.panel h3')].map((h) => h.textContent!);
    expect(headings.filter((h) => h.startsWith('Số lượng: người'))).to.deep.equal([
      'Số lượng: người (thang 0–7.500)',
      'Số lượng: người (thang 0–75.000)',
      'Số lượng: người (thang 0–125.000)',
    ]);
    // A panel alone of its kind keeps its plain heading.
    expect(headings).to.include.members(['Tỷ lệ (%)', 'Số lượng: vụ án']);
  });

  it('computes met, not met, not yet due, no data and range statuses from a results CSV', async () => {
    const {el} = await mount(html`<plan-chart unit="quang-ngai" results=${QN_RESULTS}></plan-chart>`);
    const status = (id: string) => el.rows.find((r) => r.target_id === `quang-ngai-2021-2025:${id}`)!.status;
    expect(status('communication.commune_coverage')).to.equal('met');
    expect(status('communication.workers_at_risk_venues')).to.equal('not_met');
    expect(status('communication.industrial_zone_workers')).to.equal('not_due');
    expect(status('enforcement.crimes_handled_growth')).to.equal('met');
    expect(status('harm_reduction.support_access')).to.equal('no_data');
    const texts = svgTexts(el).join('\n');
    expect(texts).to.contain('Đạt · Chỉ tiêu ≥ 70% (đến 2025) · Kết quả 72,5% (tính đến 31/12/2025)');
    expect(texts).to.contain('Chưa đạt · Chỉ tiêu ≥ 70% (đến 2025) · Kết quả 50%');
    expect(texts).to.contain('Chưa đến hạn · Chỉ tiêu ≥ 60% (đến 2025) · Kết quả 40%');
    expect(texts).to.contain('Đạt · Chỉ tiêu +3–5%/năm (hằng năm, đến 2025) · Kết quả +4%/năm');
    // The range is drawn as a band between its bounds, the reported value as a bar.
    type Rects = {data: {name: string; values: {mark: string; id: string; value: number; value2: number}[]}[]};
    const rects = (spec: unknown, mark: string) =>
      (spec as Rects).data.find((d) => d.name === 'rects')!.values.filter((v) => v.mark === mark);
    const bars = rects(el.specs[0], 'bar');
    expect(bars.find((b) => b.id === 'quang-ngai-2021-2025:communication.commune_coverage')!.value2).to.equal(72.5);
    const zone = el.specs.flatMap((spec) => rects(spec, 'zone')).find((z) => z.value === 3)!;
    expect([zone.value, zone.value2]).to.deep.equal([3, 5]);
    // The rows with results first; the targets without one follow as a list, headed once.
    const headings = [...shadow(el).querySelectorAll('.panel h3')].map((h) => h.textContent!);
    expect(headings.at(-1)).to.match(/^Chỉ tiêu chưa có kết quả báo cáo \(\d+\)$/);
    expect(texts).not.to.contain('Chưa có số liệu');
  });

  it('draws milestones as separate rows: 2017 met, 2020 not yet due', async () => {
    const results = [
      {target_id: 'tuyen-quang-2016-2020:prevention.integration:2017', value: 60, as_of: '2018-12-31'},
      {target_id: 'tuyen-quang-2016-2020:prevention.integration:2020', value: 60, as_of: '2018-12-31'},
    ];
    const {el} = await mount(html`<plan-chart unit="tuyen-quang" .results=${results}></plan-chart>`);
    const rows = el.rows.filter((r) => r.indicator_id === 'prevention.integration');
    expect(rows.map((r) => [r.target_year, r.status])).to.deep.equal([
      [2017, 'met'],
      [2020, 'not_due'],
    ]);
    expect(svgTexts(el).some((t) => t.includes('mốc 2017'))).to.equal(true);
  });

  it('shows national unit counts as counts, never as the indicator value', async () => {
    const {el} = await mount(html`<plan-chart unit="VN" period="2016-2020"></plan-chart>`);
    const row = el.rows.find((r) => r.target_id === 'vn-qd361-2016:communication.commune_coverage:2020')!;
    expect(row.status).to.equal('no_data');
    // No row has the indicator's value: the targets are a list, each with its counts of units.
    const texts = svgTexts(el);
    // Dataset 1.1.0: the 60/63 result counts provinces with the activity (units_with_activity), not meeting it.
    expect(texts).to.include('60/63 tỉnh, thành phố có hoạt động (không nói đạt chỉ tiêu)');
    // The count belongs to the programme's end, not to the 2017 milestone, which says its year.
    expect(texts).to.include('đến 2017');
    expect(texts.join(' ').match(/60\/63 tỉnh/g)!.length).to.equal(1);
  });

  it('a post-2025 code finds the plans of its predecessor, and says so', async () => {
    const {el, event} = await mount(html`<plan-chart unit="19"></plan-chart>`);
    expect(event.detail.units).to.deep.equal(['06']);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Tỉnh Thái Nguyên: chỉ tiêu giai đoạn 2021–2025');
    expect(shadow(el).querySelector('.note')!.textContent).to.equal(
      'Kế hoạch của tỉnh Bắc Kạn; từ 01/07/2025 thuộc tỉnh Thái Nguyên.',
    );
  });

  it('re-renders when an attribute changes', async () => {
    const {el} = await mount(html`<plan-chart unit="bac-kan"></plan-chart>`);
    const next = nextEvent(el);
    el.setAttribute('unit', 'quy-chau');
    const e = await next;
    expect(e.detail.units).to.deep.equal(['416']);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal(
      // An annual plan: titled by its year.
      'Huyện Quỳ Châu: chỉ tiêu năm 2025',
    );
  });

  it('speaks English completely, with English number formats', async () => {
    const {el} = await mount(html`<plan-chart unit="quang-ngai" lang="en" results=${QN_RESULTS}></plan-chart>`);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Quang Ngai province: targets and results, 2021–2025');
    const texts = svgTexts(el).join('\n');
    expect(texts).to.contain('Met · Target ≥ 70% (by 2025) · Result 72.5% (as of 31 Dec 2025)');
    expect(texts).not.to.match(/Chỉ tiêu|Đạt|Chưa/);
    expect(text(el)).to.contain('Download data');
  });

  it('a row of the list selects its target on click, as a mark does', async () => {
    const {el} = await mount(html`<plan-chart unit="bac-kan"></plan-chart>`);
    const seen = new Promise<CustomEvent>((r) =>
      el.addEventListener('plan-chart-select', (e) => r(e as CustomEvent), {once: true}),
    );
    const area = shadow(el).querySelector('.vis svg .mark-rect path[fill="transparent"]') as SVGElement;
    expect(area, 'a row area').to.not.equal(null);
    area.dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: 1, clientY: 1}));
    const e = await seen;
    expect(e.detail.target.quote).to.be.a('string');
    await el.updateComplete;
    expect(shadow(el).querySelector('.selection blockquote')!.textContent).to.equal(`“${e.detail.target.quote}”`);
  });

  it('selects a target on click of a mark and fires plan-chart-select with its quote', async () => {
    const {el} = await mount(html`<plan-chart unit="quang-ngai" results=${QN_RESULTS}></plan-chart>`);
    const seen = new Promise<CustomEvent>((r) =>
      el.addEventListener('plan-chart-select', (e) => r(e as CustomEvent), {once: true}),
    );
    const mark = shadow(el).querySelector('.vis svg .mark-symbol path, .vis svg g[class*="points"] path') as SVGElement;
    expect(mark, 'a point mark').to.not.equal(null);
    mark.dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: 1, clientY: 1}));
    const e = await seen;
    expect(e.bubbles && e.composed).to.equal(true);
    expect(e.detail.target.quote).to.be.a('string');
    expect(e.detail.plan.document_no).to.equal('1736/QĐ-UBND');
    await el.updateComplete;
    expect(shadow(el).querySelector('.selection blockquote')!.textContent).to.equal(`“${e.detail.target.quote}”`);
  });
  it('shows a tooltip with the target, its status and the verbatim quote when a bar is hovered', async () => {
    const {el} = await mount(html`<plan-chart unit="quang-ngai" results=${QN_RESULTS}></plan-chart>`);
    const tip = shadow(el).querySelector<HTMLElement>('.tooltip')!;
    expect(tip.hidden).to.equal(true);
    // The bar of a reported result (the spec's tooltip is its target id; the panel builds the text on hover).
    const bar = [...shadow(el).querySelectorAll<SVGElement>('.vis svg .mark-rect path')].find(
      (p) =>
        (p as unknown as {__data__?: {datum?: {mark?: string; id?: string}}}).__data__?.datum?.id ===
          'quang-ngai-2021-2025:communication.commune_coverage' &&
        (p as unknown as {__data__: {datum: {mark: string}}}).__data__.datum.mark === 'bar',
    );
    expect(bar, 'the bar of commune_coverage').to.not.equal(undefined);
    const box = bar!.getBoundingClientRect();
    const at = {bubbles: true, clientX: box.left + 2, clientY: box.top + box.height / 2};
    bar!.dispatchEvent(new PointerEvent('pointermove', at));
    bar!.dispatchEvent(new MouseEvent('mousemove', at));
    await new Promise((r) => setTimeout(r, 50));
    expect(tip.hidden).to.equal(false);
    const shown = tip.textContent!;
    expect(shown).to.contain('Kết quả');
    expect(shown).to.contain('72,5%');
    expect(shown).to.contain('Đạt');
    expect(shown).to.contain('“');
  });
});

describe('<plan-chart> sizes and states', () => {
  it('fits a 320 px container: the chart is no wider than the widget', async () => {
    const {el} = await mount(html`<plan-chart unit="quang-ngai" results=${QN_RESULTS}></plan-chart>`, 320);
    expect(el.getBoundingClientRect().width).to.equal(320);
    for (const svg of shadow(el).querySelectorAll('.vis svg'))
      expect(svg.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
    // Labels wrap onto several lines rather than running out of the chart.
    const texts = svgTexts(el);
    expect(texts).not.to.include('Xã, phường, thị trấn tổ chức tuyên truyền thường xuyên');
    expect(texts.some((t) => t.startsWith('Xã, phường, thị trấn'))).to.equal(true);
  });

  it('says what is available when the plan has no target for the indicator', async () => {
    const {el, event} = await mount(
      html`<plan-chart unit="quy-chau" indicator="harm_reduction.pilot_models"></plan-chart>`,
    );
    expect(event.type).to.equal('plan-chart-render');
    const msg = shadow(el).querySelector('.message')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(msg).to.match(
      /^Không có chỉ tiêu nào cho lựa chọn này trong kế hoạch\. Có dữ liệu cho: Xã, phường, thị trấn tổ chức tuyên truyền thường xuyên \(communication\.commune_coverage\);/,
    );
  });

  it('shows title and summary before the chart engine has drawn anything', async () => {
    const wrapper = document.createElement('div');
    document.body.prepend(wrapper);
    try {
      wrapper.innerHTML = '<plan-chart unit="tuyen-quang"></plan-chart>';
      const el = wrapper.querySelector('plan-chart') as unknown as Parameters<typeof shadow>[0];
      const done = nextEvent(el);
      await new Promise<void>((resolve) => {
        const check = () => (shadow(el)?.querySelector('h2') ? resolve() : requestAnimationFrame(check));
        check();
      });
      // The first paint with a title has its summary and nothing else: no chart (the engine loads asynchronously)
      // and no body yet, only the body's height reserved.
      expect(shadow(el).querySelector('.vis')).to.equal(null);
      expect(shadow(el).querySelector('.summary')!.textContent).to.match(
        /^Kế hoạch giai đoạn 2016–2020 của tỉnh Tuyên Quang có 9 chỉ tiêu bằng số\./,
      );
      expect(shadow(el).querySelector('.controls')).to.equal(null);
      expect(parseFloat(shadow(el).querySelector<HTMLElement>('.pending')!.style.minHeight)).to.be.above(300);
      // The body follows once that frame is painted; updateComplete waits for it.
      await el.updateComplete;
      expect(shadow(el).querySelector('.pending')).to.equal(null);
      expect(shadow(el).querySelector('.controls button')!.textContent!.trim()).to.equal('Xem bảng');
      await done;
    } finally {
      wrapper.remove();
    }
  });
});

describe('<plan-chart> periods', () => {
  it('compares one unit indicator by indicator and says what changed', async () => {
    const {el} = await mount(html`<plan-chart view="periods" unit="quang-tri"></plan-chart>`);
    const texts = svgTexts(el).join('\n');
    expect(texts).to.contain('Hạ: 100% (2016–2020) → ≥ 70% (2021–2025)');
    // Its 2016-2020 plan is known from an excerpt (dataset 1.2.0): a target in one plan only is not "new" or
    // "dropped", it is said to be in that plan as far as the excerpt shows.
    expect(texts).to.contain('Chỉ có trong kế hoạch 2016–2020 theo trích đoạn: 85–90% (2016–2020)');
    expect(texts).to.contain('Chỉ có trong kế hoạch 2021–2025 theo trích đoạn: ≥ 20% (2021–2025)');
    expect(texts).not.to.match(/^(Mới|Bỏ):/m);
  });

  it('offers the indicator form where the unit has one period, and draws every plan by period', async () => {
    const {el} = await mount(html`<plan-chart view="periods" unit="bac-kan"></plan-chart>`);
    expect(text(el)).to.contain('Tỉnh Bắc Kạn chỉ có kế hoạch giai đoạn 2021–2025 trong bộ dữ liệu');
    const next = nextEvent(el);
    (shadow(el).querySelector('.controls button') as HTMLButtonElement).click();
    await next;
    const texts = svgTexts(el);
    expect(texts).to.include('Giai đoạn 2016–2020');
    expect(texts).to.include('Giai đoạn 2021–2025');
    expect(texts.some((t) => t.startsWith('Huyện Quỳ Châu'))).to.equal(true);
    expect(el.rows.map((r) => r.value)).to.include.members([100, 70, 80]);
  });
});

describe('<plan-chart> units', () => {
  it('compares provinces with the national reference rule', async () => {
    const {el} = await mount(html`<plan-chart view="units" indicator="communication.commune_coverage"></plan-chart>`);
    const texts = svgTexts(el);
    expect(texts).to.include('Toàn quốc: ≥ 70%');
    // The provinces of before 1 July 2025 whose name continues today are marked "(cũ)".
    expect(texts).to.include.members(['Tỉnh Bắc Kạn', 'Tỉnh Quảng Ngãi (cũ)', 'Tỉnh Quảng Trị (cũ)', 'Thành phố Huế']);
  });

  it('marks units whose definition differs and keeps counts off the percent axis', async () => {
    const {el} = await mount(html`<plan-chart view="units" indicator="harm_reduction.pilot_models"></plan-chart>`);
    expect(el.specs.length).to.equal(2);
    const texts = svgTexts(el).join('\n');
    expect(texts).to.contain('Toàn quốc: ≥ 10%');
    expect(texts).to.match(/Chỉ tiêu ≥ 10% · % xã, phường, thị trấn \(cấp xã\) · khác định nghĩa/);
    expect(el.rows.find((r) => r.unit_id === '51')!.measure).to.equal('count');
  });
});

describe('<plan-chart> table and exports', () => {
  it('the table view lists each row with its verbatim quote and document', async () => {
    const {el} = await mount(html`<plan-chart view="table" unit="quy-chau"></plan-chart>`);
    const rows = shadow(el).querySelectorAll('tbody tr');
    expect(rows.length).to.equal(el.rows.length);
    expect(rows[0].querySelector('.quote')!.textContent).to.contain('80% số xã, thị trấn');
    expect(text(el)).to.contain('không ghi số');
  });

  it('the CSV contains exactly the rows shown', async () => {
    const {el} = await mount(html`<plan-chart unit="quang-ngai" results=${QN_RESULTS}></plan-chart>`);
    // Vietnamese: `;` between cells, as Excel on a Vietnamese Windows reads it.
    const csv = parseCsv(el.csv(), 'csv', ';');
    expect(csv.records.map((r) => r.values.target_id)).to.deep.equal(el.rows.map((r) => r.target_id));
    const shown = el.specs.flatMap((s) =>
      (s as unknown as {data: {name: string; values: {key: string; role: string}[]}[]}).data
        .find((d) => d.name === 'texts')!
        .values.filter((v) => v.role === 'label')
        .map((v) => v.key),
    );
    expect([...new Set(shown)]).to.have.members(el.rows.map((r) => r.target_id));
    const cc = csv.records.find(
      (r) => r.values.target_id === 'quang-ngai-2021-2025:communication.commune_coverage',
    )!.values;
    expect([cc['Giá trị kết quả'], cc.status, cc.document_no]).to.deep.equal(['72,5', 'met', '1736/QĐ-UBND']);
  });

  it('the citation names the document, the dataset version and the licence', async () => {
    const {el} = await mount(html`<plan-chart unit="bac-kan"></plan-chart>`);
    // (More in exports.browser.test.ts.)
    const text = await el.citation('text', new Date(2026, 2, 12));
    expect(text).to.contain('(plan-chart-targets), phiên bản 1.3.0, giấy phép CC BY 4.0.');
    expect(text).to.contain(
      'Văn bản: Ủy ban nhân dân tỉnh Bắc Kạn, Quyết định 2060/QĐ-UBND, 01/11/2021, “Kế hoạch thực hiện Chương trình phòng, chống mại dâm tỉnh Bắc Kạn giai đoạn 2021 - 2025”',
    );
  });
});

describe('<plan-chart> bad input', () => {
  const error = async (tpl: ReturnType<typeof html>) => {
    const {el, event} = await mount(tpl);
    expect(event.type).to.equal('plan-chart-error');
    expect(event.bubbles && event.composed).to.equal(true);
    const alert = shadow(el).querySelector('[role="alert"]')!.textContent!.replace(/\s+/g, ' ').trim();
    return {el, detail: event.detail, alert};
  };

  it('an unknown unit names the bad value and the valid ones, in Vietnamese', async () => {
    const {detail, alert} = await error(html`<plan-chart unit="quang-tri-x"></plan-chart>`);
    expect(detail.code).to.equal('unknown-unit');
    expect(detail.value).to.equal('quang-tri-x');
    expect(detail.message).to.equal(
      'Không có đơn vị "quang-tri-x". Đơn vị có trong dữ liệu: VN (viet-nam), 01 (ha-noi), 06 (bac-kan), 08 (tuyen-quang-cu), 15 (yen-bai), 22 (quang-ninh), 24 (bac-giang), 31 (hai-phong-cu), 38 (thanh-hoa), 40 (nghe-an), 45 (quang-tri-cu), 46 (hue), 48 (da-nang-cu), 49 (quang-nam), ….',
    );
    expect(alert).to.equal(`Không vẽ được biểu đồ. ${detail.message}`);
  });

  it('an unknown indicator, in English', async () => {
    const {detail} = await error(
      html`<plan-chart unit="bac-kan" indicator="communication.coverage" lang="en"></plan-chart>`,
    );
    expect(detail.code).to.equal('unknown-indicator');
    expect(detail.message).to.match(
      /^There is no indicator or group "communication\.coverage"\. Valid values: communication, prevention, enforcement, harm_reduction, capacity, healthy_communes, communication\.commune_coverage,/,
    );
  });

  it('an unknown period, and a period without a plan', async () => {
    const a = await error(html`<plan-chart unit="bac-kan" period="2026-2030"></plan-chart>`);
    expect(a.detail.message).to.equal(
      'Giai đoạn "2026-2030" không hợp lệ. Giai đoạn hợp lệ: 2016-2020, 2021-2025, 2026-2035.',
    );
    const b = await error(html`<plan-chart unit="bac-kan" period="2016-2020"></plan-chart>`);
    expect(b.detail.message).to.equal(
      'Tỉnh Bắc Kạn không có kế hoạch giai đoạn 2016-2020. Giai đoạn có kế hoạch: 2021-2025.',
    );
  });

  it('a results file that fails validation names the line and column', async () => {
    const {detail, alert} = await error(
      html`<plan-chart unit="quang-ngai" results="/test/fixtures/results-bad.csv"></plan-chart>`,
    );
    expect(detail.code).to.equal('results');
    expect(detail.message).to.match(/^Tệp kết quả có lỗi: results-bad\.csv dòng 3, cột value: "7O" không phải là số/);
    expect(alert).to.contain('dòng 3, cột value');
    // The good row is charted, beside the notice: the chart stays.
    expect(alert).to.contain('1 dòng kết quả hợp lệ đã được vẽ');
  });

  it('a missing results file and a broken dataset URL say so, and other widgets keep working', async () => {
    const wrapper = document.createElement('div');
    document.body.prepend(wrapper);
    try {
      wrapper.innerHTML =
        '<plan-chart unit="bac-kan" results="/nope.csv"></plan-chart><plan-chart unit="bac-kan" src="/nope/"></plan-chart><plan-chart unit="bac-kan"></plan-chart>';
      const [a, b, c] = [...wrapper.querySelectorAll('plan-chart')];
      const next = nextEvent(c as HTMLElement);
      const [ea, eb] = await Promise.all([a, b].map((x) => nextEvent(x as HTMLElement)));
      // The widget whose results failed still draws its targets, so the third may be further down: charts are
      // drawn when they come near the viewport.
      c.scrollIntoView();
      const ec = await next;
      // In Vietnamese throughout: no "HTTP 404" or "Failed to fetch" from the browser.
      expect(ea.detail.message).to.match(
        /^Không tải được tệp kết quả http:\/\/localhost:\d+\/nope\.csv: không tìm thấy tệp \(lỗi 404\)$/,
      );
      expect(shadow(a as PlanChart).querySelectorAll('.vis').length, 'the targets are drawn').to.be.above(0);
      expect(eb.detail.message).to.match(
        /^Không tải được bộ dữ liệu từ http:\/\/localhost:\d+\/nope\/dataset\.json: máy chủ trả lời mã lỗi 404/,
      );
      expect(ec.type).to.equal('plan-chart-render');
    } finally {
      wrapper.remove();
    }
  });

  it('an array assigned as an attribute before the element was defined gets an explanation, not a fetch', async () => {
    const {detail} = await error(html`<plan-chart unit="bac-kan" results="[object Object]"></plan-chart>`);
    expect(detail.code).to.equal('results');
    expect(detail.message).to.match(
      /^Thuộc tính results nhận chữ "\[object Object\]": trang đã gán một mảng trước khi <plan-chart> được định nghĩa/,
    );
  });

  it('text from a results file is text, never markup', async () => {
    const results = [
      {
        target_id: 'bac-kan-2021-2025:communication.commune_coverage',
        value: 75,
        as_of: '2025-12-31',
        source_title: '<img src=x onerror="window.__pwned=1">',
      },
    ];
    const {el} = await mount(html`<plan-chart unit="bac-kan" .results=${results}></plan-chart>`);
    (shadow(el).querySelector('.controls button') as HTMLButtonElement).click();
    await el.updateComplete;
    (shadow(el).querySelector('tbody th button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(shadow(el).querySelector('.selection')!.textContent).to.contain('<img src=x onerror="window.__pwned=1">');
    expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
  });
});

describe('<plan-chart> accessibility (axe)', () => {
  for (const [name, tpl] of [
    ['attainment', html`<plan-chart unit="quang-ngai" results=${QN_RESULTS}></plan-chart>`],
    ['periods', html`<plan-chart view="periods" unit="quang-tri"></plan-chart>`],
    ['units', html`<plan-chart view="units" indicator="harm_reduction.pilot_models"></plan-chart>`],
    ['table', html`<plan-chart view="table" unit="tuyen-quang"></plan-chart>`],
  ] as const) {
    it(`${name} has no axe violations`, async () => {
      const {el} = await mount(tpl);
      await expect(el).to.be.accessible();
    });
  }

  it('the rows for the keyboard and the open selection panel have no axe violations; focus moves in and back', async () => {
    const {el} = await mount(html`<plan-chart unit="quang-ngai" results=${QN_RESULTS}></plan-chart>`);
    const options = [...shadow(el).querySelectorAll<HTMLElement>('[role="listbox"] [role="option"]')];
    expect(options.length).to.equal(el.rows.length);
    expect(options.filter((o) => o.tabIndex === 0).length).to.equal(1);
    options[0].focus();
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'ArrowDown'});
    const row = shadow(el).activeElement as HTMLElement;
    expect(row).to.equal(options[2]);
    expect(row.getAttribute('aria-label')).to.match(
      /: chỉ tiêu .+, đến 2025; (kết quả .+; )?(đạt|chưa đạt|chưa đến hạn|chưa có số liệu)$/,
    );
    await expect(el).to.be.accessible();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    const panel = shadow(el).querySelector('.selection')!;
    expect(panel.getAttribute('role')).to.equal('dialog');
    expect(panel.contains(shadow(el).activeElement)).to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    expect(shadow(el).querySelector('.selection')).to.equal(null);
    expect(shadow(el).activeElement).to.equal(row);
  });
});
