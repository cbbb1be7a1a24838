/**
 * The element's lifecycle: moved while it loads or after it has drawn (as React and Vue move elements when they
 * reorder a list), attributes changed without downloading again, and bad sources that end in a message, never in
 * an uncaught error.
 */
import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import type {PlanChart} from '../../src/components/plan-chart.js';
import {nextEvent, shadow, text} from './helpers.js';
import '../../src/define.js';

const QN_RESULTS = '/test/fixtures/results-quang-ngai.csv';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Counts the requests for URLs ending in `suffix`, and delays their answer by `delay` ms. */
function watchFetch(suffix: string, delay = 0) {
  const original = window.fetch;
  const seen = {count: 0};
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.endsWith(suffix)) {
      seen.count++;
      if (delay) await sleep(delay);
    }
    return original(input, init);
  };
  return {seen, restore: () => (window.fetch = original)};
}

async function place(width = 720) {
  const a = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const b = document.createElement('div');
  b.style.width = `${width}px`;
  a.after(b);
  return {a, b};
}

function widget(attrs: Record<string, string>): PlanChart {
  const el = document.createElement('plan-chart');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/** Resolves when `el` fires plan-chart-render with charts drawn. */
const drawn = (el: PlanChart) =>
  new Promise<CustomEvent>((resolve) => {
    const on = (e: Event) => {
      if (!el.specs.length) return;
      el.removeEventListener('plan-chart-render', on);
      resolve(e as CustomEvent);
    };
    el.addEventListener('plan-chart-render', on);
  });

describe('<plan-chart> lifecycle', () => {
  it('moved 300 ms into a slow results download, it ends charted with its results', async () => {
    const {a, b} = await place();
    const fetches = watchFetch('results-quang-ngai.csv', 900);
    try {
      const el = widget({unit: 'quang-ngai', results: QN_RESULTS});
      const errors: CustomEvent[] = [];
      el.addEventListener('plan-chart-error', (e) => errors.push(e as CustomEvent));
      a.append(el);
      await sleep(300);
      b.append(el);
      const e = await nextEvent(el);
      expect(errors.map((x) => x.detail.message)).to.deep.equal([]);
      expect(e.type).to.equal('plan-chart-render');
      const statuses = (e.detail.targets as {status: string}[]).map((t) => t.status);
      expect(statuses).to.include('met');
      expect(statuses).to.include('not_met');
      expect(fetches.seen.count).to.equal(1);
    } finally {
      fetches.restore();
    }
  });

  it('moved after drawing, it keeps a working chart: a click selects, PNG and SVG export', async () => {
    const {a, b} = await place();
    const el = widget({unit: 'bac-kan'});
    const first = drawn(el);
    a.append(el);
    await first;
    const again = drawn(el);
    b.append(el);
    await again;
    // Bắc Kạn has no result: one list of its targets, each row selectable.
    expect(el.specs.length).to.equal(1);
    const seen = new Promise<CustomEvent>((r) =>
      el.addEventListener('plan-chart-select', (e) => r(e as CustomEvent), {once: true}),
    );
    const mark = shadow(el).querySelector('.vis svg .mark-rect path[fill="transparent"]') as SVGElement;
    mark.dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: 1, clientY: 1}));
    expect((await seen).detail.plan.document_no).to.equal('2060/QĐ-UBND');

    // The exports get the redrawn views: a PNG and an SVG are downloaded, nothing fails.
    const downloads: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    };
    const errors: CustomEvent[] = [];
    el.addEventListener('plan-chart-error', (e) => errors.push(e as CustomEvent));
    try {
      const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('footer button')];
      buttons.find((x) => x.textContent!.trim() === 'PNG')!.click();
      buttons.find((x) => x.textContent!.trim() === 'SVG')!.click();
      for (let i = 0; i < 50 && downloads.length < 2; i++) await sleep(100);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(errors).to.deep.equal([]);
    expect(downloads.sort()).to.deep.equal([
      'plan-chart-attainment-bac-kan-2021-2025.png',
      'plan-chart-attainment-bac-kan-2021-2025.svg',
    ]);
  });

  it('far below the viewport it waits to draw, unless loading="eager"', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 600px; padding-top: 6000px">
        <plan-chart unit="bac-kan"></plan-chart>
        <plan-chart unit="bac-kan" loading="eager"></plan-chart>
      </div>`,
    );
    const [lazy, eager] = [...box.querySelectorAll('plan-chart')] as PlanChart[];
    const drawn = await nextEvent(eager);
    expect(drawn.type).to.equal('plan-chart-render');
    expect(shadow(eager).querySelectorAll('.vis svg').length).to.be.above(0);
    await lazy.updateComplete;
    await sleep(300);
    expect(shadow(lazy).querySelector('h2')!.textContent).to.contain('Bắc Kạn');
    expect(shadow(lazy).querySelectorAll('.vis svg').length).to.equal(0);
    const later = nextEvent(lazy);
    lazy.scrollIntoView();
    expect((await later).type).to.equal('plan-chart-render');
    window.scrollTo(0, 0);
  });

  it('changing lang and view downloads the results file once', async () => {
    const {a} = await place();
    const fetches = watchFetch('results-quang-ngai.csv');
    try {
      const el = widget({unit: 'quang-ngai', results: QN_RESULTS});
      const first = nextEvent(el);
      a.append(el);
      await first;
      el.lang = 'en';
      await nextEvent(el);
      el.view = 'table';
      const e = await nextEvent(el);
      expect(e.detail.view).to.equal('table');
      expect(e.detail.lang).to.equal('en');
      expect(text(el)).to.contain('72.5%');
      expect(fetches.seen.count).to.equal(1);
    } finally {
      fetches.restore();
    }
  });

  it('src="mailto:x@y" gives plan-chart-error at once, and nothing uncaught', async () => {
    const {a} = await place();
    const uncaught: string[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const el = widget({unit: 'bac-kan', src: 'mailto:x@y'});
      const started = performance.now();
      const e = nextEvent(el);
      a.append(el);
      const event = await Promise.race([e, sleep(5000).then(() => null)]);
      expect(event, 'an event within 5 s').to.not.equal(null);
      expect(performance.now() - started).to.be.below(5000);
      expect(event!.type).to.equal('plan-chart-error');
      expect(event!.detail.code).to.equal('dataset');
      expect(event!.detail.message).to.equal(
        'Không tải được bộ dữ liệu từ mailto:x@y: không phải địa chỉ http(s) mà trang có thể tải',
      );
      await sleep(100);
      expect(uncaught).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('a dataset whose target names a missing plan gives a clear error', async () => {
    const ds = await (await fetch('/dist/data/dataset.json')).json();
    ds.targets[0] = {...ds.targets[0], plan_id: 'no-such-plan'};
    const original = window.fetch;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) =>
      String(input).endsWith('/dangling/dataset.json')
        ? new Response(JSON.stringify(ds), {headers: {'content-type': 'application/json'}})
        : original(input, init);
    try {
      const {a} = await place();
      const el = widget({unit: 'bac-kan', src: '/dangling/'});
      const e = nextEvent(el);
      a.append(el);
      const event = await e;
      expect(event.type).to.equal('plan-chart-error');
      expect(event.detail.code).to.equal('dataset');
      expect(event.detail.message).to.match(
        /^Không tải được bộ dữ liệu từ http:\/\/localhost:\d+\/dangling\/dataset\.json: một chỉ tiêu trỏ tới plan_id "no-such-plan" không có trong tệp$/,
      );
    } finally {
      window.fetch = original;
    }
  });

  it('a unit the dataset knows but that has no plan gives the "no plan" message', async () => {
    const {a} = await place();
    const el = widget({unit: '04'});
    const e = nextEvent(el);
    a.append(el);
    const event = await e;
    expect(event.type).to.equal('plan-chart-error');
    expect(event.detail.code).to.equal('no-plan');
    expect(event.detail.message).to.equal('Bộ dữ liệu chưa có kế hoạch nào của Tỉnh Cao Bằng.');
  });

  it('a results file with missing columns is described in English, in English', async () => {
    const {a} = await place();
    const el = widget({unit: 'quang-ngai', lang: 'en'});
    el.results = URL.createObjectURL(new Blob(['value;as_of\n70;2025-12-31\n'], {type: 'text/csv'}));
    const e = nextEvent(el);
    a.append(el);
    const event = await e;
    expect(event.detail.code).to.equal('results');
    expect(event.detail.message).to.not.match(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]|hoặc/i);
    expect(event.detail.message).to.match(
      /column target_id is missing: the header row needs target_id \(or unit_id and indicator_id\) and value/,
    );
  });
});
