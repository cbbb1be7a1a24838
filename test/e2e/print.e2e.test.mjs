// Printing an article (issue 21): charts below the fold, which wait for the reader, are drawn in the background once
// the page is quiet and all at once before printing; a chart printed before it is drawn gives its text, never a
// loading message over a blank box. Printed with Chromium's own printing (page.pdf fires beforeprint and the print
// media query, as Ctrl+P does), the PDF read back with pdf.js.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs';
import {start, open} from './harness.mjs';

const LOADING = ['Đang vẽ biểu đồ', 'Đang tải dữ liệu'];

let env;
before(async () => (env = await start()));
after(() => env.close());

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Text compared without its spaces and line breaks (a title wraps), NFC (pdf.js may give a letter and its marks apart). */
const bare = (t) => t.normalize('NFC').replace(/\s+/g, '');

/** The PDF's text, page by page. */
async function pdfText(data) {
  const doc = await getDocument({data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false}).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(bare(content.items.map((t) => t.str).join('')));
  }
  await doc.destroy();
  return pages;
}

/** Each widget as the document has it: id, drawn marks, title, and whether a loading message is in it. */
const state = (page) =>
  page.$$eval('plan-chart', (els) =>
    els.map((el) => ({
      id: el.id,
      marks: el.shadowRoot.querySelectorAll('.vis svg path').length,
      axes: [...el.shadowRoot.querySelectorAll('.vis svg text')].map((t) => t.textContent),
      title: el.shadowRoot.querySelector('h2')?.textContent.trim() ?? null,
      loading: /Đang (vẽ biểu đồ|tải dữ liệu)/.test(el.shadowRoot.textContent),
    })),
  );

const print = (page) => page.pdf({format: 'A4', margin: {top: '15mm', bottom: '15mm', left: '15mm', right: '15mm'}});

test('an article printed a few seconds after load, without scrolling, prints every chart drawn', async () => {
  const {page, log} = await open(env.browser, env.url('/test/e2e/pages/many.html'), {width: 1280, height: 900});
  const below = await page.$$eval('plan-chart', (els) =>
    els.filter((el) => el.getBoundingClientRect().top > innerHeight + 400).map((el) => el.id),
  );
  assert.ok(below.length >= 14, `most widgets are below the fold (${below.length})`);
  await sleep(3000);
  assert.equal(await page.evaluate(() => scrollY), 0, 'the reader has not scrolled');
  const before = await state(page);
  assert.deepEqual(
    before.filter((w) => !w.marks || w.loading).map((w) => w.id),
    [],
    'every chart is drawn in the background',
  );
  const text = (await pdfText(await print(page))).join('');
  for (const w of LOADING) assert.ok(!text.includes(bare(w)), `no "${w}…" in the printed article`);
  for (const w of before) assert.ok(text.includes(bare(w.title)), `${w.id} printed with its title`);
  // The last widget's chart is in the PDF: its axis and row labels (SVG text) are printed.
  const last = before.at(-1);
  const labels = last.axes.filter((t) => t.length > 12);
  assert.ok(labels.length > 3);
  for (const t of labels) assert.ok(text.includes(bare(t)), `${last.id}'s chart printed: "${t}"`);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('printed at once after load: each chart drawn or given as text, never a loading message', async () => {
  const {page, log} = await open(env.browser, env.url('/test/e2e/pages/print.html'), {width: 1280, height: 900});
  await page.emulateMediaType('print');
  const pages = await pdfText(await print(page));
  const text = pages.join('');
  for (const w of LOADING) assert.ok(!text.includes(bare(w)), `no "${w}…" in the printed article`);
  // Every chart printed says what it is: its title, from the widget or from the page's fallback paragraph.
  const titles = await page.$$eval('plan-chart', (els) =>
    els.map((el) => el.querySelector('strong').textContent.split(':')[0]),
  );
  for (const t of titles) assert.ok(text.includes(bare(t)), `"${t}" printed`);
  // A widget whose dataset has not arrived prints the page's own paragraph inside it, not "Đang tải dữ liệu…".
  await page.setRequestInterception(true);
  page.on('request', (r) => (r.url().includes('/slow/') ? undefined : r.continue()));
  await page.evaluate(() => {
    const el = document.createElement('plan-chart');
    el.id = 'slow';
    el.setAttribute('src', '/slow/');
    el.innerHTML =
      '<p><strong>Tỉnh Bắc Kạn: chỉ tiêu và kết quả</strong> <a href="/dist/embed.html">Xem biểu đồ</a></p>';
    document.body.append(el);
  });
  await page.waitForFunction(() => /Đang tải dữ liệu/.test(document.querySelector('#slow').shadowRoot.textContent));
  const slow = (await pdfText(await print(page))).join('');
  assert.ok(slow.includes(bare('Tỉnh Bắc Kạn: chỉ tiêu và kết quả')), 'the fallback paragraph is printed');
  for (const w of LOADING) assert.ok(!slow.includes(bare(w)), `no "${w}…" printed while the data loads`);
  // No button or menu is printed.
  for (const b of ['Xem bảng', 'Tóm tắt', 'Tải dữ liệu', 'Trích dẫn'])
    assert.ok(!text.includes(bare(b)), `no "${b}" button in print`);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('with no idle period before printing, printing draws every waiting chart at once', async () => {
  // A page that is never idle: the background drawing has not started when the reader prints.
  const {page, log} = await open(env.browser, env.url('/test/e2e/pages/print.html'), {
    width: 1280,
    height: 900,
    before: (p) => p.evaluateOnNewDocument(() => (window.requestIdleCallback = () => 0)),
  });
  await page.waitForFunction(() => document.querySelector('#c0').shadowRoot.querySelector('.vis svg path'));
  await sleep(1000);
  const waiting = (await state(page)).filter((w) => !w.marks).map((w) => w.id);
  assert.deepEqual(waiting, ['c1', 'c2', 'c3'], 'the charts below the fold wait for the reader');
  const text = (await pdfText(await print(page))).join('');
  const after = await state(page);
  assert.deepEqual(
    after.filter((w) => !w.marks).map((w) => w.id),
    [],
    'beforeprint drew them',
  );
  // Drawn before Chromium laid the page out for print: their charts' labels are in the PDF.
  for (const w of after.slice(1)) {
    const labels = w.axes.filter((t) => t.length > 12);
    assert.ok(labels.length > 2);
    for (const t of labels) assert.ok(text.includes(bare(t)), `${w.id}'s chart printed: "${t}"`);
  }
  for (const w of LOADING) assert.ok(!text.includes(bare(w)), `no "${w}…" in the printed article`);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('a page in dark mode prints light: dark text on white, charts drawn in the light palette', async () => {
  const {page, log} = await open(env.browser, env.url('/test/e2e/pages/print.html'), {
    width: 1280,
    height: 900,
    before: (p) => p.emulateMediaFeatures([{name: 'prefers-color-scheme', value: 'dark'}]),
  });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('plan-chart')].every((el) => el.shadowRoot.querySelector('.vis svg path')),
  );
  const colours = () =>
    page.$eval('#c1', (el) => ({
      text: getComputedStyle(el.shadowRoot.querySelector('.root')).color,
      labels: [...new Set([...el.shadowRoot.querySelectorAll('.vis svg text')].map((t) => t.getAttribute('fill')))],
    }));
  const screen = await colours();
  assert.equal(screen.text, 'rgb(232, 235, 239)', 'dark on screen');
  // Media type and features in one call (puppeteer's emulateMediaType and emulateMediaFeatures each reset the other).
  const cdp = await page.createCDPSession();
  const media = async (type) => {
    await cdp.send('Emulation.setEmulatedMedia', {
      media: type,
      features: [{name: 'prefers-color-scheme', value: 'dark'}],
    });
    assert.ok(await page.evaluate((t) => matchMedia(`${t} and (prefers-color-scheme: dark)`).matches, type));
    await sleep(300);
  };
  await media('print');
  const printed = await colours();
  assert.equal(printed.text, 'rgb(29, 35, 43)', 'dark text when printed');
  assert.ok(!printed.labels.includes('#e8ebef'), `no light labels when printed (${printed.labels})`);
  await media('screen');
  assert.deepEqual(await colours(), screen, 'dark again on screen after printing');
  assert.deepEqual(log.errors, []);
  await page.close();
});
