import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {mount, nextEvent, shadow, svgTexts, text} from './helpers.js';
import type {PlanChart} from '../../src/components/plan-chart.js';

const PLAN = '/test/fixtures/targets/plan.csv';
const NOTICE_VI =
  'Lưu ý: các chỉ tiêu trong biểu đồ này do trang web đăng biểu đồ cung cấp (theo kế hoạch của họ), không lấy từ bộ dữ liệu plan-chart.';

const statuses = (el: PlanChart) => el.rows.map((r) => r.status);
const notices = (el: PlanChart) => [...shadow(el).querySelectorAll('.notice')].map((n) => n.textContent);

describe('<plan-chart targets> — a plan supplied by the page', () => {
  it('charts the five targets of targets="plan.csv", two with a status, and says where they come from', async () => {
    const {el, event} = await mount(html`<plan-chart targets=${PLAN}></plan-chart>`);
    expect(event.type).to.equal('plan-chart-render');
    expect(event.detail.units).to.deep.equal(['page']);
    expect(event.detail.targets.map((t: {status: string}) => t.status)).to.deep.equal([
      'not_met',
      'met',
      'no_data',
      'no_data',
      'no_data',
    ]);
    expect(el.rows.length).to.equal(5);
    expect(statuses(el).filter((s) => s !== 'no_data')).to.deep.equal(['not_met', 'met']);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Xã Đông Sơn: chỉ tiêu và kết quả năm 2025');
    expect(notices(el)).to.deep.equal([NOTICE_VI]);
    expect(shadow(el).querySelector('.notice')!.getAttribute('role')).to.equal('note');
    // Percent, count and times a month: three panels, every label drawn, the statuses in words.
    expect(el.specs.length).to.equal(3);
    const texts = svgTexts(el);
    expect(texts).to.include('Thôn, bản tổ chức tuyên truyền thường xuyên');
    expect(texts).to.include('Tin, bài trên đài truyền thanh xã');
    const all = texts.join('\n');
    expect(all).to.contain('Chưa đạt · Chỉ tiêu ≥ 80% (đến 2025) · Kết quả 72,5% (tính đến 31/12/2025)');
    expect(all).to.contain('Đạt · Chỉ tiêu ≥ 5.300 (đến 2025) · Kết quả 5.412');
    // The CSV export and the citation carry the plan's document and each verbatim quote.
    const csv = el.csv();
    expect(csv).to.contain('45/KH-UBND');
    expect(csv).to.contain(
      'Tuyên truyền, phổ biến pháp luật về phòng, chống mại dâm cho ít nhất 5.300 lượt người dân.',
    );
    // The citation names the plan the page supplied, and that it is not the dataset's.
    const citation = await el.citation();
    expect(citation).to.contain(
      'Văn bản: UBND xã Đông Sơn, Kế hoạch 45/KH-UBND, 15/01/2025, “Kế hoạch phòng, chống mại dâm trên địa bàn xã Đông Sơn năm 2025 (ví dụ kiểm thử)”',
    );
    expect(citation).to.contain('Chỉ tiêu do trang web đăng biểu đồ cung cấp theo văn bản dưới đây');
    expect(citation).not.to.contain('plan-chart-targets');
    expect(await el.citation('bibtex')).not.to.contain('@misc{plan-chart-targets');
    await expect(el).to.be.accessible();
  });

  it('names a bad row (line, column, value, reason) and charts the others', async () => {
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    const el = document.createElement('plan-chart');
    el.setAttribute('targets', '/test/fixtures/targets/plan-bad-row.csv');
    const seen: CustomEvent[] = [];
    const both = new Promise<void>((resolve) => {
      const on = (e: Event) => {
        seen.push(e as CustomEvent);
        if (seen.some((x) => x.type === 'plan-chart-render') && seen.some((x) => x.type === 'plan-chart-error'))
          resolve();
      };
      el.addEventListener('plan-chart-render', on);
      el.addEventListener('plan-chart-error', on);
    });
    wrapper.append(el);
    await both;
    const error = seen.find((e) => e.type === 'plan-chart-error')!.detail;
    expect(error.code).to.equal('targets');
    expect(error.issues).to.deep.equal([
      {
        line: 4,
        column: 'value',
        message:
          'plan-bad-row.csv dòng 4, cột value: "bảy mươi" không phải là số (cần chữ số, dấu "." hoặc "," thập phân)',
      },
    ]);
    expect(el.rows.length).to.equal(5);
    const notice = shadow(el).querySelector('.results')!.textContent!.replace(/\s+/g, ' ');
    expect(notice).to.contain('Tệp chỉ tiêu có lỗi: plan-bad-row.csv dòng 4, cột value: "bảy mươi" không phải là số');
    expect(notice).to.contain('5 chỉ tiêu hợp lệ đã được vẽ; các dòng có lỗi bị bỏ qua.');
    expect(notices(el)).to.deep.equal([NOTICE_VI]);
    wrapper.remove();
  });

  it('reads an inline <script data-targets> with two plans: periods compares them, in English', async () => {
    const two = await (await fetch('/test/fixtures/targets/plan-two.json')).text();
    const wrapper = document.createElement('div');
    wrapper.style.width = '720px';
    document.body.append(wrapper);
    wrapper.innerHTML = `<plan-chart view="periods" lang="en"><script type="application/json" data-targets>${two}</script></plan-chart>`;
    const el = wrapper.querySelector('plan-chart')!;
    const event = await nextEvent(el);
    expect(event.type).to.equal('plan-chart-render');
    expect(event.detail.view).to.equal('periods');
    expect(shadow(el).querySelector('h2')!.textContent).to.equal(
      'Dong Son commune: targets in 2016–2020 and 2021–2025',
    );
    expect(el.rows.map((r) => [r.plan_id, r.value])).to.deep.equal([
      ['page-1', 100],
      ['page-2', 80],
      ['page-1', 3000],
      ['page-2', 5300],
    ]);
    expect(notices(el)[0]).to.match(/^Note: the targets in this chart were supplied by the publishing site/);
    // Attainment of the same plans: the latest, with its result.
    el.setAttribute('view', 'attainment');
    await nextEvent(el);
    expect(statuses(el)).to.deep.equal(['met', 'no_data']);
    wrapper.remove();
  });

  it('takes an array property with the plan in attributes; unit and src do not apply', async () => {
    const targets = [
      {
        label: 'Xã tổ chức tuyên truyền',
        value: '70',
        comparator: 'ít nhất',
        measure: '%',
        quote: 'Ít nhất 70% xã tổ chức tuyên truyền về phòng, chống mại dâm.',
        result: 75,
        result_as_of: '2024',
      },
    ];
    const {el, event} = await mount(
      html`<plan-chart
        unit="quang-tri"
        src="/nope/"
        .targets=${targets}
        plan-unit="tỉnh Quảng Trị"
        plan-title="Kế hoạch ví dụ"
        plan-span="2021-2025"
        view="table"
      ></plan-chart>`,
    );
    expect(event.type).to.equal('plan-chart-render');
    expect(shadow(el).querySelector('caption')!.textContent!.trim()).to.equal(
      'Tỉnh Quảng Trị: bảng chỉ tiêu, giai đoạn 2021–2025',
    );
    // 75% in 2024 against at least 70% by 2025: met.
    expect(statuses(el)).to.deep.equal(['met']);
    expect(text(el)).to.contain('“Ít nhất 70% xã tổ chức tuyên truyền về phòng, chống mại dâm.”');
    // Without targets, the same element draws the dataset again.
    el.targets = null;
    el.removeAttribute('src');
    el.setAttribute('view', 'attainment');
    await nextEvent(el);
    expect(notices(el)).to.deep.equal([]);
    expect(el.rows.some((r) => r.plan_id.startsWith('quang-tri'))).to.equal(true);
  });

  it('says what is wrong: a file not found, a view that does not apply, a file with no good row', async () => {
    const error = async (template: ReturnType<typeof html>) => {
      const {el, event} = await mount(template);
      expect(event.type).to.equal('plan-chart-error');
      return {el, detail: event.detail};
    };
    const missing = await error(html`<plan-chart targets="/nope.csv"></plan-chart>`);
    expect(missing.detail.code).to.equal('targets');
    expect(missing.detail.message).to.match(/^Không tải được tệp chỉ tiêu http:\/\/.*\/nope\.csv: /);
    const units = await error(html`<plan-chart targets=${PLAN} view="units" lang="en"></plan-chart>`);
    expect(units.detail.code).to.equal('unknown-view');
    expect(units.detail.message).to.equal(
      `The "units" view compares the dataset's units; it does not apply to a plan supplied by the page. Views that apply: attainment, table.`,
    );
    expect(shadow(units.el).querySelector('[role="alert"]')!.textContent).to.contain('"units" view');
    // TCVN3 and VNI files are still refused: tested in Node (test/data/results-cp1258.node.test.ts), not here, where
    // the test server re-encodes a text file it takes for UTF-8 (as tcvn3.csv) and its letters arrive as U+FFFD.
  });

  it("charts a plan saved in Windows-1258, its letters composed (Chromium's own windows-1258 decoder)", async () => {
    const {el, event} = await mount(html`<plan-chart targets="/test/fixtures/targets/plan-cp1258.csv"></plan-chart>`);
    expect(event.type).to.equal('plan-chart-render');
    expect(el.rows.length).to.equal(1);
    expect(svgTexts(el)).to.include('Thôn, bản tổ chức tuyên truyền thường xuyên');
  });
});
