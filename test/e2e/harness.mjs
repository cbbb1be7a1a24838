// End-to-end tests: the built files (npm run build) served by scripts/serve.mjs, driven in the system Chromium.
import puppeteer from 'puppeteer-core';
import {findChrome} from '../../scripts/find-chrome.mjs';
import {serve} from '../../scripts/serve.mjs';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'";

/** Starts the server and the browser once per test file. */
export async function start({headers} = {}) {
  const server = await serve({port: 0, quiet: true, headers});
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    args: [
      '--no-sandbox',
      '--headless=new',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--font-render-hinting=none',
    ],
  });
  return {
    url: (path) => new URL(path, server.url).href,
    browser,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/**
 * Opens a page that records console errors, page errors, failed requests and CSP violations. `window: true` opens it
 * in a window of its own (a new browser context): pages that run at the same time must, because Chromium hides a
 * background tab and stops its animation frames (and with them ResizeObserver), which would hide layout loops.
 */
export async function open(browser, url, {width = 1280, height = 900, before, window = false} = {}) {
  const page = window ? await (await browser.createBrowserContext()).newPage() : await browser.newPage();
  if (window)
    page.once('close', () =>
      page
        .browserContext()
        .close()
        .catch(() => {}),
    );
  await page.setViewport({width, height});
  const log = {errors: [], violations: [], requests: [], failed: []};
  // Failed requests are recorded with their URL in log.failed (the console line has none).
  page.on(
    'console',
    (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && log.errors.push(m.text()),
  );
  page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => log.requests.push(r.url()));
  page.on(
    'response',
    (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && log.failed.push(`${r.status()} ${r.url()}`),
  );
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    window.__done = new Set();
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
    for (const n of ['plan-chart-render', 'plan-chart-error'])
      document.addEventListener(n, (e) => window.__done.add(e.composedPath()[0]));
  });
  if (before) await before(page);
  await page.goto(url, {waitUntil: 'load'});
  return {page, log};
}

/**
 * Waits until every <plan-chart> in the document has rendered or failed. Charts below the fold wait for the reader,
 * so this scrolls through the page like one (and back to the top). Returns the CSP violations seen.
 */
export async function settled(page, selector = 'plan-chart', timeout = 30_000) {
  const all = () =>
    page.evaluate((s) => [...document.querySelectorAll(s)].every((el) => window.__done.has(el)), selector);
  const end = Date.now() + timeout;
  while (!(await all()) && Date.now() < end) {
    await page.evaluate(() => window.scrollBy(0, Math.max(200, window.innerHeight / 2)));
    await new Promise((r) => setTimeout(r, 100));
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(
    (s) => [...document.querySelectorAll(s)].every((el) => window.__done.has(el)),
    {timeout: 5_000},
    selector,
  );
  return page.evaluate(() => window.__violations);
}

/** The heights of a widget's host and of its content (its shadow root's `.root`): equal when no space is left blank. */
export function heights(page, selector = 'plan-chart') {
  return page.$eval(selector, (el) => ({
    host: el.getBoundingClientRect().height,
    chart: el.shadowRoot.querySelector('.root').getBoundingClientRect().height,
  }));
}

/** What a reader sees in each widget: title, number of drawn marks, SVG texts, error message. */
export function widgets(page, selector = 'plan-chart') {
  return page.evaluate(
    (s) =>
      [...document.querySelectorAll(s)].map((el) => {
        const root = el.shadowRoot;
        return {
          title: root.querySelector('h2')?.textContent ?? null,
          marks: root.querySelectorAll('.vis svg path').length,
          texts: [...root.querySelectorAll('.vis svg text')].map((t) => t.textContent),
          error: root.querySelector('[role="alert"]')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
          height: el.getBoundingClientRect().height,
          width: el.getBoundingClientRect().width,
        };
      }),
    selector,
  );
}

/** Compares two PNG screenshots in the browser: how many pixels differ, and where. */
export async function diffPixels(browser, a, b) {
  const page = await browser.newPage();
  const url = (buf) => `data:image/png;base64,${buf.toString('base64')}`;
  const r = await page.evaluate(
    async (a, b) => {
      const load = (src) => new Promise((res) => Object.assign(new Image(), {onload: (e) => res(e.target), src}));
      const [ia, ib] = await Promise.all([load(a), load(b)]);
      const pixels = (i) => {
        const c = Object.assign(document.createElement('canvas'), {width: i.width, height: i.height});
        const x = c.getContext('2d');
        x.drawImage(i, 0, 0);
        return x.getImageData(0, 0, i.width, i.height).data;
      };
      if (ia.width !== ib.width || ia.height !== ib.height)
        return {sizes: [ia.width, ia.height, ib.width, ib.height], count: -1};
      const [da, db] = [pixels(ia), pixels(ib)];
      let count = 0;
      const box = [Infinity, Infinity, 0, 0];
      for (let k = 0; k < da.length; k += 4) {
        if (da[k] === db[k] && da[k + 1] === db[k + 1] && da[k + 2] === db[k + 2]) continue;
        count++;
        const p = k / 4;
        const [x, y] = [p % ia.width, Math.floor(p / ia.width)];
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      }
      return {count, box};
    },
    url(a),
    url(b),
  );
  await page.close();
  return r;
}
