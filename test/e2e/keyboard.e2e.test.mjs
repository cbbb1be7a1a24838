// The chart as a keyboard and screen-reader user gets it, and the selection panel beside the mark clicked: Tab into
// the chart (one tab stop), arrows from row to row, each row's name with its figures, Enter opens the panel with
// focus in it, Escape gives focus back to the row; a click far down a long chart opens the panel in view, beside the
// row; the tooltip never covers its row. Served under a strict CSP (test/e2e/pages/keyboard.html).
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {start, open, settled, STRICT_CSP} from './harness.mjs';

let env;
before(
  async () =>
    (env = await start({
      headers: (path) =>
        path.startsWith('/test/e2e/pages/keyboard') ? {'Content-Security-Policy': STRICT_CSP} : undefined,
    })),
);
after(() => env.close());

/** The page with one widget of these attributes, drawn, with its rows' list laid. */
async function chart(query, width, height = 800) {
  const {page, log} = await open(env.browser, env.url(`/test/e2e/pages/keyboard.html?${query}`), {width, height});
  const violations = await settled(page);
  await page.waitForFunction(() => document.querySelector('plan-chart').shadowRoot.querySelector('.keys'), {
    timeout: 10_000,
  });
  return {page, log, violations};
}

/** The element focused, through the shadow root: its role, key, name and whether it is in the selection panel. */
const focused = (page) =>
  page.evaluate(() => {
    let a = document.activeElement;
    const inWidget = a?.tagName === 'PLAN-CHART';
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return {
      inWidget,
      role: a?.getAttribute('role') ?? a?.tagName.toLowerCase(),
      key: a?.dataset?.key ?? null,
      name: a?.getAttribute('aria-label') ?? a?.textContent.trim() ?? '',
      inPanel: !!a?.closest?.('.selection'),
    };
  });

/** Boxes (client coordinates) of the open panel, of the row with `key`, and the viewport's height. */
const boxes = (page, key) =>
  page.evaluate((key) => {
    const r = document.querySelector('plan-chart').shadowRoot;
    const box = (el) => {
      const b = el?.getBoundingClientRect();
      return b ? {top: b.top, bottom: b.bottom, left: b.left, right: b.right} : null;
    };
    return {
      panel: box(r.querySelector('.selection')),
      row: box(r.querySelector(`[role="option"][data-key="${CSS.escape(key)}"]`)),
      vh: innerHeight,
      vw: innerWidth,
    };
  }, key);

test('Tab reaches the chart once, arrows walk its rows with their figures, Enter opens the quote, Escape returns', async () => {
  const {page, log, violations} = await chart('unit=yen-bai', 1280);
  const options = await page.evaluate(() =>
    [...document.querySelector('plan-chart').shadowRoot.querySelectorAll('[role="option"]')].map((o) => ({
      tabIndex: o.tabIndex,
      name: o.getAttribute('aria-label'),
    })),
  );
  assert.ok(options.length >= 3, `one option a row (${options.length})`);
  assert.equal(options.filter((o) => o.tabIndex === 0).length, 1, 'one tab stop');
  for (const o of options) assert.match(o.name, /: chỉ tiêu .+; kết quả .+; (đạt|chưa đạt|chưa đến hạn)$/, o.name);

  await page.focus('#before');
  let f;
  for (let k = 0; k < 6; k++) {
    await page.keyboard.press('Tab');
    f = await focused(page);
    if (f.role === 'option') break;
  }
  assert.equal(f.role, 'option', 'Tab reaches the chart');
  const first = f.key;
  await page.keyboard.press('ArrowDown');
  f = await focused(page);
  assert.equal(f.role, 'option');
  assert.notEqual(f.key, first, 'ArrowDown moves to the next row');
  assert.equal(f.name, options[1].name);
  // Label, target in words, result and status.
  assert.match(f.name, /^Xã, phường, thị trấn tổ chức tuyên truyền thường xuyên/);
  assert.match(f.name, /chỉ tiêu đạt 100%, đến 2020; kết quả 100% \(tính đến 27\/11\/2020\); đạt$/);
  const row = f.key;
  // The focused row is visibly outlined.
  const ring = await page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    const s = getComputedStyle(a);
    return {style: s.outlineStyle, width: parseFloat(s.outlineWidth)};
  });
  assert.deepEqual(ring, {style: 'solid', width: 3});

  await page.keyboard.press('End');
  assert.equal(
    (await focused(page)).key,
    await page.evaluate(
      () => [...document.querySelector('plan-chart').shadowRoot.querySelectorAll('[role="option"]')].at(-1).dataset.key,
    ),
  );
  await page.keyboard.press('Home');
  assert.equal((await focused(page)).key, first);
  await page.keyboard.press('ArrowRight');
  assert.equal((await focused(page)).key, row, 'ArrowRight also moves on');

  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('plan-chart').shadowRoot.querySelector('.selection'));
  await new Promise((r) => setTimeout(r, 50));
  f = await focused(page);
  assert.ok(f.inPanel, `focus is in the panel (${f.role} ${f.name})`);
  const b = await boxes(page, row);
  assert.ok(b.panel.bottom > 0 && b.panel.top < b.vh, `the panel is in view (${JSON.stringify(b)})`);
  assert.ok(Math.abs(b.panel.top - b.row.bottom) < 100, `beside its row (${JSON.stringify(b)})`);
  const quote = await page.evaluate(
    () => document.querySelector('plan-chart').shadowRoot.querySelector('.selection blockquote').textContent,
  );
  assert.match(quote, /2020 đạt 100%/);

  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('plan-chart').shadowRoot.querySelector('.selection'));
  f = await focused(page);
  assert.equal(f.role, 'option');
  assert.equal(f.key, row, 'Escape gives focus back to the row');

  // "Đóng" does the same; Tab from the row leaves the chart.
  await page.keyboard.press(' ');
  await page.waitForFunction(() => document.querySelector('plan-chart').shadowRoot.querySelector('.selection'));
  await new Promise((r) => setTimeout(r, 50));
  await page.evaluate(() =>
    [...document.querySelector('plan-chart').shadowRoot.querySelectorAll('.selection button')].at(-1).click(),
  );
  await page.waitForFunction(() => !document.querySelector('plan-chart').shadowRoot.querySelector('.selection'));
  assert.equal((await focused(page)).key, row, '"Đóng" gives focus back to the row');
  await page.keyboard.press('Tab');
  f = await focused(page);
  assert.notEqual(f.role, 'option', `one tab stop: Tab leaves the rows (${f.role} ${f.name})`);

  assert.deepEqual(violations, []);
  assert.deepEqual(log.errors, []);
});

test('the accessibility tree holds every row with its name, in English too', async () => {
  const {page} = await chart('unit=yen-bai&lang=en', 1280);
  const snapshot = await page.accessibility.snapshot({interestingOnly: true});
  const flat = [];
  const walk = (n) => {
    flat.push(n);
    (n.children ?? []).forEach(walk);
  };
  walk(snapshot);
  const listboxes = flat.filter((n) => n.role === 'listbox');
  assert.ok(listboxes.length >= 1, 'a listbox per panel');
  const options = flat.filter((n) => n.role === 'option');
  assert.ok(options.length >= 3, `rows in the tree (${options.length})`);
  for (const o of options) assert.match(o.name, /: target .+; result .+; (met|not met|not yet due)$/, o.name);
});

for (const width of [360, 1000])
  test(`a click far down a long list at ${width} px opens the panel in view, beside the row; the tooltip misses the row`, async () => {
    const {page, log, violations} = await chart('unit=quang-ngai', width);
    const keys = await page.evaluate(() =>
      [...document.querySelector('plan-chart').shadowRoot.querySelectorAll('[role="option"]')].map(
        (o) => o.dataset.key,
      ),
    );
    assert.ok(keys.length > 15, `a long list (${keys.length} rows)`);
    const key = keys[keys.length - 3];
    // Scroll the row to the middle of the viewport, as a reader would, and click it.
    await page.evaluate((key) => {
      const o = document.querySelector('plan-chart').shadowRoot.querySelector(`[data-key="${CSS.escape(key)}"]`);
      o.scrollIntoView({block: 'center'});
    }, key);
    const before = await boxes(page, key);
    assert.ok(before.row.top > 300, 'the row is far below the top of the widget');
    const x = (before.row.left + before.row.right) / 2;
    const y = (before.row.top + before.row.bottom) / 2;

    // Hovering the row shows its tooltip above or below it, never over it.
    await page.mouse.move(x, y);
    await page.mouse.move(x + 5, y + 1);
    await page.waitForFunction(() => !document.querySelector('plan-chart').shadowRoot.querySelector('.tooltip').hidden);
    const tip = await page.evaluate(() => {
      const b = document.querySelector('plan-chart').shadowRoot.querySelector('.tooltip').getBoundingClientRect();
      return {top: b.top, bottom: b.bottom};
    });
    assert.ok(
      tip.bottom <= before.row.top + 4 || tip.top >= before.row.bottom - 4,
      `tooltip ${JSON.stringify(tip)} row ${JSON.stringify(before.row)}`,
    );

    await page.mouse.click(x, y);
    await page.waitForFunction(() => document.querySelector('plan-chart').shadowRoot.querySelector('.selection'));
    await new Promise((r) => setTimeout(r, 50));
    const b = await boxes(page, key);
    assert.ok(b.panel.bottom > 0 && b.panel.top < b.vh, `the panel is in view (${JSON.stringify(b)})`);
    assert.ok(Math.abs(b.panel.top - b.row.bottom) < 100, `beside its row (${JSON.stringify(b)})`);
    assert.ok(b.panel.left >= 0 && b.panel.right <= b.vw, 'within the width');
    assert.ok((await focused(page)).inPanel, 'focus is in the panel');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('plan-chart').shadowRoot.querySelector('.selection'));
    assert.equal((await focused(page)).key, key, 'focus goes back to the row clicked');
    assert.deepEqual(violations, []);
    assert.deepEqual(log.errors, []);
  });

test('by keyboard alone down a long list at 360 px: the panel opens in view with the row quote; a resize keeps the row', async () => {
  const {page, log} = await chart('unit=quang-ngai', 360, 640);
  await page.focus('#before');
  let f;
  for (let k = 0; k < 6 && f?.role !== 'option'; k++) {
    await page.keyboard.press('Tab');
    f = await focused(page);
  }
  assert.equal(f.role, 'option', 'Tab reaches the chart');
  for (let k = 0; k < 12; k++) await page.keyboard.press('ArrowDown');
  f = await focused(page);
  const key = f.key;
  const names = await page.evaluate(() =>
    [...document.querySelector('plan-chart').shadowRoot.querySelectorAll('[role="option"]')].map((o) =>
      o.getAttribute('aria-label'),
    ),
  );
  assert.equal(f.name, names[12], 'the thirteenth row');
  assert.match(f.name, /: chỉ tiêu .+; chưa có số liệu$/);
  // The focused row is on screen (the browser scrolled to it).
  let b = await boxes(page, key);
  assert.ok(b.row.top >= 0 && b.row.bottom <= b.vh, `row in view ${JSON.stringify(b.row)}`);

  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('plan-chart').shadowRoot.querySelector('.selection'));
  await new Promise((r) => setTimeout(r, 50));
  b = await boxes(page, key);
  assert.ok(b.panel.top >= 0 && b.panel.top < b.vh, `the panel's top is in view (${JSON.stringify(b)})`);
  assert.ok(Math.abs(b.panel.top - b.row.bottom) < 100, `under its row (${JSON.stringify(b)})`);
  assert.ok((await focused(page)).inPanel);
  const [quote, expected] = await page.evaluate((key) => {
    const el = document.querySelector('plan-chart');
    return [
      el.shadowRoot.querySelector('.selection blockquote').textContent,
      el.rows.find((r) => r.target_id === key)?.quote,
    ];
  }, key);
  assert.ok(expected, 'the row is a target');
  assert.equal(quote, `“${expected}”`);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('plan-chart').shadowRoot.querySelector('.selection'));
  assert.equal((await focused(page)).key, key);

  // A wider window redraws the chart: the keyboard stays on the same row.
  await page.setViewport({width: 700, height: 640});
  await page.waitForFunction(
    (key) => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a?.dataset?.key === key && parseFloat(a.style.width) > 400;
    },
    {timeout: 10_000},
    key,
  );
  assert.deepEqual(log.errors, []);
});
