// The iframe embed on portals: the builder's snippet shows the whole chart with no script on the host page; the
// resizer works whenever it arrives and only for plan-chart frames; figures carried in a link say so; addresses of
// other sites in src= and results= are refused unless embed.html itself allows them.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {start, open} from './harness.mjs';

const DIR = 'tmp/e2e-embed';
let env;
before(async () => {
  rmSync(DIR, {recursive: true, force: true});
  mkdirSync(DIR, {recursive: true});
  // The other origin of the allow-list test serves its results file to other sites (CORS), as it would have to.
  env = await start({
    headers: (path) => (path === '/demo/results-example.csv' ? {'access-control-allow-origin': '*'} : undefined),
  });
});
after(async () => {
  await env?.close();
  rmSync(DIR, {recursive: true, force: true});
});

/** The same server under another origin: http://127.0.0.1:port instead of http://localhost:port. */
const other = (path) => env.url(path).replace('//localhost:', '//127.0.0.1:');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Writes a page under tmp/ (gitignored) and returns its path on the server. */
function writePage(name, html) {
  writeFileSync(join(DIR, name), html);
  return `/${DIR}/${name}`;
}

/** Waits until the embed inside `frame` has drawn its first chart or error (embed.ts marks <html>). */
const embedDone = (frame) =>
  frame.waitForFunction(() => document.documentElement.dataset.planChart === 'done', {timeout: 60_000});

/** Content height of the frame's document and the frame element's own height, in px, read from the host page. */
const heights = (page, selector) =>
  page.$eval(selector, (f) => ({
    frame: f.getBoundingClientRect().height,
    content: f.contentDocument.documentElement.getBoundingClientRect().height,
    scrolling: f.getAttribute('scrolling'),
  }));

const RESULTS =
  'target_id,value,as_of\nquang-ngai-2021-2025:communication.commune_coverage,"72,5",31/12/2025\nquang-ngai-2021-2025:communication.students,64,31/12/2025\n';

test('the iframe snippet the builder writes shows the whole chart with no resizer, at 360 px, at 1280 px and in a 300 px sidebar', async () => {
  const {page} = await open(env.browser, env.url('/demo/builder.html'));
  await page.waitForSelector('body[data-ready="true"]', {timeout: 60_000});
  await page.$eval('input[value="bac-kan"]', (b) => b.click());
  await page.$eval('input[value="quang-ngai"]', (b) => b.click());
  await page.$eval(
    '#results',
    (t, v) => {
      t.value = v;
      t.dispatchEvent(new Event('input'));
    },
    RESULTS,
  );
  await page.waitForFunction(
    () => {
      const out = document.getElementById('snippet-iframe');
      return out.value.includes('unit=quang-ngai') && out.value.includes('data=') && !out.hasAttribute('aria-busy');
    },
    {timeout: 60_000},
  );
  const snippet = await page.$eval('#snippet-iframe', (t) => t.value);
  await page.close();
  assert.match(snippet, /scrolling="auto"/);
  assert.doesNotMatch(snippet, /scrolling="no"/);
  // As pasted into a CMS that strips scripts: no resizer.
  const noScript = snippet.replace(/<script[\s\S]*?<\/script>/g, '');
  assert.doesNotMatch(noScript, /<script/);
  const layouts = {
    blank: (s) => s,
    sidebar: (s) =>
      `<table width="100%"><tr><td width="300" valign="top">${s}</td><td valign="top"><p>Bài viết.</p></td></tr></table>`,
  };
  const cases = [
    ['blank', 360],
    ['blank', 1280],
    ['sidebar', 1280],
  ];
  const results = await Promise.all(
    cases.map(async ([layout, width]) => {
      const path = writePage(
        `snippet-${layout}-${width}.html`,
        `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>snippet</title></head><body>${layouts[layout](noScript)}</body></html>`,
      );
      const {page: host, log} = await open(env.browser, env.url(path), {width, height: 900, window: true});
      const frame = await (await host.waitForSelector('iframe')).contentFrame();
      await embedDone(frame);
      await sleep(1500);
      const h = await heights(host, 'iframe');
      const charted = await frame.$eval('plan-chart', (el) => el.shadowRoot.querySelectorAll('.vis svg').length);
      await host.close();
      return {layout, width, h, charted, errors: log.errors};
    }),
  );
  for (const {layout, width, h, charted, errors} of results) {
    const name = `${layout} page at ${width} px`;
    assert.deepEqual(errors, [], name);
    assert.ok(charted > 0, `${name}: the chart is drawn`);
    assert.ok(
      h.content <= h.frame + 0.5,
      `${name}: the frame (${h.frame} px) holds the whole chart (${h.content} px) without a script`,
    );
    // …and not with a page of blank below it.
    assert.ok(h.frame <= h.content * 1.25 + 80, `${name}: the frame (${h.frame} px) fits the chart (${h.content} px)`);
  }
});

test('a resizer added 4 s after the chart settled sizes the iframe (it asks the embed for its height)', async () => {
  const {page, log} = await open(env.browser, env.url('/test/e2e/pages/iframe-late.html'), {width: 1000});
  const frame = await (await page.waitForSelector('#frame')).contentFrame();
  await embedDone(frame);
  await sleep(4000);
  const beforeResizer = await heights(page, '#frame');
  assert.equal(beforeResizer.frame, 300, 'without the resizer the frame keeps its CSS height');
  assert.ok(beforeResizer.content > 600, `the chart is taller than the frame (${beforeResizer.content} px)`);
  await page.addScriptTag({url: '/dist/embed-resizer.js'});
  await page.waitForFunction(
    () => {
      const f = document.getElementById('frame');
      const inner = f.contentDocument.documentElement.getBoundingClientRect().height;
      return Math.abs(f.getBoundingClientRect().height - inner) <= 1;
    },
    {timeout: 5000},
  );
  const after = await heights(page, '#frame');
  assert.ok(Math.abs(after.frame - after.content) <= 1, `frame ${after.frame} px, content ${after.content} px`);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('the resizer ignores frames that are not plan-chart embeds, and clamps absurd heights', async () => {
  const {page, log} = await open(env.browser, env.url('/test/e2e/pages/iframe-foreign.html'), {width: 1000});
  // Frames of another origin, added after the resizer: an ad, and a page that calls itself embed.html.
  await page.evaluate(
    (ad, fake) => {
      for (const [id, src] of [
        ['other-origin-ad', ad],
        ['other-origin-fake-embed', fake],
      ])
        document.body.append(Object.assign(document.createElement('iframe'), {id, src, title: id}));
      // The host page's own window posting the message is no frame at all.
      window.postMessage({type: 'plan-chart:height', height: 20000}, '*');
    },
    other('/test/e2e/pages/foreign-frame.html'),
    other('/test/e2e/pages/fake/embed.html'),
  );
  const frame = await (await page.waitForSelector('#embed')).contentFrame();
  await embedDone(frame);
  // Bắc Kạn's list of targets is some 690 px at 1000 px: well above the 300 px the frame starts at.
  await page.waitForFunction(() => document.getElementById('embed').getBoundingClientRect().height > 600, {
    timeout: 10_000,
  });
  await sleep(1500); // the ads keep posting every 100 ms
  const sizes = await page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('iframe')].map((f) => [f.id, f.getBoundingClientRect().height])),
  );
  const embed = await heights(page, '#embed');
  assert.ok(Math.abs(embed.frame - embed.content) <= 1, 'the embed is sized to its content');
  assert.equal(sizes['same-origin-ad'], 300, 'a same-origin frame that is not embed.html keeps its height');
  assert.equal(sizes['other-origin-ad'], 300, 'a frame of another origin that is not embed.html keeps its height');
  assert.equal(sizes['other-origin-fake-embed'], 10000, 'an embed.html frame asking for 20,000 px gets 10,000');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('the resizer only takes a height from the window of the frame it resizes', async () => {
  // Two frames show embed.html, the same-origin ad posts a height: only the embeds' own messages size them.
  const path = writePage(
    'two-embeds.html',
    `<!doctype html><html><head><meta charset="utf-8"><title>two</title><link rel="stylesheet" href="/test/e2e/pages/iframe-host.css"><script src="/dist/embed-resizer.js"></script></head><body>
    <iframe id="a" title="a" src="/dist/embed.html?unit=bac-kan"></iframe>
    <iframe id="b" title="b" src="/dist/embed.html?unit=quang-ngai&amp;view=table"></iframe>
    <iframe id="ad" title="ad" src="/test/e2e/pages/foreign-frame.html"></iframe></body></html>`,
  );
  const {page} = await open(env.browser, env.url(path), {width: 800});
  for (const id of ['a', 'b']) await embedDone(await (await page.waitForSelector(`#${id}`)).contentFrame());
  await sleep(1500);
  for (const id of ['a', 'b']) {
    const h = await heights(page, `#${id}`);
    assert.ok(Math.abs(h.frame - h.content) <= 1, `#${id}: frame ${h.frame} px, its own content ${h.content} px`);
  }
  assert.notEqual((await heights(page, '#a')).frame, (await heights(page, '#b')).frame);
  await page.close();
});

/** Opens an embed page directly (as a reader following a permalink) and waits for its first chart or error. */
async function embed(url, width = 900) {
  const {page, log} = await open(env.browser, url, {width, height: 1200});
  await embedDone(page.mainFrame());
  const state = await page.evaluate(() => {
    const el = document.querySelector('plan-chart');
    return {
      refused: [...document.querySelectorAll('p.refused')].map((p) => ({param: p.dataset.param, text: p.textContent})),
      results: el.getAttribute('results'),
      src: el.getAttribute('src'),
      origin: el.getAttribute('results-origin'),
      charted: el.shadowRoot.querySelectorAll('.vis svg').length > 0,
      error: el.shadowRoot.querySelector('[role="alert"]')?.textContent.trim() ?? null,
      shown: el.rows?.filter((r) => r.result).length ?? null,
    };
  });
  return {page, log, state};
}

test('src= and results= of another origin are refused with a message naming them; the chart is drawn without them', async () => {
  const foreignResults = other('/demo/results-example.csv');
  const foreignSrc = other('/dist/data/');
  const q = (params) => env.url(`/dist/embed.html?${new URLSearchParams(params)}`);

  const en = await embed(q({unit: 'quang-ngai', lang: 'en', results: foreignResults}));
  assert.deepEqual(en.state.refused, [
    {
      param: 'results',
      text: `This embed only takes data from its own website. The results address in the link was not used: “${foreignResults}”. The chart below is shown without those results.`,
    },
  ]);
  assert.equal(en.state.results, null);
  assert.ok(en.state.charted, 'the chart is still drawn');
  assert.equal(en.state.shown, 0, 'with no results');
  assert.ok(!en.log.requests.some((u) => u.startsWith(other('/'))), 'nothing is requested from the other origin');
  assert.equal(await en.page.$eval('p.refused', (p) => p.getAttribute('role')), 'alert');
  await en.page.close();

  const vi = await embed(q({unit: 'quang-ngai', src: foreignSrc, results: 'data:text/csv,target_id%2Cvalue'}));
  assert.deepEqual(
    vi.state.refused.map((r) => r.param),
    ['src', 'results'],
  );
  assert.equal(
    vi.state.refused[0].text,
    `Trang nhúng này chỉ lấy số liệu từ chính trang web của nó. Địa chỉ bộ dữ liệu trong đường dẫn không được dùng: “${foreignSrc}”. Biểu đồ dưới đây dùng bộ dữ liệu của trang.`,
  );
  assert.ok(vi.state.refused[1].text.includes('data:text/csv,target_id%2Cvalue'), 'a data: URL is refused too');
  assert.equal(vi.state.src, null);
  assert.ok(vi.state.charted);
  assert.ok(!vi.log.requests.some((u) => u.startsWith(other('/'))));
  await vi.page.close();

  // The site's own files are taken, relative or absolute.
  const own = await embed(q({unit: 'quang-ngai', results: '/demo/results-example.csv', src: env.url('/dist/data/')}));
  assert.deepEqual(own.state.refused, []);
  assert.equal(own.state.results, env.url('/demo/results-example.csv'));
  assert.ok(own.state.shown > 0, 'the results are drawn');
  assert.equal(own.state.origin, null, 'results from the site are not marked as coming from the link');
  await own.page.close();
});

test("an origin listed in embed.html's allow-origins meta is taken", async () => {
  // What a portal does on its server: edit the meta in its copy of embed.html.
  const html = readFileSync('dist/embed.html', 'utf8')
    .replace('<head>', '<head><base href="/dist/" />')
    .replace(
      /<meta name="plan-chart-allow-origins" content="[^"]*"/,
      `<meta name="plan-chart-allow-origins" content="https://stats.example.gov.vn ${new URL(other('/')).origin}"`,
    );
  assert.match(html, /127\.0\.0\.1/);
  mkdirSync(join(DIR, 'allow'), {recursive: true});
  writeFileSync(join(DIR, 'allow', 'embed.html'), html);
  const foreignResults = other('/demo/results-example.csv');
  const {page, state} = await embed(
    env.url(`/${DIR}/allow/embed.html?${new URLSearchParams({unit: 'quang-ngai', results: foreignResults})}`),
  );
  assert.deepEqual(state.refused, []);
  assert.equal(state.results, foreignResults);
  assert.ok(state.shown > 0, 'the allowed results are drawn');
  await page.close();
});

test('a data= permalink is marked results-origin="link" and the widget shows a notice (also in its exports)', async () => {
  const data = JSON.stringify([
    {target_id: 'quang-ngai-2021-2025:communication.commune_coverage', value: 12, as_of: '2025-12-31'},
  ]);
  const link = await embed(env.url(`/dist/embed.html?${new URLSearchParams({unit: 'quang-ngai', data})}`));
  assert.equal(link.state.origin, 'link', 'embed.ts marks figures carried in the link');
  assert.ok(link.state.charted);
  // The element's side (pending in src/components): a notice part in the chart, in the reader's language.
  const notice = await link.page.evaluate(
    () => document.querySelector('plan-chart').shadowRoot.querySelector('[part~="notice"]')?.textContent.trim() ?? '',
  );
  assert.ok(notice.length > 20, `the widget shows a notice that the figures came with the link ("${notice}")`);

  // The notice travels into the SVG and PNG: same chart, same figures, from the site's own file for comparison.
  writeFileSync(join(DIR, 'same.json'), data);
  const own = await embed(
    env.url(`/dist/embed.html?${new URLSearchParams({unit: 'quang-ngai', results: `/${DIR}/same.json`})}`),
  );
  const exports = async (page) => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-chart-embed-'));
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', {behavior: 'allow', downloadPath: dir});
    for (const label of ['SVG', 'PNG'])
      await page.$eval(
        'plan-chart',
        (el, label) =>
          [...el.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === label).click(),
        label,
      );
    const end = Date.now() + 15_000;
    while (readdirSync(dir).filter((f) => /\.(svg|png)$/.test(f)).length < 2 && Date.now() < end) await sleep(200);
    const files = readdirSync(dir);
    const svg = readFileSync(
      join(
        dir,
        files.find((f) => f.endsWith('.svg')),
      ),
      'utf8',
    );
    const png = readFileSync(
      join(
        dir,
        files.find((f) => f.endsWith('.png')),
      ),
    );
    rmSync(dir, {recursive: true, force: true});
    return {svg: svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '), pngHeight: png.readUInt32BE(20)};
  };
  const [fromLink, fromSite] = [await exports(link.page), await exports(own.page)];
  const words = notice.split(/\s+/).slice(0, 4).join(' ');
  assert.ok(fromLink.svg.includes(words), `the SVG carries the notice ("${words}…")`);
  assert.ok(!fromSite.svg.includes(words), 'the same figures from the site carry no notice');
  assert.ok(fromLink.pngHeight > fromSite.pngHeight, 'the PNG has room for the notice');
  await link.page.close();
  await own.page.close();
});
