// With a strict Content-Security-Policy every view renders, exports work, and no violation is reported.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {start, open, settled, widgets, STRICT_CSP} from './harness.mjs';

let env;
before(
  async () =>
    (env = await start({
      headers: (path) => (path.startsWith('/test/e2e/pages/csp') ? {'Content-Security-Policy': STRICT_CSP} : undefined),
    })),
);
after(() => env.close());

test('every view renders under a strict CSP with no violation', async () => {
  const {page, log} = await open(env.browser, env.url('/test/e2e/pages/csp.html'), {height: 4000});
  const violations = await settled(page);
  assert.deepEqual(violations, []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.failed, []);
  const w = await widgets(page);
  assert.equal(w.length, 5);
  assert.deepEqual(
    w.map((x) => x.error),
    [null, null, null, null, null],
  );
  // Charts drawn (marks and labels present) for the chart views; the table view has rows.
  for (const k of [0, 1, 2, 4]) assert.ok(w[k].marks > 10, `widget ${k} has marks (${w[k].marks})`);
  assert.ok(w[0].texts.some((t) => t.includes('Kết quả 72,5%')));
  assert.ok(w[1].texts.some((t) => t.includes('Hạ: 100% (2016–2020) → ≥\u00a070% (2021–2025)')));
  assert.ok(w[2].texts.includes('National: ≥\u00a010%'));
  assert.ok(
    w[4].texts.some((t) => t.includes('Kết quả 71%')),
    'inline results',
  );
  assert.equal(await page.$eval('#table', (el) => el.shadowRoot.querySelectorAll('tbody tr').length), 9);
  // No <style> element was injected into the document by Vega, vega-embed or vega-tooltip.
  assert.equal(await page.$$eval('style', (s) => s.length), 0);
  await page.close();
});

test('CSV, PNG (also 1920×1080) and SVG exports work under the CSP', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-chart-dl-'));
  const {page} = await open(env.browser, env.url('/test/e2e/pages/csp.html'), {height: 4000});
  await settled(page);
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', {behavior: 'allow', downloadPath: dir});
  const click = (label) =>
    page.$eval(
      '#attainment',
      (el, label) =>
        [...el.shadowRoot.querySelectorAll('footer button')].find((b) => b.textContent.trim() === label).click(),
      label,
    );
  for (const label of ['CSV', 'PNG', 'PNG 1920×1080', 'SVG']) await click(label);
  const deadline = Date.now() + 15_000;
  while (readdirSync(dir).filter((f) => !f.endsWith('.crdownload')).length < 4 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 200));
  const files = readdirSync(dir).sort();
  assert.deepEqual(files, [
    'plan-chart-attainment-quang-ngai-2021-2025-1920x1080.png',
    'plan-chart-attainment-quang-ngai-2021-2025.csv',
    'plan-chart-attainment-quang-ngai-2021-2025.png',
    'plan-chart-attainment-quang-ngai-2021-2025.svg',
  ]);
  const png = readFileSync(join(dir, files[0]));
  assert.equal(png.readUInt32BE(16), 1920);
  assert.equal(png.readUInt32BE(20), 1080);
  const csv = readFileSync(join(dir, files[1]), 'utf8');
  assert.match(csv, /quang-ngai-2021-2025:communication\.commune_coverage,51,/);
  const svg = readFileSync(join(dir, files[3]), 'utf8');
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.ok(svg.includes('Tỉnh Quảng Ngãi: chỉ tiêu và kết quả, giai đoạn 2021–2025'));
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await page.close();
});
