// React 19 and Vue 3 pages set attributes and properties on <plan-chart> and hear its events in their own state.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {rm} from 'node:fs/promises';
import {build} from 'esbuild';
import {start, open, settled} from './harness.mjs';

let env;
before(async () => {
  // React ships CommonJS only: bundle the page's script (tmp/ is gitignored; removed again after the tests).
  await build({
    entryPoints: ['test/e2e/pages/react-app.jsx'],
    bundle: true,
    format: 'esm',
    outfile: 'tmp/e2e/react-app.js',
    jsx: 'automatic',
    define: {'process.env.NODE_ENV': '"production"'},
    banner: {js: '/* eslint-disable */'},
    logLevel: 'error',
  });
  env = await start();
});
after(async () => {
  await env?.close();
  await rm('tmp/e2e', {recursive: true, force: true});
});

const TARGET = 'bac-kan-2021-2025:communication.commune_coverage';

/** The widget's title and the page's own outputs, read together. */
const state = (page) =>
  page.evaluate(() => ({
    title: document.querySelector('plan-chart').shadowRoot.querySelector('h2')?.textContent ?? null,
    render: document.querySelector('#render').textContent,
    select: document.querySelector('#select').textContent,
  }));

/** Waits until the title and the page's #render output both show the new state. */
async function until(page, title, render) {
  await page
    .waitForFunction(
      (title, render) =>
        document.querySelector('plan-chart').shadowRoot.querySelector('h2')?.textContent === title &&
        document.querySelector('#render').textContent.startsWith(render),
      {timeout: 30_000},
      title,
      render,
    )
    .catch(async (e) => {
      throw new Error(`waited for "${title}" and "${render}", have ${JSON.stringify(await state(page))}`, {cause: e});
    });
}

async function drive(path, {propEvents = false} = {}) {
  const {page, log} = await open(env.browser, env.url(path));
  await settled(page);
  await until(page, 'Tỉnh Bắc Kạn: chỉ tiêu và kết quả, giai đoạn 2021–2025', 'units=06 ');

  // Attributes and properties as the framework set them: unit reflected, results a property and never an attribute.
  const el = await page.$eval('plan-chart', (el) => ({
    unit: el.getAttribute('unit'),
    lang: el.getAttribute('lang'),
    resultsAttr: el.getAttribute('results'),
    results: Array.isArray(el.results) ? el.results.map((r) => ({...r})) : el.results,
    row: el.rows.find((r) => r.target_id === 'bac-kan-2021-2025:communication.commune_coverage'),
    count: el.rows.length,
    texts: [...el.shadowRoot.querySelectorAll('.vis svg text')].map((t) => t.textContent),
  }));
  assert.equal(el.unit, 'bac-kan');
  assert.equal(el.lang, 'vi');
  assert.equal(el.resultsAttr, null, 'results is not set as an attribute');
  assert.deepEqual(el.results, [{target_id: TARGET, value: 71, as_of: '2025-12-31'}]);
  assert.equal(el.row?.result?.value, 71, 'the property-supplied result is used');
  assert.equal(el.row.status, 'met');
  assert.ok(
    el.texts.some((t) => t.includes('Kết quả 71%')),
    'the chart labels the supplied result',
  );
  const loaded = await state(page);
  assert.equal(loaded.render, `units=06 period=2021-2025 lang=vi targets=${el.count}`);
  assert.equal(loaded.select, '');

  // The framework's own button changes app state; the widget re-renders and the page hears the render event.
  await page.click('#unit');
  await until(page, 'Tỉnh Quảng Ngãi: chỉ tiêu giai đoạn 2021–2025', 'units=51 ');
  assert.match((await state(page)).render, /^units=51 period=2021-2025 lang=vi targets=\d+$/);
  assert.equal(await page.$eval('plan-chart', (el) => el.getAttribute('unit')), 'quang-ngai');

  await page.click('#lang');
  await until(page, 'Quang Ngai province: targets, 2021–2025', 'units=51 period=2021-2025 lang=en ');

  // Choosing a target (the table row's button, in the widget's shadow root) reaches the framework's handler.
  const toggle = await page.waitForFunction(() =>
    document.querySelector('plan-chart').shadowRoot.querySelector('.controls button'),
  );
  assert.equal((await toggle.evaluate((b) => b.textContent)).trim(), 'Show table');
  await toggle.click();
  const row = await page.waitForFunction(() =>
    document.querySelector('plan-chart').shadowRoot.querySelector('tbody th button'),
  );
  await row.click();
  await page.waitForFunction(() => document.querySelector('#select').textContent !== '', {timeout: 10_000});
  const selected = (await state(page)).select;
  assert.match(selected, /^quang-ngai-2021-2025:\S+ status=\S+$/);
  const first = await page.$eval('plan-chart', (el) => el.rows[0].target_id);
  assert.ok(selected.startsWith(`${first} `), `the first row (${first}) was selected: ${selected}`);

  if (propEvents) {
    // React 19's `on<event-name>` props on a custom element: addEventListener with the name as written.
    const byProp = await page.evaluate(() => ({
      render: document.querySelector('#render-prop').textContent,
      select: document.querySelector('#select-prop').textContent,
    }));
    const final = await state(page);
    assert.equal(byProp.render, final.render, 'onplan-chart-render prop heard the same render event');
    assert.equal(byProp.select, final.select, 'onplan-chart-select prop heard the same select event');
  }

  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.failed, []);
  await page.close();
}

test('a React 19 page sets props and properties on <plan-chart> and hears its events', () =>
  drive('/test/e2e/pages/react.html', {propEvents: true}));

test('a Vue 3 page sets attributes and properties on <plan-chart> and hears its events', () =>
  drive('/test/e2e/pages/vue.html'));
