// Hostile pages, the script twice, a classic-script CMS, 20 widgets on one page, and the iframe embed.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {start, open, settled, widgets, diffPixels} from './harness.mjs';

let env;
before(async () => (env = await start()));
after(() => env.close());

async function shoot(path) {
  const {page, log} = await open(env.browser, env.url(path), {width: 1200, height: 2400});
  await settled(page);
  const shots = {};
  for (const id of ['attainment', 'table']) shots[id] = Buffer.from(await (await page.$(`#${id}`)).screenshot());
  const w = await widgets(page);
  // Position and type of every element inside each widget, relative to the widget.
  const layout = await page.$$eval('plan-chart', (els) =>
    els.map((el) => {
      const host = el.getBoundingClientRect();
      return [...el.shadowRoot.querySelectorAll('h2, button, .panel, svg, th, td, footer p')].map((n) => {
        const r = n.getBoundingClientRect();
        const cs = getComputedStyle(n);
        return [
          n.tagName,
          r.x - host.x,
          r.y - host.y,
          r.width,
          r.height,
          cs.fontFamily,
          cs.fontSize,
          cs.fontWeight,
          cs.color,
          cs.backgroundColor,
          cs.direction,
        ];
      });
    }),
  );
  const leak = await page.evaluate(() => ({
    styles: document.querySelectorAll('style').length,
    adopted: document.adoptedStyleSheets.length,
    sheets: document.styleSheets.length,
    links: document.querySelectorAll('link[rel=stylesheet]').length,
  }));
  await page.close();
  return {shots, w, layout, leak, log};
}

test('the widget looks the same on Bootstrap 3 (RTL) and Bootstrap 5 pages with a hostile reset', async () => {
  const clean = await shoot('/test/e2e/pages/hostile-clean.html');
  assert.ok(clean.w[0].marks > 10);
  for (const kind of ['bs3', 'bs5']) {
    const hostile = await shoot(`/test/e2e/pages/hostile-${kind}.html`);
    assert.deepEqual(hostile.log.errors, []);
    assert.deepEqual(
      hostile.w.map((x) => [x.width, x.height]),
      clean.w.map((x) => [x.width, x.height]),
      `${kind}: same sizes`,
    );
    assert.deepEqual(
      hostile.w.map((x) => x.texts),
      clean.w.map((x) => x.texts),
      `${kind}: same labels`,
    );
    assert.deepEqual(
      hostile.layout,
      clean.layout,
      `${kind}: every element at the same place, in the same type and colour`,
    );
    if (kind === 'bs5') {
      // Same position on the page, so the same pixels, but for a few anti-aliased edges.
      for (const id of ['attainment', 'table']) {
        const d = await diffPixels(env.browser, clean.shots[id], hostile.shots[id]);
        assert.ok(
          d.count >= 0 && d.count <= 500,
          `${kind}: #${id} differs from the clean page in ${d.count} pixels (${JSON.stringify(d.box)})`,
        );
      }
    }
    // Nothing of the widget's styling reaches the page: no <style>, no adopted sheet, only the page's own links.
    assert.deepEqual(hostile.leak, {styles: 0, adopted: 0, sheets: hostile.leak.links, links: hostile.leak.links});
  }
});

test('loading the script twice, a second copy and the classic loader does not throw', async () => {
  const {page, log} = await open(env.browser, env.url('/test/e2e/pages/double.html'));
  await settled(page);
  const [w] = await widgets(page);
  assert.deepEqual(log.errors, []);
  assert.equal(w.title, 'Tỉnh Bắc Kạn: chỉ tiêu giai đoạn 2021–2025');
  assert.ok(w.marks > 10);
  await page.close();
});

test('a CMS that strips type="module": the classic script loads the widget', async () => {
  const {page, log} = await open(env.browser, env.url('/test/e2e/pages/classic.html'));
  await settled(page);
  const [w] = await widgets(page);
  assert.deepEqual(log.errors, []);
  assert.equal(w.title, 'Huyện Quỳ Châu: chỉ tiêu năm 2025');
  await page.close();
});

/** Before any script: records what each widget's shadow root shows first (a loading message or its title). */
function recordFirstStates(page) {
  return page.evaluateOnNewDocument(() => {
    window.__states = {};
    window.__titles = [];
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      const id = this.id;
      const states = (window.__states[id] = []);
      const seen = () => {
        const state = root.querySelector('h2') ? 'title' : root.querySelector('.message') ? 'loading' : null;
        if (state && states.at(-1) !== state) {
          states.push(state);
          if (state === 'title') window.__titles.push(id);
        }
      };
      new MutationObserver(seen).observe(root, {childList: true, subtree: true});
      return root;
    };
  });
}

test('20 widgets share one dataset (carried in the script) and one chart engine; charts below the fold wait for the reader', async () => {
  const {page, log} = await open(env.browser, env.url('/test/e2e/pages/many.html'), {
    width: 1000,
    height: 900,
    before: recordFirstStates,
  });
  await page.waitForFunction(() => document.querySelector('#w0') && window.__done.has(document.querySelector('#w0')), {
    timeout: 30_000,
  });
  const early = await page.evaluate(() =>
    [...document.querySelectorAll('plan-chart')].map((el) => el.shadowRoot.querySelectorAll('.vis svg').length > 0),
  );
  assert.equal(early[0], true, 'the first widget is charted');
  assert.equal(early[19], false, 'the last widget is not charted before the reader scrolls');
  const lastTitle = await page.$eval('#w19', (el) => el.shadowRoot.querySelector('h2')?.textContent);
  assert.ok(lastTitle, 'the last widget already shows its title');
  // The first widget shows its title in its first render (no loading message first); the others take turns, in
  // document order.
  const {states, titles} = await page.evaluate(() => ({states: window.__states, titles: window.__titles}));
  assert.deepEqual(states.w0, ['title']);
  assert.deepEqual(
    titles,
    Array.from({length: 20}, (_, k) => `w${k}`),
  );
  for (let y = 0; y < 40; y++) {
    await page.evaluate(() => window.scrollBy(0, 900));
    await new Promise((r) => setTimeout(r, 60));
  }
  await settled(page);
  const w = await widgets(page);
  assert.equal(w.filter((x) => x.marks > 0).length, 20);
  // The dataset travels inside plan-chart.js: twenty widgets, no dataset request at all.
  assert.equal(log.requests.filter((u) => u.endsWith('/dataset.json')).length, 0);
  assert.equal(log.requests.filter((u) => u.endsWith('/plan-chart.js')).length, 1);
  assert.equal(log.requests.filter((u) => /\/chunks\/vega-runtime-[\w-]+\.js$/.test(u)).length, 1);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('the iframe embed keeps its height equal to its content, on desktop and on a phone', async () => {
  for (const width of [1000, 360]) {
    const {page, log} = await open(env.browser, env.url('/test/e2e/pages/iframe-host.html'), {width, height: 800});
    const frame = await (await page.waitForSelector('#frame')).contentFrame();
    await frame.waitForFunction(
      // Bắc Kạn has no result yet: one list of its targets.
      () => document.querySelector('plan-chart')?.shadowRoot?.querySelectorAll('.vis svg').length === 1,
      {timeout: 30_000},
    );
    await page.waitForFunction(() => {
      const f = document.getElementById('frame');
      return (
        Math.abs(f.getBoundingClientRect().height - f.contentDocument.documentElement.getBoundingClientRect().height) <=
        1
      );
    });
    const [outer, inner] = await page.evaluate(() => {
      const f = document.getElementById('frame');
      return [f.getBoundingClientRect().height, f.contentDocument.documentElement.getBoundingClientRect().height];
    });
    assert.ok(outer > 600, `iframe grew from 300 px to its content (${outer})`);
    assert.ok(Math.abs(outer - inner) <= 1);
    const title = await frame.$eval('plan-chart', (el) => el.shadowRoot.querySelector('h2').textContent);
    assert.equal(title, 'Tỉnh Bắc Kạn: chỉ tiêu giai đoạn 2021–2025');
    assert.deepEqual(log.errors, []);
    await page.close();
  }
});
