// "Chart your own plan" in the embed builder: a plan's text pasted (or a .docx uploaded), the proposals checked and
// fixed in their cards, results added, and the snippet copied renders the same chart on a blank page.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {heights, start, open, settled, widgets} from './harness.mjs';

let env;
before(async () => (env = await start()));
after(() => env.close());

const SAMPLE = readFileSync(new URL('../../demo/plan-sample.txt', import.meta.url), 'utf8');

/** A blank page holding only the snippet, served like the editor's own page would be. */
function pageWith(name, snippet) {
  mkdirSync('tmp/e2e', {recursive: true});
  writeFileSync(
    `tmp/e2e/plan-builder-${name}.html`,
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${name}</title></head><body>${snippet}</body></html>`,
  );
  return `/tmp/e2e/plan-builder-${name}.html`;
}

/** Types into a field of the page as an editor does (its input event fires). */
const set = (page, selector, value) =>
  page.$eval(
    selector,
    (el, v) => {
      el.value = v;
      el.dispatchEvent(new Event('input', {bubbles: true}));
    },
    value,
  );
const card = (n, field) => `#cards > li:nth-child(${n}) [name="${field}"]`;
const cards = (page) =>
  page.$$eval('#cards > li', (lis) =>
    lis.map((li) => Object.fromEntries([...li.querySelectorAll('[name]')].map((el) => [el.name, el.value]))),
  );
/** What a widget shows: label, target, status and result of each row. */
const shown = (page, selector) =>
  page.$eval(selector, (el) =>
    el.rows.map((r) => [r.quote, r.comparator, r.value, r.value_max, r.measure, r.status, r.result?.value ?? null]),
  );

test('pasted text → proposals in cards → fixed, deleted, added, results → the snippet draws the same chart', async () => {
  const {page, log} = await open(env.browser, env.url('/demo/builder-plan.html'));
  await page.browserContext().overridePermissions(env.url('/'), ['clipboard-read', 'clipboard-write']);
  await page.waitForSelector('body[data-ready="true"]');
  await set(page, '#plan-text', SAMPLE);
  await page.waitForFunction(() => document.querySelectorAll('#cards > li').length === 6, {timeout: 20_000});

  // The proposals, every field editable; each quote highlighted in the text.
  const proposed = await cards(page);
  assert.deepEqual(
    proposed.map((c) => [c.comparator, c.value, c.value_max, c.measure, c.target_year]),
    [
      ['>=', '80', '', 'percent', '2026'],
      ['>=', '1200', '', 'count', '2026'],
      // "02 tin, bài … mỗi tháng": so many a month.
      ['>=', '2', '', 'per_month', '2026'],
      ['=', '100', '', 'percent', '2026'],
      ['=', '100', '', 'percent', '2026'],
      ['range', '60', '70', 'percent', '2026'],
    ],
  );
  assert.equal(
    proposed[0].quote,
    'Ít nhất 80% thôn, bản trên địa bàn xã tổ chức tuyên truyền về phòng, chống mại dâm ít nhất một lần mỗi quý.',
  );
  assert.deepEqual(
    await page.$$eval('#source mark', (ms) =>
      ms.map((m) => [m.querySelector('.mark-no').textContent, m.lastChild.textContent.slice(0, 12)]),
    ),
    [
      ['1', 'Ít nhất 80% '],
      ['2', 'Tuyên truyền'],
      ['3', 'Đài truyền t'],
      ['4', '100% cơ sở k'],
      ['5', '100% tố giác'],
      ['6', 'Từ 60% đến 7'],
    ],
  );
  // The plan's details, read from its header.
  assert.deepEqual(await page.$$eval('#plan-fields input', (is) => is.map((i) => i.value)), [
    'Kế hoạch phòng, chống mại dâm trên địa bàn xã Đông Sơn năm 2026',
    'UBND xã Đông Sơn',
    '45/KH-UBND',
    '2026-01-15',
    '2026',
    '',
    '',
  ]);

  // Fix: shorter labels; delete the sixth, then add it back by hand.
  await set(page, card(1, 'label'), 'Thôn, bản tổ chức tuyên truyền mỗi quý');
  await set(page, card(4, 'label'), 'Cơ sở kinh doanh dịch vụ được kiểm tra trong năm');
  await page.click('#cards > li:nth-child(6) .card-actions button:last-child');
  assert.equal(await page.$$eval('#cards > li', (l) => l.length), 5);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'add', 'focus goes to "add" after the last card');
  await page.keyboard.press('Enter');
  assert.equal(await page.$$eval('#cards > li', (l) => l.length), 6);
  assert.equal(await page.evaluate(() => document.activeElement.name), 'label', 'the new card is focused');
  await page.keyboard.type('Hộ gia đình ký cam kết');
  await page.select(card(6, 'comparator'), 'range');
  await page.$eval(card(6, 'comparator'), (s) => s.dispatchEvent(new Event('input', {bubbles: true})));
  await set(page, card(6, 'value'), '60');
  await set(page, card(6, 'value_max'), '70');
  await set(
    page,
    card(6, 'quote'),
    'Từ 60% đến 70% hộ gia đình ký cam kết không vi phạm pháp luật về phòng, chống mại dâm.',
  );
  await page.waitForFunction(() => document.querySelectorAll('#source mark').length === 6);

  // A value that is not a number is named on its card and in the list, and the other targets still chart.
  await set(page, card(4, 'value'), 'một trăm');
  await page.waitForFunction(() => document.querySelectorAll('#issues li').length === 1, {timeout: 20_000});
  assert.equal(
    await page.$eval('#issues li', (li) => li.textContent),
    'Bảng chỉ tiêu mục 4, trường value: "một trăm" không phải là số (cần chữ số, dấu "." hoặc "," thập phân)',
  );
  assert.equal(await page.$eval(card(4, 'value'), (i) => i.getAttribute('aria-invalid')), 'true');
  assert.equal(await page.$eval('#read', (p) => p.textContent), '5 chỉ tiêu được vẽ, 1 lỗi bị bỏ qua:');
  await set(page, card(4, 'value'), '100');

  // Results beside two targets: 85% against at least 80% (met), 1.050 people by 2025 against 1.200 by 2026 (not yet due).
  for (const [n, value, asOf] of [
    [1, '85', '31/12/2025'],
    [2, '1.050', '31/12/2025'],
  ]) {
    await set(page, card(n, 'result'), value);
    await set(page, card(n, 'result_as_of'), asOf);
  }
  await page.waitForFunction(
    () =>
      document.getElementById('read').textContent === '6 chỉ tiêu được vẽ.' &&
      document.getElementById('snippet').value.includes('"result":1050'),
    {timeout: 20_000},
  );
  const preview = (await widgets(page, '#preview plan-chart'))[0];
  const previewRows = await shown(page, '#preview plan-chart');
  assert.equal(preview.title, 'Xã Đông Sơn: chỉ tiêu và kết quả năm 2026');
  assert.deepEqual(
    previewRows.map((r) => [r[1], r[2], r[4], r[5], r[6]]),
    [
      ['>=', 80, 'percent', 'met', 85],
      ['>=', 1200, 'count', 'not_due', 1050],
      ['>=', 2, 'per_month', 'no_data', null],
      ['=', 100, 'percent', 'no_data', null],
      ['=', 100, 'percent', 'no_data', null],
      ['range', 60, 'percent', 'no_data', null],
    ],
  );

  // Copied: the snippet carries the targets inline, with fallback text for readers without JavaScript.
  await page.click('#copy');
  await page.waitForFunction(() => document.getElementById('copy-status').textContent === 'Đã chép.');
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(snippet, await page.$eval('#snippet', (t) => t.value));
  assert.match(
    snippet,
    /^<script type="module" src="http:\/\/localhost:\d+\/dist\/plan-chart\.js"><\/script>\n<plan-chart view="attainment" lang="vi" style="display:block;min-height:(\d+)px">\n {2}<script type="application\/json" data-targets>\{"title":"Kế hoạch phòng, chống mại dâm trên địa bàn xã Đông Sơn năm 2026","issuer":"UBND xã Đông Sơn","document":"45\/KH-UBND","date":"2026-01-15","span":"2026","targets":\[/,
  );
  assert.match(snippet, /<p><strong>Xã Đông Sơn: chỉ tiêu và kết quả năm 2026<\/strong><br>/);
  // It holds the space of the chart at 1280 px (less a margin) while the script loads.
  const hold = Number(/min-height:(\d+)px/.exec(snippet)[1]);
  assert.ok(hold > 500, `min-height ${hold}`);
  assert.deepEqual(log.errors, []);

  // On a blank page: the same chart, rows, statuses and results, with the notice that the targets are the page's.
  const blank = await open(env.browser, env.url(pageWith('script', snippet)));
  await settled(blank.page);
  const pasted = (await widgets(blank.page))[0];
  assert.equal(pasted.title, preview.title);
  assert.deepEqual(await shown(blank.page, 'plan-chart'), previewRows);
  assert.match(
    await blank.page.$eval('plan-chart', (el) => el.shadowRoot.querySelector('.notice').textContent),
    /^Lưu ý: các chỉ tiêu trong biểu đồ này do trang web đăng biểu đồ cung cấp/,
  );
  // No more than the chart needs: no blank space below it.
  const {host, chart} = await heights(blank.page);
  assert.ok(hold <= chart && Math.abs(host - chart) < 1, `held ${hold}, host ${host}, chart ${chart}`);
  assert.deepEqual(blank.log.errors, []);
  await blank.page.close();
  await page.close();
});

test('a .docx upload is proposed; every control is labelled, in DOM order, and fits a 360 px screen', async () => {
  const {page, log} = await open(env.browser, env.url('/demo/builder-plan.html?lang=en'), {width: 360, window: true});
  await page.waitForSelector('body[data-ready="true"]');
  const input = await page.$('#plan-file');
  await input.uploadFile(new URL('../fixtures/propose/plan.docx', import.meta.url).pathname);
  await page.waitForFunction(() => document.querySelectorAll('#cards > li').length === 4, {timeout: 20_000});
  assert.equal(
    await page.$eval('#plan-title', (i) => i.value),
    'Kế hoạch phòng, chống mại dâm trên địa bàn huyện năm 2026',
  );
  assert.equal(
    await page.$eval('#cards > li:nth-child(4) legend', (l) => l.textContent),
    'Target 4 (section II.1, in the assignments section)',
  );
  await page.waitForFunction(() => document.getElementById('read').textContent === '4 targets charted.', {
    timeout: 20_000,
  });
  const layout = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
    outside: [...document.querySelectorAll('main select, main input, main textarea, main button, main label')]
      .map((el) => [el.name || el.id || el.textContent.trim().slice(0, 20), el.getBoundingClientRect()])
      .filter(([, r]) => r.width > 0 && (r.left < 0 || r.right > document.documentElement.clientWidth))
      .map(([name, r]) => `${name} ${Math.round(r.left)}–${Math.round(r.right)}`),
    unlabelled: [...document.querySelectorAll('main input, main select, main textarea')]
      .filter((el) => !el.labels?.length && !el.getAttribute('aria-label'))
      .map((el) => el.id || el.name),
    positiveTabindex: [...document.querySelectorAll('[tabindex]')].filter((el) => el.tabIndex > 0).length,
  }));
  assert.ok(layout.page <= layout.viewport, `no horizontal scrolling at 360 px (${layout.page} px)`);
  assert.deepEqual(layout.outside, []);
  assert.deepEqual(layout.unlabelled, []);
  assert.equal(layout.positiveTabindex, 0, 'focus follows the order of the page');
  assert.deepEqual(log.errors, []);
  await page.close();
});
