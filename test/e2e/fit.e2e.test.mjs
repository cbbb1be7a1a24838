// The widget in containers that take their width from their content (shrink-to-fit): the table layouts of older
// portal templates (in quirks and standards mode), a float, an inline-block, a flex item, a grid `auto` column and an
// absolutely positioned box. In each the widget must take its width from the page, never from its own content: the
// same width 2 s and 8 s after charting, no horizontal scrollbar, and a 300 px sidebar column left at 300 px.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {start, open} from './harness.mjs';

let env;
before(async () => (env = await start()));
after(() => env.close());

const CONTEXTS = ['table-sidebar', 'table-main', 'float', 'inline-block', 'flex', 'grid', 'absolute'];
const PAGES = CONTEXTS.flatMap((name) => [`${name}.html`, `${name}.quirks.html`]);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The sizes that matter on a page: the widget, the 300 px column if any, and the document's overflow. */
const sizes = (page) =>
  page.evaluate(() => {
    const w = document.getElementById('w').getBoundingClientRect();
    const col = document.getElementById('col300')?.getBoundingClientRect();
    const root = document.documentElement;
    return {
      width: w.width,
      right: w.right,
      col: col?.width ?? null,
      scrollWidth: Math.max(root.scrollWidth, document.body.scrollWidth),
      viewport: root.clientWidth,
      charted: document.getElementById('w').shadowRoot.querySelectorAll('.vis svg').length > 0,
    };
  });

/** Opens a page, waits for the widget's first plan-chart-render, then reads its sizes then, 2 s and 8 s later. */
async function watch(path, width) {
  const {page, log} = await open(env.browser, env.url(path), {width, height: 900, window: true});
  try {
    await page.waitForFunction(() => window.__done.has(document.getElementById('w')), {timeout: 60_000});
    const mode = await page.evaluate(() => document.compatMode);
    const at0 = await sizes(page);
    await sleep(2000);
    const at2 = await sizes(page);
    await sleep(6000);
    const at8 = await sizes(page);
    return {path, width, mode, at0, at2, at8, errors: log.errors};
  } catch (error) {
    return {path, width, failure: error};
  } finally {
    await page.close();
  }
}

function check(r) {
  const name = `${r.path} at ${r.width} px`;
  if (r.failure) throw r.failure;
  assert.equal(r.mode, r.path.includes('.quirks.') ? 'BackCompat' : 'CSS1Compat', `${name}: rendering mode`);
  assert.deepEqual(r.errors, [], `${name}: no errors`);
  assert.ok(r.at8.charted, `${name}: the chart is drawn`);
  // The same width over time: no feedback loop between the widget's width and its container's.
  assert.ok(
    Math.abs(r.at2.width - r.at0.width) <= 1 && Math.abs(r.at8.width - r.at0.width) <= 1,
    `${name}: the widget keeps its width (${r.at0.width} px at render, ${r.at2.width} after 2 s, ${r.at8.width} after 8 s)`,
  );
  assert.ok(r.at8.width >= 200, `${name}: the widget has a readable width (${r.at8.width} px)`);
  // No horizontal scrollbar: neither the widget nor the layout it sits in is wider than the viewport.
  for (const [when, s] of [
    ['at render', r.at0],
    ['after 8 s', r.at8],
  ]) {
    assert.ok(
      s.scrollWidth <= s.viewport,
      `${name}: no horizontal overflow ${when} (document ${s.scrollWidth} px wide, viewport ${s.viewport} px)`,
    );
    assert.ok(s.right <= s.viewport + 0.5, `${name}: the widget ends inside the viewport ${when} (right: ${s.right})`);
  }
  // A 300 px sidebar column is not widened by the widget (at most 330 px) and keeps its width. (It may be narrower
  // than 300 px for reasons of the page's own: at 360 px the table's other column needs its longest word, and a
  // flex sidebar without flex-shrink: 0 gives way to long paragraphs — the same widths with no widget on the page.)
  if (r.at8.col !== null)
    assert.ok(
      r.at8.col <= 330 && Math.abs(r.at8.col - r.at0.col) <= 1,
      `${name}: the 300 px column is ${r.at0.col} px wide at render and ${r.at8.col} px after 8 s`,
    );
}

// All pages at once, each in a window of its own, so the 8 s waits overlap.
let results;
const all = () =>
  (results ??= Promise.all([
    ...PAGES.map((path) => watch(`/test/e2e/pages/fit/${path}`, 1280)),
    // A phone: the sidebar layouts alone (the page is a 300 px column and little else).
    watch('/test/e2e/pages/fit/table-sidebar.quirks.html', 360),
    watch('/test/e2e/pages/fit/float.html', 360),
  ]));

for (const path of PAGES)
  test(`shrink-to-fit: ${path} at 1280 px`, async () => {
    const r = (await all()).find((x) => x.path.endsWith(`/${path}`) && x.width === 1280);
    check(r);
  });

for (const path of ['table-sidebar.quirks.html', 'float.html'])
  test(`shrink-to-fit: ${path} at 360 px`, async () => {
    const r = (await all()).find((x) => x.path.endsWith(`/${path}`) && x.width === 360);
    check(r);
  });
