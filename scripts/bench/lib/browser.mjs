// Chromium driving for the bench: one fresh browser context (cold HTTP cache) per run, an in-page probe that
// timestamps when each widget's first content and chart appear, long tasks, CDP throttling and heap metrics.
import puppeteer from 'puppeteer-core';
import {findChrome} from '../../find-chrome.mjs';

export const VIEWPORT = {width: 1280, height: 800};
/** Slow 4G as the brief gives it: 150 ms latency, 1.6 Mbps down, 750 kbps up. */
export const SLOW_4G = {offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8};
export const CPU_SLOWDOWN = 4;

export async function launch() {
  return puppeteer.launch({
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
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
      '--enable-precise-memory-info',
      // Headless Chromium 15x loads its omnibox popup (a WebUI app of some 80 modules, in a renderer of its own)
      // for every new tab: on 2 cores it competed with the page under test for its first ~100 ms (a blank page
      // painted at ~90 ms instead of ~55). A reader's browser loads it once per window, not per article.
      '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
    ],
  });
}

/**
 * Runs in the page before any of its scripts. For each probe {name, id, kind}: the time (performance.now(), ms
 * since navigation start) of the first animation frame after the condition holds — the frame that paints it:
 *  - content: the element #id has, in its shadow root, a non-empty h2 title and the summary paragraph;
 *  - chart:   every `.vis` container in #id (its shadow root if it has one) holds an SVG with a path.
 * Mutations are watched in the document and in every shadow root (attachShadow is wrapped), without forcing layout.
 * Long tasks are collected in window.__longtasks.
 */
function probe(probes) {
  const marks = (window.__marks = {});
  const dom = (window.__dom = {});
  const longtasks = (window.__longtasks = []);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longtasks.push({start: e.startTime, duration: e.duration});
    }).observe({type: 'longtask', buffered: true});
  } catch {
    // no long task API: TBT stays empty
  }
  const tests = {
    content(id) {
      const root = document.getElementById(id)?.shadowRoot;
      return !!root?.querySelector('h2')?.textContent.trim() && !!root.querySelector('.summary');
    },
    chart(id) {
      const el = document.getElementById(id);
      const root = el?.shadowRoot ?? el;
      const vis = root ? root.querySelectorAll('.vis') : [];
      return vis.length > 0 && [...vis].every((v) => v.querySelector('svg path'));
    },
  };
  let pending = [...probes];
  const observers = [];
  const late = (window.__lateMarks = []);
  window.__noFrame = [];
  const check = (polled) => {
    if (!pending.length) return;
    const now = performance.now();
    pending = pending.filter((p) => {
      if (!tests[p.kind](p.id)) return true;
      dom[p.name] = now;
      if (polled === true) late.push(p.name);
      requestAnimationFrame(() => (marks[p.name] = performance.now()));
      return false;
    });
    if (!pending.length) for (const o of observers) o.disconnect();
  };
  const watch = (node) => {
    const o = new MutationObserver(check);
    o.observe(node, {childList: true, subtree: true, characterData: true});
    observers.push(o);
  };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (pending.length) watch(root);
    return root;
  };
  watch(document);
  window.__probeCheck = check;
}

/**
 * Opens `url` in a fresh context. `probes`: [{name, id, kind}]. `throttle`: apply slow 4G and 4× CPU.
 * Returns {page, cdp, context}.
 */
export async function openPage(browser, url, {probes = [], throttle = false, viewport = VIEWPORT} = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
  await cdp.send('Performance.enable');
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: CPU_SLOWDOWN});
  }
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Failed requests are reported with their URL (the console line has none); the favicon does not count.
  page.on(
    'console',
    (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()),
  );
  page.on(
    'response',
    (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`),
  );
  await page.evaluateOnNewDocument(probe, probes);
  await page.bringToFront();
  await page.goto(url, {waitUntil: 'load', timeout: 120_000});
  return {page, cdp, context, errors};
}

/**
 * Waits until every named mark exists; returns them. Once in a few bench runs a mark never came and the bench
 * died after 120 s, with the widget drawn. So each poll also re-runs the probe's check (a condition the observers
 * missed is found, late by up to one poll), and a condition seen more than a second ago whose animation frame
 * never came takes the time it was seen. Both are reported; a timeout says what state each missing widget is in.
 */
export async function waitMarks(page, names, timeout = 120_000) {
  try {
    await page.waitForFunction(
      (ns) => {
        window.__probeCheck(true);
        // A condition seen over a second ago whose animation frame never came: the mark is the time it was seen.
        const now = performance.now();
        for (const n of ns)
          if (window.__marks[n] === undefined && window.__dom[n] !== undefined && now - window.__dom[n] > 1000) {
            window.__marks[n] = window.__dom[n];
            window.__noFrame.push(n);
          }
        return ns.every((n) => window.__marks[n] !== undefined);
      },
      {timeout, polling: 50},
      names,
    );
  } catch (e) {
    // Say which widget never got there, and in what state.
    const state = await page
      .evaluate((ns) => {
        const missing = ns.filter((n) => window.__marks[n] === undefined);
        return missing.map((n) => {
          const el = document.getElementById(n.split(':')[1]);
          const root = el?.shadowRoot;
          const r = el?.getBoundingClientRect();
          return {
            mark: n,
            seen: window.__dom[n],
            polled: window.__lateMarks.includes(n),
            phase: el?.phase,
            bodyShown: el?.bodyShown,
            chartReady: el?.chartReady,
            needsEmbed: el?.needsEmbed,
            views: el?.views?.length,
            vis: [...(root?.querySelectorAll('.vis') ?? [])].map(
              (v) => `${v.querySelectorAll('svg').length} svg, ${v.querySelectorAll('svg path').length} paths`,
            ),
            top: r?.top,
            bottom: r?.bottom,
            innerHeight,
            scrollY,
            note: root?.querySelector('.note, .message')?.textContent?.trim(),
          };
        });
      }, names)
      .catch(() => 'unavailable');
    throw new Error(`${e.message}; missing: ${JSON.stringify(state)}`, {cause: e});
  }
  const {marks, late, noFrame} = await page.evaluate(
    (ns) => ({
      marks: Object.fromEntries(ns.map((n) => [n, window.__marks[n]])),
      late: window.__lateMarks,
      noFrame: window.__noFrame,
    }),
    names,
  );
  const missed = late.filter((n) => names.includes(n));
  if (missed.length) console.error(`[bench] warning: found by polling, not by the observers: ${missed.join(', ')}`);
  const stalled = noFrame.filter((n) => names.includes(n));
  if (stalled.length) console.error(`[bench] warning: no animation frame came after: ${stalled.join(', ')}`);
  return marks;
}

/**
 * Waits until the page is quiet (no long task ended in the last `quiet` ms, checked every 100 ms, at most `max` ms),
 * then returns the total blocking time so far: Σ (duration − 50 ms) over long tasks.
 */
export async function settleAndTbt(page, {quiet = 1000, max = 15_000} = {}) {
  return page.evaluate(
    async (quiet, max) => {
      const t0 = performance.now();
      const lastEnd = () => Math.max(0, ...window.__longtasks.map((t) => t.start + t.duration));
      while (performance.now() - Math.max(lastEnd(), t0) < quiet && performance.now() - t0 < max)
        await new Promise((r) => setTimeout(r, 100));
      const tasks = window.__longtasks;
      return {
        tbt: tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
        longtasks: tasks.length,
        longest: Math.max(0, ...tasks.map((t) => t.duration)),
      };
    },
    quiet,
    max,
  );
}

/** JS heap in use after a full garbage collection (bytes). */
export async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const {metrics} = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
}

/** Resource timing entries (same clock as the marks): [{path, start, end, transfer}]. */
export function resources(page) {
  return page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({
      path: new URL(e.name).pathname,
      start: e.startTime,
      end: e.responseEnd,
      transfer: e.transferSize,
      encoded: e.encodedBodySize,
      decoded: e.decodedBodySize,
    })),
  );
}

export async function closePage({page, context}) {
  await page.close().catch(() => {});
  await context.close().catch(() => {});
}
