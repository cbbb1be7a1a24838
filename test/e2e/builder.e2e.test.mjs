// The embed builder: what an editor picks is previewed, results errors are shown per line, and the snippet it
// produces renders the same chart on a blank page.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, writeFileSync} from 'node:fs';
import {heights, start, open, settled, widgets} from './harness.mjs';

let env;
before(async () => (env = await start()));
after(() => env.close());

const GOOD = 'target_id,value,as_of\nquang-ngai-2021-2025:communication.commune_coverage,"72,5",31/12/2025\n';
const BAD =
  'target_id,value,as_of\nquang-ngai-2021-2025:communication.commune_coverage,72,2025-12-31\nquang-ngai-2021-2025:communication.students,bảy mươi,2025-12-31\n';

/** A blank page holding only the snippet, served like the editor's own page would be. */
function pageWith(name, snippet) {
  mkdirSync('tmp/e2e', {recursive: true});
  writeFileSync(
    `tmp/e2e/builder-${name}.html`,
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${name}</title></head><body>${snippet}</body></html>`,
  );
  return `/tmp/e2e/builder-${name}.html`;
}

async function choose(page) {
  await page.waitForSelector('body[data-ready="true"]');
  await page.select('select[name=view]', 'attainment');
  await page.$eval('input[value="bac-kan"]', (b) => b.click());
  await page.$eval('input[value="quang-ngai"]', (b) => b.click());
  await page.select('select[name=lang]', 'en');
}

/** The rows a widget shows: target, status and reported value. */
const shown = (page, selector = 'plan-chart') =>
  page.$eval(selector, (el) => el.rows.map((r) => [r.target_id, r.status, r.result?.value ?? null]));

test('the builder previews the choice, lists results errors by line, and writes snippets with fallback content', async () => {
  const {page, log} = await open(env.browser, env.url('/demo/builder.html'));
  await choose(page);
  await page.$eval(
    '#results',
    (t, v) => {
      t.value = v;
      t.dispatchEvent(new Event('input'));
    },
    BAD,
  );
  await page.waitForFunction(() => document.querySelectorAll('#issues li').length === 1, {timeout: 20_000});
  assert.equal(
    await page.$eval('#issues li', (li) => li.textContent),
    'results.csv dòng 3, cột value: "bảy mươi" không phải là số (cần chữ số, dấu "." hoặc "," thập phân)',
  );
  await page.$eval(
    '#results',
    (t, v) => {
      t.value = v;
      t.dispatchEvent(new Event('input'));
    },
    GOOD,
  );
  // The iframe snippet comes last: the builder measures the chart's height at several widths first.
  await page.waitForFunction(
    () =>
      document.querySelectorAll('#issues li').length === 0 &&
      document.getElementById('snippet-script').value.includes('72.5') &&
      document.getElementById('snippet-iframe').value.includes('72.5') &&
      !document.getElementById('snippet-iframe').hasAttribute('aria-busy'),
    {timeout: 30_000},
  );
  const preview = (await widgets(page, '#preview plan-chart'))[0];
  const previewRows = await shown(page, '#preview plan-chart');
  assert.equal(preview.title, 'Quang Ngai province: targets and results, 2021–2025');
  assert.ok(preview.texts.some((t) => t.includes('Result 72.5%')));
  const script = await page.$eval('#snippet-script', (t) => t.value);
  const iframe = await page.$eval('#snippet-iframe', (t) => t.value);
  // The snippet holds the chart's space while the script loads (its height at the widest column, less a margin).
  const hold = Number(
    /<plan-chart view="attainment" unit="quang-ngai" lang="en" style="display:block;min-height:(\d+)px">/.exec(
      script,
    )?.[1],
  );
  assert.ok(hold > 1000, `min-height ${hold}`);
  assert.match(
    script,
    /<script type="application\/json">\[\{"target_id":"quang-ngai-2021-2025:communication\.commune_coverage","value":72\.5,"as_of":"2025-12-31"\}\]<\/script>/,
  );
  // Fallback for readers without JavaScript, RSS and print: title, summary, link.
  assert.match(
    script,
    /<p><strong>Quang Ngai province: targets and results, 2021–2025<\/strong><br>The 2021–2025 plan of Quang Ngai province sets 16 numeric targets\. .*<a href="http:\/\/localhost:\d+\/dist\/embed\.html\?view=attainment&amp;unit=quang-ngai&amp;lang=en&amp;data=/,
  );
  assert.deepEqual(log.errors, []);

  // The script snippet on a blank page draws the same chart.
  const blank = await open(env.browser, env.url(pageWith('script', script)));
  await settled(blank.page);
  const pasted = (await widgets(blank.page))[0];
  assert.equal(pasted.title, preview.title);
  // Same rows, statuses and results (line breaks differ with the width of the page).
  assert.deepEqual(await shown(blank.page), previewRows);
  assert.ok(pasted.texts.some((t) => t.includes('Result 72.5%')));
  // The space held is no more than the chart needs: no blank space below it.
  const {host, chart} = await heights(blank.page);
  assert.ok(hold <= chart && Math.abs(host - chart) < 1, `held ${hold}, host ${host}, chart ${chart}`);
  assert.deepEqual(blank.log.errors, []);
  await blank.page.close();

  // The iframe snippet too (with the results carried in the permalink).
  const framed = await open(env.browser, env.url(pageWith('iframe', iframe)));
  const frame = await (await framed.page.waitForSelector('iframe')).contentFrame();
  await frame.waitForFunction(
    () => document.querySelector('plan-chart')?.shadowRoot?.querySelectorAll('.vis svg').length > 0,
    {timeout: 20_000},
  );
  assert.equal(await frame.$eval('plan-chart', (el) => el.shadowRoot.querySelector('h2').textContent), preview.title);
  assert.deepEqual(await shown(frame), previewRows);
  await framed.page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 900, {
    timeout: 20_000,
  });
  await framed.page.close();
  await page.close();
});

test('the builder keeps its width over time and every control fits a 360 px screen', async () => {
  const watch = async (width) => {
    const {page, log} = await open(env.browser, env.url('/demo/builder.html'), {width, height: 900, window: true});
    await page.waitForSelector('body[data-ready="true"]', {timeout: 60_000});
    const read = () =>
      page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
        preview: document.querySelector('#preview plan-chart').getBoundingClientRect().width,
        // Every control the editor uses, with its horizontal extent.
        outside: [...document.querySelectorAll('select, input, textarea, button, label, legend')]
          .map((el) => [el.name || el.id || el.textContent.trim().slice(0, 20), el.getBoundingClientRect()])
          .filter(([, r]) => r.width > 0 && (r.left < 0 || r.right > document.documentElement.clientWidth))
          .map(([name, r]) => `${name} ${Math.round(r.left)}–${Math.round(r.right)}`),
      }));
    const at0 = await read();
    await new Promise((r) => setTimeout(r, 2000));
    const at2 = await read();
    await new Promise((r) => setTimeout(r, 6000));
    const at8 = await read();
    await page.close();
    return {width, at0, at2, at8, errors: log.errors};
  };
  for (const {width, at0, at2, at8, errors} of await Promise.all([watch(1280), watch(360)])) {
    assert.deepEqual(errors, [], `${width} px`);
    assert.deepEqual(
      [at2.page, at8.page, at2.preview, at8.preview],
      [at0.page, at0.page, at0.preview, at0.preview],
      `${width} px: page ${at0.page}/${at2.page}/${at8.page} px, preview ${at0.preview}/${at2.preview}/${at8.preview} px`,
    );
    assert.ok(at8.page <= at8.viewport, `${width} px: no horizontal scrolling (${at8.page} px)`);
    assert.deepEqual(at8.outside, [], `${width} px: every control is inside the screen`);
  }
});

test('the units are found by any name, without diacritics or case, and say whose plans they hold', async () => {
  const {page, log} = await open(env.browser, env.url('/demo/builder.html'));
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.$eval('label.unit-search > span', (s) => s.textContent), 'Tìm đơn vị');
  /** The units in view after typing `q`, as their labels read. */
  const find = async (q) => {
    await page.$eval('#unit-search', (s) => {
      s.value = '';
      s.focus();
      s.dispatchEvent(new Event('input'));
    });
    await page.type('#unit-search', q);
    return page.$$eval('#units label', (ls) =>
      ls.filter((l) => l.getClientRects().length).map((l) => l.textContent.trim()),
    );
  };
  // Bắc Kạn is ticked by default and stays in view whatever is typed.
  const kept = 'Bắc Kạn — đến 30/6/2025; nay thuộc tỉnh Thái Nguyên';
  assert.deepEqual(await find('hue'), [kept, 'Huế']);
  assert.deepEqual(await find('HUẾ'), [kept, 'Huế']);
  assert.deepEqual(
    await find('thua thien'),
    [kept, 'Huế (tên khác: thua-thien-hue)'],
    'its former name, Thừa Thiên Huế (alias thua-thien-hue), and says so',
  );
  assert.deepEqual(await find('quang tri'), [
    kept,
    'Quảng Trị — từ 1/7/2025, gồm Quảng Bình và Quảng Trị (cũ)',
    'Quảng Trị (cũ) — đến 30/6/2025; nay thuộc tỉnh Quảng Trị',
  ]);
  assert.equal(await page.$eval('#unit-found', (p) => p.textContent), 'Tìm thấy 2 đơn vị.');
  assert.deepEqual(await find('xyz'), [kept]);
  assert.equal(await page.$eval('#unit-found', (p) => p.textContent), 'Không có đơn vị nào khớp; hãy thử tên khác.');
  // Enter ticks the only match, and the preview draws it with what was ticked.
  await find('thua thien hue');
  await page.keyboard.press('Enter');
  assert.equal(await page.$eval('input[value="hue"]', (b) => b.checked), true);
  await page.waitForFunction(
    () => document.querySelector('#preview plan-chart')?.getAttribute('unit') === 'bac-kan,hue',
    {
      timeout: 20_000,
    },
  );
  // Clearing the search shows every unit again.
  await find('');
  assert.ok((await page.$$eval('#units label', (ls) => ls.filter((l) => l.getClientRects().length).length)) > 30);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('a widget takes a unit by its name: unit="Quảng Trị" draws what unit="quang-tri" draws', async () => {
  const url = pageWith(
    'unit-name',
    '<script type="module" src="/dist/plan-chart.js"></script>' +
      '<plan-chart id="a" unit="Quảng Trị" loading="eager"></plan-chart><plan-chart id="b" unit="quang-tri" loading="eager"></plan-chart>' +
      '<plan-chart id="c" unit="thừa thiên huế" loading="eager"></plan-chart>',
  );
  const {page, log} = await open(env.browser, env.url(url));
  await settled(page);
  const a = await shown(page, '#a');
  assert.ok(a.length >= 10, `${a.length} rows`);
  assert.deepEqual(a, await shown(page, '#b'));
  assert.match(await page.$eval('#a', (el) => el.shadowRoot.querySelector('h2').textContent), /Quảng Trị/);
  assert.ok((await page.$eval('#a', (el) => el.shadowRoot.querySelectorAll('svg path, svg line').length)) > 10);
  assert.match(await page.$eval('#c', (el) => el.shadowRoot.querySelector('h2').textContent), /Huế/);
  assert.deepEqual(log.errors, []);
  await page.close();
});
