// Screenshots of demo pages in headless Chromium, for looking at what readers see.
// Usage: node scripts/screenshot.mjs <path> <out.png> [width=1280] [--dark] [--scale=2] [--clip=top,height]
//   node scripts/screenshot.mjs demo/dev.html tmp/dev-360.png 360
// Waits until every <plan-chart> on the page has fired plan-chart-render or plan-chart-error.
import {mkdirSync} from 'node:fs';
import {dirname} from 'node:path';
import puppeteer from 'puppeteer-core';
import {findChrome} from './find-chrome.mjs';
import {serve} from './serve.mjs';

const [path = 'demo/', out = 'tmp/shot.png', width = '1280', ...flags] = process.argv.slice(2);
const server = await serve({port: 0, quiet: true});
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
try {
  const page = await browser.newPage();
  page.on(
    'console',
    (m) => (m.type() === 'error' || m.type() === 'warn') && console.error(`[console.${m.type()}]`, m.text()),
  );
  page.on('response', (r) => r.status() >= 400 && console.error(`[http ${r.status()}]`, r.url()));
  page.on('pageerror', (e) => console.error('[pageerror]', e.message));
  await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: flags.includes('--dark') ? 'dark' : 'light'}]);
  const flag = (name) => flags.find((f) => f.startsWith(`--${name}=`))?.split('=')[1];
  await page.setViewport({width: Number(width), height: 900, deviceScaleFactor: Number(flag('scale') ?? 1)});
  await page.evaluateOnNewDocument(() => {
    window.__planChartDone = new Set();
    document.addEventListener('plan-chart-render', (ev) => window.__planChartDone.add(ev.target));
    // A results or targets file with bad rows is an error too, but the chart is still drawn: wait for it.
    document.addEventListener('plan-chart-error', (ev) => {
      if (ev.detail?.code !== 'results' && ev.detail?.code !== 'targets') window.__planChartDone.add(ev.target);
    });
  });
  await page.goto(new URL(path, server.url).href, {waitUntil: 'load'});
  // Charts below the fold wait for the reader: scroll through the page like one, then back to the top.
  const allDone = () =>
    page.evaluate(() => [...document.querySelectorAll('plan-chart')].every((el) => window.__planChartDone.has(el)));
  for (let k = 0; k < 200 && !(await allDone()); k++) {
    await page.evaluate(() => window.scrollBy(0, window.innerHeight / 2));
    await new Promise((r) => setTimeout(r, 100));
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page
    .waitForFunction(() => [...document.querySelectorAll('plan-chart')].every((el) => window.__planChartDone.has(el)), {
      timeout: 30_000,
    })
    .catch(() => console.error('[screenshot] some widgets neither drew nor failed within 30 s'));
  await new Promise((r) => setTimeout(r, 300));
  mkdirSync(dirname(out), {recursive: true});
  const clip = flag('clip')?.split(',').map(Number);
  await page.screenshot(
    clip ? {path: out, clip: {x: 0, y: clip[0], width: Number(width), height: clip[1]}} : {path: out, fullPage: true},
  );
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
