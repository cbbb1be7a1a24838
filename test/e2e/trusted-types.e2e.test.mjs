// A site that enforces Trusted Types with an allow-list: the widget needs exactly one policy, `lit-html` (README).
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {start, open, settled, widgets, STRICT_CSP} from './harness.mjs';

const POLICY = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html`;

let env;
before(
  async () =>
    (env = await start({
      headers: (path) => (path === '/test/e2e/pages/csp.html' ? {'Content-Security-Policy': POLICY} : undefined),
    })),
);
after(() => env.close());

test("every view renders and every button works with `require-trusted-types-for 'script'; trusted-types lit-html`", async () => {
  const {page, log} = await open(env.browser, env.url('/test/e2e/pages/csp.html'), {height: 4000});
  assert.deepEqual(await settled(page), []);
  const w = await widgets(page);
  assert.deepEqual(
    w.map((x) => x.error),
    [null, null, null, null, null],
  );
  for (const k of [0, 1, 2, 4]) assert.ok(w[k].marks > 10, `widget ${k} has marks (${w[k].marks})`);
  // The table toggle, the summary, the exports: everything that writes to the DOM after the first render (the
  // downloads themselves are refused: nothing lands on disk).
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', {behavior: 'deny'});
  await page.$eval('#attainment', (el) => el.shadowRoot.querySelectorAll('button').forEach((b) => b.click()));
  await new Promise((r) => setTimeout(r, 1000));
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(log.errors, []);
  await page.close();
});
