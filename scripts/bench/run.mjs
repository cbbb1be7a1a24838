// `npm run bench`: what <plan-chart> costs a reader, each timing paired with a BASELINE measured in the same run —
// the same charts rendered the plain way (vega-embed, the equivalent Vega-Lite specs inline, eagerly, one bundle).
// Prints a table, writes bench/results.json and bench/RESULTS.md, and exits 1 when a budget is broken.
//
//   npm run bench                 # needs dist/ (built here if dist/plan-chart.js is missing)
//   BENCH_RUNS=15 npm run bench   # more runs of the fast parts (default 11, at least 5; slow parts use 7)
//   npm run bench -- --only=reader   # one section alone: its figures and budget, no bench/RESULTS.md
import {execFileSync, execSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {cpus, loadavg} from 'node:os';
import {brotliCompressSync, gzipSync} from 'node:zlib';
import * as prettier from 'prettier';
import {tsImport} from 'tsx/esm/api';
import {closePage, heapUsed, launch, openPage, resources, settleAndTbt, waitMarks, SLOW_4G} from './lib/browser.mjs';
import {HOST_OFFSET, ROOT, THEME, TMP, WIDTH, bundles, manyBaseline, onePages, scalePage} from './lib/prepare.mjs';
import {benchServer} from './lib/server.mjs';
import {fmtRatio, kb, mb, ms, ratio, spread, summarize, table} from './lib/stats.mjs';
import {writeSynthetic} from './synthetic.mjs';
import {benchReader} from './reader.mjs';
import {benchPropose} from './propose.mjs';
import {benchAttributes} from './attributes.mjs';

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 11));
const SLOW_RUNS = 7;
const started = performance.now();
const log = (...a) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...a);

// ------------------------------------------------------------------------------------------ one section alone
const SECTIONS = {reader: benchReader, propose: benchPropose, attributes: benchAttributes};
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
if (only !== undefined) {
  if (!SECTIONS[only]) throw new Error(`bench: unknown section "${only}" (known: ${Object.keys(SECTIONS).join(', ')})`);
  if (!existsSync(`${ROOT}dist/data/dataset.json`)) execSync('npm run data:build', {cwd: ROOT, stdio: 'inherit'});
  const server = await benchServer({root: ROOT});
  const browser = await launch();
  try {
    const at = (path) => new URL(path.replace(/^\//, ''), server.url).href;
    const {result, rows, budget} = await SECTIONS[only]({browser, at, runs: SLOW_RUNS, log});
    const head = `${new Date().toISOString()} · ${execFileSync('nproc', {encoding: 'utf8'}).trim()} cores · ${await browser.version()} · load ${loadavg()[0].toFixed(2)} · ${SLOW_RUNS} runs`;
    console.log(`\n${head}\n\n${table(['measure (median (min–max))', '<plan-chart>', 'BASELINE', 'ratio'], rows)}\n`);
    console.log(`${budget.pass ? 'PASS' : 'FAIL'}  ${budget.name}: ${budget.figures}\n`);
    console.log(JSON.stringify(result, null, 2));
    if (!budget.pass) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
  }
  process.exit();
}

// ---------------------------------------------------------------------------------------------------------- set-up
if (!existsSync(`${ROOT}dist/plan-chart.js`)) {
  log('dist/plan-chart.js is missing: npm run build');
  execSync('npm run build', {cwd: ROOT, stdio: 'inherit'});
}

// The BASELINE specs come from src/, the widget from dist/: say so when dist/ is older than src/.
const builtAt = statSync(`${ROOT}dist/plan-chart.js`).mtimeMs;
const newer = readdirSync(`${ROOT}src`, {recursive: true})
  .filter((f) => /\.ts$/.test(f) && statSync(`${ROOT}src/${f}`).mtimeMs > builtAt)
  .map((f) => `src/${f}`);
if (newer.length) log(`warning: dist/ is older than ${newer.join(', ')} (npm run build to compare like with like)`);

const gz = (buf) => gzipSync(buf).length;
const br = (buf) => brotliCompressSync(buf).length;
const sizeOf = (file) => {
  const buf = readFileSync(`${ROOT}${file}`);
  return {file, min: buf.length, gzip: gz(buf), brotli: br(buf)};
};

const machine = {
  date: new Date().toISOString(),
  nproc: Number(execFileSync('nproc', {encoding: 'utf8'}).trim()),
  cpu: /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown',
  node: process.version,
  chromium: '',
  /** 1-minute load average when the bench started: other work on the machine skews every timing. */
  loadavg: loadavg()[0],
};
if (machine.loadavg > 0.5 * machine.nproc)
  log(`warning: load average ${machine.loadavg.toFixed(2)} on ${machine.nproc} cores; timings will be noisy`);

// ------------------------------------------------------------------------------------------------ 1. bytes (files)
if (!existsSync(`${ROOT}dist/chunks`)) throw new Error('bench: dist/chunks/ is missing (is a build running?)');
const chunkFiles = readdirSync(`${ROOT}dist/chunks`)
  .filter((f) => f.endsWith('.js'))
  .map((f) => `dist/chunks/${f}`);
const OUTPUTS = [
  'dist/plan-chart.js',
  ...chunkFiles,
  'dist/data/dataset.json',
  'dist/embed.js',
  'dist/plan-chart.classic.js',
  'dist/embed-resizer.js',
];
const files = OUTPUTS.filter((f) => existsSync(`${ROOT}${f}`)).map(sizeOf);

log('preparing: baseline specs (src/ spec builders in Node), esbuild bundles, pages, synthetic dataset');
const bundled = await bundles();
const one = await onePages();
const synthetic = await writeSynthetic();
const scaleUrl = scalePage();
const baselineBundle = sizeOf(bundled.baseline.slice(ROOT.length));

const server = await benchServer({root: ROOT});
const browser = await launch();
machine.chromium = await browser.version();
const at = (path) => new URL(path.replace(/^\//, ''), server.url).href;

const results = {machine, runs: {fast: RUNS, slow: SLOW_RUNS}, distOlderThan: newer, files, baselineBundle};
try {
  // ------------------------------------------------------------------------------------------- 2. one widget
  const oneProbes = {
    widget: [
      {name: 'content', id: 'w0', kind: 'content'},
      {name: 'chart', id: 'w0', kind: 'chart'},
    ],
    baseline: [{name: 'chart', id: 'w0', kind: 'chart'}],
    floor: [{name: 'content', id: 'w0', kind: 'content'}],
  };
  async function oneRun(kind, throttle) {
    const p = await openPage(browser, at(one[kind]), {
      probes: oneProbes[kind],
      throttle,
    });
    const marks = await waitMarks(
      p.page,
      oneProbes[kind].map((x) => x.name),
    );
    const res = await resources(p.page);
    const html = await p.page.evaluate(() => performance.getEntriesByType('navigation')[0]?.transferSize ?? 0);
    if (p.errors.length) throw new Error(`${kind} page errors: ${p.errors.join('; ')}`);
    await closePage(p);
    return {marks, res, html};
  }
  async function oneSeries(throttle, n) {
    log(`one widget, ${throttle ? 'slow 4G + 4× CPU' : 'unthrottled'}: ${n} runs each, interleaved`);
    await oneRun('widget', false); // warm the server's gzip cache and the OS file cache
    await oneRun('baseline', false);
    const w = [];
    const b = [];
    const f = [];
    for (let k = 0; k < n; k++) {
      w.push(await oneRun('widget', throttle));
      b.push(await oneRun('baseline', throttle));
      f.push(await oneRun('floor', throttle));
    }
    return {w, b, f};
  }
  const fast = await oneSeries(false, RUNS);
  const slow = await oneSeries(true, SLOW_RUNS);
  const oneResult = (s) => ({
    widgetContent: summarize(s.w.map((r) => r.marks.content)),
    widgetChart: summarize(s.w.map((r) => r.marks.chart)),
    baselineChart: summarize(s.b.map((r) => r.marks.chart)),
    floorContent: summarize(s.f.map((r) => r.marks.content)),
  });
  results.one = {unthrottled: oneResult(fast), throttled: {...oneResult(slow), profile: {...SLOW_4G, cpu: 4}}};

  // What the first widget downloads before its first content and before its chart (from the first measured run):
  // the server used here compresses, but the budget counts node:zlib gzip sizes of the files requested, so that
  // it does not depend on how the server compresses.
  const first = fast.w[0];
  const downloaded = (until, from = -1) =>
    first.res
      .filter((r) => r.end <= until && r.end > from && /\.(m?js|json)$/.test(r.path))
      .map((r) => ({...sizeOf(r.path.slice(1)), path: r.path, transferred: r.transfer, end: r.end}));
  const beforeContent = downloaded(first.marks.content);
  const beforeChart = downloaded(first.marks.chart);
  const engine = downloaded(first.marks.chart, first.marks.content);
  const sum = (xs, k) => xs.reduce((s, x) => s + x[k], 0);
  const baseFirst = fast.b[0];
  const baseBeforeChart = baseFirst.res
    .filter((r) => r.end <= baseFirst.marks.chart && /\.(m?js|json)$/.test(r.path))
    .map((r) => sizeOf(r.path.slice(1)));
  const baseHtml = sizeOf(one.baseline.slice(1));
  const widgetHtml = sizeOf(one.widget.slice(1));
  results.firstWidgetBytes = {
    beforeContent,
    beforeChart,
    engine,
    gzipBeforeContent: sum(beforeContent, 'gzip'),
    gzipBeforeChart: sum(beforeChart, 'gzip'),
    gzipEngine: sum(engine, 'gzip'),
    html: widgetHtml,
    baseline: {beforeChart: baseBeforeChart, gzipBeforeChart: sum(baseBeforeChart, 'gzip'), html: baseHtml},
  };

  // ------------------------------------------------------------------------------------- 3. the 20-widget page
  // The widgets' drawn width and which of them a reader sees first (1280×800, final layout), from a warm-up run.
  const ids = [...readFileSync(`${ROOT}test/e2e/pages/many.html`, 'utf8').matchAll(/<plan-chart\s+id="(w\d+)"/g)].map(
    (m) => m[1],
  );
  const allProbes = (kind) =>
    ids.flatMap((id) => [
      {name: `chart:${id}`, id, kind: 'chart'},
      ...(kind === 'widget' ? [{name: `content:${id}`, id, kind: 'content'}] : []),
    ]);
  async function chartAll(page) {
    for (const id of ids) {
      await page.evaluate((i) => document.getElementById(i).scrollIntoView({block: 'center'}), id);
      await waitMarks(page, [`chart:${id}`]);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await new Promise((r) => setTimeout(r, 300));
  }
  const inFirstViewport = (page) =>
    page.evaluate(
      (list) => list.filter((id) => document.getElementById(id).getBoundingClientRect().top < innerHeight),
      ids,
    );
  log('20-widget page: warm-up (widths, first viewport)');
  const warm = await openPage(browser, at('/test/e2e/pages/many.html'), {probes: allProbes('widget')});
  const hostWidth = await warm.page.evaluate(() =>
    Math.floor(document.getElementById('w0').getBoundingClientRect().width),
  );
  await chartAll(warm.page);
  const firstIds = await inFirstViewport(warm.page);
  await closePage(warm);
  const many = await manyBaseline(Math.max(200, hostWidth - HOST_OFFSET));
  const baseWarm = await openPage(browser, at(many.baseline), {probes: allProbes('baseline')});
  await waitMarks(
    baseWarm.page,
    ids.map((id) => `chart:${id}`),
  );
  const baseFirstIds = await inFirstViewport(baseWarm.page);
  await closePage(baseWarm);

  async function manyRun(kind) {
    const p = await openPage(browser, at(kind === 'widget' ? many.widget : many.baseline), {probes: allProbes(kind)});
    const firstMarks = await waitMarks(
      p.page,
      firstIds.map((id) => `chart:${id}`),
    );
    const firstViewport = Math.max(...Object.values(firstMarks));
    const blocking = await settleAndTbt(p.page);
    const heapLoad = await heapUsed(p.cdp);
    const charted = await p.page.evaluate(
      () => Object.keys(window.__marks).filter((k) => k.startsWith('chart:')).length,
    );
    // The reader jumps to the last widget: time from scrolling it into view to its chart.
    const far = ids.at(-1);
    const t0 = await p.page.evaluate((id) => {
      const t = performance.now();
      document.getElementById(id).scrollIntoView({block: 'center'});
      return t;
    }, far);
    const farMark = (await waitMarks(p.page, [`chart:${far}`]))[`chart:${far}`];
    await chartAll(p.page);
    const heapAll = await heapUsed(p.cdp);
    if (p.errors.length) throw new Error(`${kind} page errors: ${p.errors.join('; ')}`);
    await closePage(p);
    return {
      firstViewport,
      ...blocking,
      heapLoad,
      heapAll,
      chartedAtLoad: charted,
      scrollToChart: Math.max(0, farMark - t0),
    };
  }
  log(`20-widget page: ${SLOW_RUNS} runs each, interleaved (first viewport: ${firstIds.join(', ')})`);
  const mw = [];
  const mb_ = [];
  for (let k = 0; k < SLOW_RUNS; k++) {
    mw.push(await manyRun('widget'));
    mb_.push(await manyRun('baseline'));
  }
  const pick = (rs, k) => summarize(rs.map((r) => r[k]));
  results.many = {
    hostWidth,
    chartWidth: hostWidth - HOST_OFFSET,
    firstViewportIds: firstIds,
    baselineFirstViewportIds: baseFirstIds,
    widget: Object.fromEntries(
      ['firstViewport', 'tbt', 'longtasks', 'longest', 'heapLoad', 'heapAll', 'chartedAtLoad', 'scrollToChart'].map(
        (k) => [k, pick(mw, k)],
      ),
    ),
    baseline: Object.fromEntries(
      ['firstViewport', 'tbt', 'longtasks', 'longest', 'heapLoad', 'heapAll', 'chartedAtLoad', 'scrollToChart'].map(
        (k) => [k, pick(mb_, k)],
      ),
    ),
  };

  // --------------------------------------------------------------------------------------------- 4. interaction
  log('interaction: unit and lang changes on a drawn widget vs re-embedding the BASELINE');
  const SWITCHES = Math.max(6, RUNS - 1);
  const wp = await openPage(browser, at(one.widget), {probes: oneProbes.widget});
  await waitMarks(wp.page, ['chart']);
  const setAndWait = (attr, value) =>
    wp.page.evaluate(
      (a, v) =>
        new Promise((resolve) => {
          const el = document.getElementById('w0');
          const t0 = performance.now();
          el.addEventListener('plan-chart-render', () => resolve(performance.now() - t0), {once: true});
          el.setAttribute(a, v);
        }),
      attr,
      value,
    );
  const pause = () => new Promise((r) => setTimeout(r, 150));
  const wUnit = [];
  const wLang = [];
  for (let k = 0; k < SWITCHES; k++) {
    wUnit.push(await setAndWait('unit', k % 2 ? 'yen-bai' : 'quang-ngai'));
    await pause();
  }
  for (let k = 0; k < SWITCHES; k++) {
    wLang.push(await setAndWait('lang', k % 2 ? 'vi' : 'en'));
    await pause();
  }
  await closePage(wp);
  const bp = await openPage(browser, at(one.baseline), {probes: oneProbes.baseline});
  await waitMarks(bp.page, ['chart']);
  await bp.page.evaluate(() => window.__baseline.done);
  const swap = (key) => bp.page.evaluate((k) => window.__baseline.swap('w0', k), key);
  const bUnit = [];
  const bLang = [];
  for (let k = 0; k < SWITCHES; k++) {
    bUnit.push(await swap(k % 2 ? 'yen-bai|vi' : 'quang-ngai|vi'));
    await pause();
  }
  for (let k = 0; k < SWITCHES; k++) {
    bLang.push(await swap(k % 2 ? 'yen-bai|vi' : 'yen-bai|en'));
    await pause();
  }
  await closePage(bp);
  results.interaction = {
    unit: {widget: summarize(wUnit), baseline: summarize(bUnit)},
    lang: {widget: summarize(wLang), baseline: summarize(bLang)},
  };

  // --------------------------------------------------------------------------------------------------- 5. scale
  log(`scale: SYNTHETIC dataset (${synthetic.counts.units} units, ${synthetic.counts.targets} targets) in Node`);
  const {loadDataset} = await tsImport('../../src/data/load.ts', import.meta.url);
  // BASELINE: the same rows without validation — reading and JSON.parse of the dataset.json the widget would load.
  let ds = await loadDataset({src: `${synthetic.url}?run=warm-up`});
  if (!ds.version.includes('SYNTHETIC')) throw new Error('the scale bench must run on the SYNTHETIC dataset');
  // The widget's dataset.json, built as `npm run data:build` builds the real one (unit order precomputed).
  const {widgetDataset} = await tsImport('../lib/widget-dataset.ts', import.meta.url);
  const datasetFile = `${synthetic.dir}/dataset.json`;
  writeFileSync(datasetFile, JSON.stringify(widgetDataset(ds)));
  const loads = [];
  const plainLoads = [];
  for (let k = 0; k < SLOW_RUNS; k++) {
    // A distinct base URL per run: loadDataset caches per URL.
    let t0 = performance.now();
    ds = await loadDataset({src: `${synthetic.url}?run=${k}`});
    loads.push(performance.now() - t0);
    t0 = performance.now();
    JSON.parse(await readFile(datasetFile, 'utf8'));
    plainLoads.push(performance.now() - t0);
  }
  const datasetPath = '/tmp/bench/synthetic/dataset.json';

  log(`scale: units view over provinces and districts in Chromium, ${SLOW_RUNS} fresh pages each`);
  const indicator = ds.indicators[0].indicator_id;
  const scale = {};
  for (const level of ['province', 'district']) {
    const series = {build: [], buildWarm: [], parse: [], render: [], renderPlain: []};
    let shape;
    for (let k = 0; k < SLOW_RUNS; k++) {
      const p = await openPage(browser, at(scaleUrl));
      await p.page.waitForFunction(() => window.__scale, {timeout: 60_000});
      await p.page.evaluate((u, t, w) => window.__scale.load(u, t, w), datasetPath, THEME, WIDTH);
      const attrs = {view: 'units', level, indicator};
      const build = () => p.page.evaluate((a) => window.__scale.build(a), attrs);
      const b = await build();
      series.build.push(b.ms);
      series.parse.push((await p.page.evaluate(() => window.__scale.parseSpecs())).ms);
      // Alternate which renderer goes first: the first render in a page also warms Vega's code.
      const first = k % 2 ? 'renderPlain' : 'render';
      for (const which of [first, first === 'render' ? 'renderPlain' : 'render']) {
        const r = await p.page.evaluate((plain) => window.__scale.render({plain}), which === 'renderPlain');
        series[which].push(r.ms);
        if (which === 'render') shape = {panels: b.panels, rows: b.rows, paths: r.paths, texts: r.texts};
      }
      for (let j = 0; j < 2; j++) series.buildWarm.push((await build()).ms);
      if (p.errors.length) throw new Error(`scale page errors: ${p.errors.join('; ')}`);
      await closePage(p);
    }
    scale[level] = {...Object.fromEntries(Object.entries(series).map(([k, v]) => [k, summarize(v)])), ...shape};
  }
  results.scale = {
    counts: synthetic.counts,
    version: ds.version,
    indicator,
    load: summarize(loads),
    loadPlain: summarize(plainLoads),
    ...scale,
  };

  // ------------------------------------------------------------------------------------------- 6. results reader
  results.reader = await benchReader({browser, at, runs: SLOW_RUNS, log});

  // ------------------------------------------------------------------------------------------------ 7. proposers
  results.propose = await benchPropose({runs: SLOW_RUNS, log});

  // ----------------------------------------------------------------------------------------------- 8. attributes
  results.attributes = await benchAttributes({browser, at, runs: SLOW_RUNS, log});
} finally {
  await browser.close();
  await server.close();
}

// ------------------------------------------------------------------------------------------------ report
const {one: o, many: m, interaction: it, scale: sc, firstWidgetBytes: fb} = results;
const floorBytes = readFileSync(`${TMP}floor.js`).length;
const KB40 = 40_000;
const budgets = [
  {
    name: 'First content of the first widget: JS + data downloaded (gzip) ≤ 40 kB',
    pass: fb.gzipBeforeContent <= KB40,
    figures: `${kb(fb.gzipBeforeContent)} gzip (${fb.beforeContent.map((f) => `${f.path} ${kb(f.gzip)}`).join(' + ')})`,
  },
  {
    name: 'Chart engine chunk ≤ 310 kB gzip',
    pass: fb.gzipEngine > 0 && fb.gzipEngine <= 310_000,
    figures: `${kb(fb.gzipEngine)} gzip (${fb.engine.map((f) => f.path).join(', ') || 'none found'})`,
  },
  {
    name: 'One widget, unthrottled: first content ≤ 0.3 × baseline time to chart',
    pass: o.unthrottled.widgetContent.median <= 0.3 * o.unthrottled.baselineChart.median,
    figures: `${ms(o.unthrottled.widgetContent.median)} vs 0.3 × ${ms(o.unthrottled.baselineChart.median)} = ${ms(0.3 * o.unthrottled.baselineChart.median)} (${fmtRatio(ratio(o.unthrottled.widgetContent.median, o.unthrottled.baselineChart.median))})`,
  },
  {
    name: '20-widget page: first-viewport charts ≤ 0.5 × baseline',
    pass: m.widget.firstViewport.median <= 0.5 * m.baseline.firstViewport.median,
    figures: `${ms(m.widget.firstViewport.median)} vs 0.5 × ${ms(m.baseline.firstViewport.median)} = ${ms(0.5 * m.baseline.firstViewport.median)} (${fmtRatio(ratio(m.widget.firstViewport.median, m.baseline.firstViewport.median))})`,
  },
  {
    name: '20-widget page: total blocking time ≤ 0.5 × baseline',
    pass: m.widget.tbt.median <= 0.5 * m.baseline.tbt.median,
    figures: `${ms(m.widget.tbt.median)} vs 0.5 × ${ms(m.baseline.tbt.median)} = ${ms(0.5 * m.baseline.tbt.median)} (${fmtRatio(ratio(m.widget.tbt.median, m.baseline.tbt.median))})`,
  },
  {
    name: 'Units view over ~700 districts: query + spec build ≤ 50 ms median (Chromium)',
    pass: sc.district.build.median <= 50,
    figures: `${ms(sc.district.build.median)} (${sc.district.rows} rows, ${sc.counts.targets} targets in the dataset; first build in a fresh page)`,
  },
  results.reader.budget,
  results.propose.budget,
  results.attributes.budget,
];
const readerRows = results.reader.rows;
const proposeRows = results.propose.rows;
const attributeRows = results.attributes.rows;
results.attributes = results.attributes.result;
results.propose = results.propose.result;
results.reader = results.reader.result;
results.budgets = budgets;
const failed = budgets.some((b) => !b.pass);

const row = (name, w, b, f = ms) => [
  name,
  w ? spread(w, f) : '—',
  b ? spread(b, f) : '—',
  fmtRatio(w && b ? ratio(w.median, b.median) : null),
];
const timingRows = [
  row('1 widget: first content (title + summary)', o.unthrottled.widgetContent, o.unthrottled.baselineChart),
  row('1 widget: FLOOR first content (see below)', o.unthrottled.floorContent, o.unthrottled.baselineChart),
  row('1 widget: chart (SVG marks)', o.unthrottled.widgetChart, o.unthrottled.baselineChart),
  row('1 widget, slow 4G + 4× CPU: first content', o.throttled.widgetContent, o.throttled.baselineChart),
  row('1 widget, slow 4G + 4× CPU: FLOOR first content', o.throttled.floorContent, o.throttled.baselineChart),
  row('1 widget, slow 4G + 4× CPU: chart', o.throttled.widgetChart, o.throttled.baselineChart),
  row('20 widgets: first-viewport charts', m.widget.firstViewport, m.baseline.firstViewport),
  row('20 widgets: total blocking time', m.widget.tbt, m.baseline.tbt),
  row('20 widgets: longest task', m.widget.longest, m.baseline.longest),
  row('20 widgets: JS heap after load', m.widget.heapLoad, m.baseline.heapLoad, mb),
  row('20 widgets: scroll far widget into view → chart', m.widget.scrollToChart, m.baseline.scrollToChart),
  row('20 widgets: JS heap, all charted', m.widget.heapAll, m.baseline.heapAll, mb),
  row('set unit (yen-bai ↔ quang-ngai) → rendered', it.unit.widget, it.unit.baseline),
  row('set lang (vi ↔ en) → rendered', it.lang.widget, it.lang.baseline),
  row(`SYNTHETIC units view, ${sc.province.rows} provinces: query + spec build`, sc.province.build, sc.province.parse),
  row(`SYNTHETIC units view, ${sc.district.rows} districts: query + spec build`, sc.district.build, sc.district.parse),
  row(`  same, warm (2nd and 3rd build in the page)`, sc.district.buildWarm, sc.district.parse),
  row(`SYNTHETIC units view, ${sc.province.rows} provinces: render`, sc.province.render, sc.province.renderPlain),
  row(`SYNTHETIC units view, ${sc.district.rows} districts: render`, sc.district.render, sc.district.renderPlain),
  row(`SYNTHETIC load + validate (Node, zod, ${sc.counts.targets} targets)`, sc.load, sc.loadPlain),
  ...readerRows,
  ...proposeRows,
  ...attributeRows,
];
const timings = table(['measure (median (min–max))', '<plan-chart>', 'BASELINE', 'ratio'], timingRows);
const bytes = table(
  ['file', 'min', 'gzip', 'brotli'],
  [
    ...files.map((f) => [f.file, kb(f.min), kb(f.gzip), kb(f.brotli)]),
    [
      `BASELINE bundle (vega-embed, esbuild)`,
      kb(baselineBundle.min),
      kb(baselineBundle.gzip),
      kb(baselineBundle.brotli),
    ],
    [
      'first widget before first content (JS + data)',
      kb(sum2(fb.beforeContent, 'min')),
      kb(fb.gzipBeforeContent),
      kb(sum2(fb.beforeContent, 'brotli')),
    ],
    [
      'first widget before its chart (JS + data)',
      kb(sum2(fb.beforeChart, 'min')),
      kb(fb.gzipBeforeChart),
      kb(sum2(fb.beforeChart, 'brotli')),
    ],
    [
      'BASELINE before its chart (JS + page with inline specs)',
      kb(sum2(fb.baseline.beforeChart, 'min') + fb.baseline.html.min),
      kb(fb.baseline.gzipBeforeChart + fb.baseline.html.gzip),
      kb(sum2(fb.baseline.beforeChart, 'brotli') + fb.baseline.html.brotli),
    ],
  ],
);
function sum2(xs, k) {
  return xs.reduce((s, x) => s + x[k], 0);
}
const budgetLines = budgets.map((b) => `${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.figures}`);
const header = `${machine.date} · ${machine.nproc} cores · ${machine.cpu} · ${machine.chromium} · Node ${machine.node} · load ${machine.loadavg.toFixed(2)} · runs: ${RUNS} (one widget), ${SLOW_RUNS} (throttled, 20 widgets, scale)`;

console.log(`\n${header}\n\n${timings}\n\n${bytes}\n\n${budgetLines.join('\n')}\n`);

mkdirSync(`${ROOT}bench`, {recursive: true});
// Written as Prettier would format them, so that `npm run lint` stays clean after a bench run.
const pretty = async (file, text) =>
  writeFileSync(file, await prettier.format(text, {...(await prettier.resolveConfig(file)), filepath: file}));
await pretty(`${ROOT}bench/results.json`, JSON.stringify(results, null, 2));
await pretty(
  `${ROOT}bench/RESULTS.md`,
  `# Bench results

Written by \`npm run bench\` (scripts/bench/run.mjs); do not edit by hand.

- Date: ${machine.date}
- Machine: ${machine.nproc} cores (\`nproc\`), ${machine.cpu}; load average at start ${machine.loadavg.toFixed(2)}
- Chromium: ${machine.chromium} (headless), Node ${machine.node}
- Chromium runs with its omnibox popup WebUI switched off (\`--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,…\` in scripts/bench/lib/browser.mjs): headless Chromium 15x loads that app (some 80 modules, in a renderer of its own) for every new tab, and on 2 cores it competed with the page under test for its first ~100 ms.
- Runs: every timing is the median (min–max) of ${RUNS} runs (one widget, unthrottled; interaction: ${Math.max(6, RUNS - 1)} changes) or ${SLOW_RUNS} runs (throttled, 20-widget page, scale), each page load in a fresh browser context with the HTTP cache disabled.

## Timings

Each timing is paired with a BASELINE measured in the same run: the same charts rendered the plain way — vega-embed with the equivalent Vega-Lite specs (built in Node by \`src/charts/build.ts\` and \`test/reference/vega-lite.ts\` from \`dist/data/dataset.json\`, theme fixed to the widget's defaults; a browser test requires them to draw the same pixels as the widget's Vega specs) inline in the page, all rendered at once from one esbuild bundle. The widget draws Vega specs with its own minimal Vega runtime (no Vega-Lite compiler in the page). Ratio = widget / BASELINE. Times are milliseconds since navigation start, taken at the first animation frame after the condition holds (a MutationObserver on the document and every shadow root). The BASELINE column of the "first content" rows is the BASELINE's time to chart (a plain page has no earlier useful state).

${timings}

- One widget: the attainment chart of Yên Bái (2016–2020), the one plan in the dataset whose targets have reported results: the namesake chart, target against result, in two panels. (Until 1.3.0 it was Bắc Kạn, whose plan has no result and is now drawn as a list of targets: a lighter chart, which made the BASELINE, not the widget, faster.)
- FLOOR: the best first content a script-driven widget could have on this page — the same page, with a module of ${floorBytes} bytes that writes the same title and summary into a shadow root (no dataset, no framework, nothing computed). The widget's own cost is the difference between its row and this one.
- Throttled: CPU ${4}× slowdown (CDP Emulation.setCPUThrottlingRate) and ${SLOW_4G.latency} ms latency, ${SLOW_4G.downloadThroughput * 8e-6} Mbps down, ${SLOW_4G.uploadThroughput * 8e-3} kbps up (Network.emulateNetworkConditions). The bench's server gzips responses (as a portal's would); \`scripts/serve.mjs\` does not compress.
- 20 widgets: \`test/e2e/pages/many.html\` (1280×800); widgets in the first viewport (final layout): ${m.firstViewportIds.join(', ')} (BASELINE layout: ${m.baselineFirstViewportIds.join(', ')}); chart width ${m.chartWidth} px. Total blocking time: Σ (duration − 50 ms) over long tasks (PerformanceObserver 'longtask') from navigation until the page has been quiet for 1 s after the first viewport is charted. Heap: Performance.getMetrics JSHeapUsedSize after a forced GC. Widgets charted by then: ${m.widget.chartedAtLoad.median} of 20 (BASELINE ${m.baseline.chartedAtLoad.median}). The BASELINE draws every chart at load, so its scroll-to-chart time is 0.
- Interaction: time from setting the attribute on a drawn widget to its next \`plan-chart-render\`; BASELINE: finalize and re-embed the equivalent specs.
- Scale: SYNTHETIC dataset (scripts/bench/synthetic.mjs, seeded; ${Object.entries(sc.counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(
      ', ',
    )}; version ${sc.version}) written to tmp/bench/synthetic/. Load + validate: \`loadDataset({src})\` of src/data/load.ts in Node (zod); BASELINE: reading and \`JSON.parse\` of a dataset.json with the same rows (no validation). Query + spec build: \`resolveRequest\` + \`buildView\` + \`rowChartSpec\` of each panel (bundled from src/ with esbuild, labels measured with the widget's canvas measure) for \`view="units"\` and indicator ${sc.indicator}, on the widget's dataset.json (built by scripts/lib/widget-dataset.ts, as \`npm run data:build\` builds the real one), timed with performance.now(), the first build in a fresh page (warm: later builds in the same page); BASELINE: \`JSON.parse\` of the equivalent Vega-Lite specs, which is how a plain page gets them. Render: the widget's \`draw()\` (src/components/vega-runtime.ts: Vega with the CSP-safe interpreter), SVG (${sc.district.paths} paths, ${sc.district.texts} texts for the districts); BASELINE: vega-embed's defaults with the Vega-Lite specs (compiled in the page, expressions compiled with \`new Function\`), SVG.

- Results reader: ${results.reader.rows} SYNTHETIC rows (the real dataset's percentage targets, each on a different day) read by \`readResults\` of src/data/results-input.ts (bundled from src/ with esbuild, its workbook reader a lazy chunk) in a fresh page, after the file's bytes and dataset.json have been fetched: a \`;\`-separated UTF-8 CSV with BOM, decimal commas and dd/mm/yyyy dates (${(results.reader.files.csv.bytes / 1e6).toFixed(1)} MB), and the same rows as an .xlsx with shared strings and date cells (${(results.reader.files.xlsx.bytes / 1e6).toFixed(1)} MB). Time from the call to its result; longest task: the longest 'longtask' entry that started meanwhile (the reader yields between slices of about 25 ms). No BASELINE: a plain page has no reader of its own.
- Attributes: on the one-widget page (Yên Bái, drawn), 50 changes 20 ms apart — \`unit\` (5 units in turn), \`lang\` (vi/en) and \`view\` (attainment/table) in turn, as a page's controls or a runaway script would set them — timed from the first change to the first \`plan-chart-render\` after the last; and 1,000,000 result objects given as the \`results\` property (four times the reader's 250,000-row limit), timed to its \`plan-chart-error\`, with the longest task meanwhile and the heap's growth (after a forced GC; it includes the page's own array, which the property keeps). A fresh page per run. No BASELINE.

## Bytes

min = the file as built (minified); gzip and brotli from node:zlib (default levels). kB = 1000 bytes. "Before first content / before its chart": the JS and data files the one-widget page had received (Resource Timing responseEnd) when the title and summary, or the chart, appeared; sizes are node:zlib gzip sizes of those files, not bytes on the wire.

${bytes}

## Budgets

${budgetLines.map((l) => `- ${l}`).join('\n')}
`,
);
log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s; wrote bench/results.json and bench/RESULTS.md`);
if (failed) {
  console.error('bench: a budget is broken (FAIL above)');
  process.exitCode = 1;
}
