// "Chart your own plan" in the embed builder: a plan's text pasted (or a .docx uploaded), the proposals checked and
// fixed in their cards, results added, and the snippet copied renders the same chart on a blank page.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
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

// A page plan written for this test in the words of QĐ 361's targets, which Yên Bái's 2016-2020 plan took over, and
// the results Yên Bái's portal reported on 27/11/2020, word for word (yenbai.gov.vn, "Tin hoạt động", ItemID=974;
// the quotes of /work/shared/reference/provinces.md, section 2a).
const PLAN_YB = `KẾ HOẠCH
Phòng, chống mại dâm trên địa bàn tỉnh Yên Bái giai đoạn 2016-2020
I. MỤC TIÊU
1. Đến năm 2020, 100% xã, phường, thị trấn tổ chức được ít nhất một hình thức tuyên truyền về phòng, chống mại dâm và được duy trì thường xuyên.
2. Thông tin về phòng, chống mại dâm được đăng tải trên báo Yên Bái ít nhất mỗi tháng một lần.`;
const REPORT_YB = [
  'Với sự chỉ đạo, tổ chức điều hành công tác phòng, chống mại dâm, đến nay Yên Bái đã đạt 100% số xã, phường, thị trấn tổ chức ít nhất một hình thức tuyên truyền về phòng, chống mại dâm và được duy trì thường xuyên.',
  'Theo đó, từ năm 2016 đến nay, thông tin về phòng, chống mại dâm được đăng tải trên báo trên báo Yên Bái mỗi tháng một lần.',
];

/** A PDF printed by Chromium: `text` as its text layer, or (`scanned`) only a picture of it, as a scanner makes. */
async function pdfOf(name, text, {scanned = false} = {}) {
  const page = await env.browser.newPage();
  await page.setContent(`<!doctype html><html lang="vi"><body style="font:16px sans-serif"></body></html>`);
  await page.evaluate(
    (paragraphs, scanned) => {
      if (!scanned) {
        for (const t of paragraphs) document.body.append(Object.assign(document.createElement('p'), {textContent: t}));
        return;
      }
      const canvas = Object.assign(document.createElement('canvas'), {width: 700, height: 120});
      const g = canvas.getContext('2d');
      g.fillStyle = '#fff';
      g.fillRect(0, 0, 700, 120);
      g.fillStyle = '#000';
      g.font = '14px sans-serif';
      paragraphs.forEach((t, k) => g.fillText(t.slice(0, 90), 8, 30 + k * 40));
      document.body.append(Object.assign(document.createElement('img'), {src: canvas.toDataURL('image/png')}));
    },
    text,
    scanned,
  );
  mkdirSync('tmp/e2e', {recursive: true});
  const file = `tmp/e2e/plan-builder-${name}.pdf`;
  writeFileSync(file, await page.pdf({format: 'A4'}));
  await page.close();
  return new URL(`../../${file}`, import.meta.url).pathname;
}

const results = (page) =>
  page.$$eval('#results li', (lis) =>
    lis.map((li) => ({
      group: li.closest('.result-group').querySelector('h3').textContent,
      legend: li.querySelector('legend').textContent,
      ...Object.fromEntries([...li.querySelectorAll('[name]')].map((el) => [el.name, el.value])),
    })),
  );

test('results from a report: proposed under their targets, confirmed into the cards, the snippet’s chart shows “Đạt”', async () => {
  const {page, log} = await open(env.browser, env.url('/demo/builder-plan.html'));
  await page.browserContext().overridePermissions(env.url('/'), ['clipboard-read', 'clipboard-write']);
  await page.waitForSelector('body[data-ready="true"]');
  await set(page, '#plan-text', PLAN_YB);
  await page.waitForFunction(() => document.querySelectorAll('#cards > li').length === 2, {timeout: 20_000});
  const status = (id) => page.$eval(id, (p) => p.textContent);

  // Bad inputs are named, and change nothing else: no text; a scanned PDF; a text without a figure.
  await page.click('#find-results');
  assert.equal(await status('#report-status'), 'Chưa có văn bản báo cáo: hãy dán báo cáo, hoặc chọn tệp.');
  const scanned = await pdfOf('scanned', REPORT_YB, {scanned: true});
  await (await page.$('#report-file')).uploadFile(scanned);
  await page.waitForFunction(() => /không có lớp chữ/.test(document.getElementById('report-status').textContent), {
    timeout: 20_000,
  });
  assert.match(await status('#report-status'), /^Tệp PDF này không có lớp chữ \(là bản quét hoặc ảnh chụp trang\)/);
  assert.equal(await page.$eval('#report-text', (t) => t.value), '');
  assert.equal(await page.$$eval('#cards > li', (l) => l.length), 2);
  // A file that says it is a PDF but is not one (cut short in a download).
  writeFileSync('tmp/e2e/plan-builder-broken.pdf', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog');
  await (
    await page.$('#report-file')
  ).uploadFile(new URL('../../tmp/e2e/plan-builder-broken.pdf', import.meta.url).pathname);
  await page.waitForFunction(
    () => /^Không đọc được tệp PDF/.test(document.getElementById('report-status').textContent),
    {
      timeout: 20_000,
    },
  );
  assert.equal(await page.$eval('#report-text', (t) => t.value), '');
  await set(page, '#report-text', 'Hội nghị tổng kết đã đánh giá kết quả thực hiện chương trình.');
  await page.waitForFunction(() =>
    /^Không tìm thấy kết quả/.test(document.getElementById('results-status').textContent),
  );

  // A PDF with a text layer: read by pdf.js, its results proposed, each under the target it matches.
  const pdf = await pdfOf('report', REPORT_YB);
  await (await page.$('#report-file')).uploadFile(pdf);
  await page.waitForFunction(() => document.querySelectorAll('#results li').length === 2, {timeout: 20_000});
  assert.match(await status('#report-status'), /^Đã đọc plan-builder-report\.pdf: \d+ ký tự\.$/);
  assert.ok(log.requests.some((u) => u.endsWith('/dist/builder/pdfjs/pdf.worker.min.mjs')));
  assert.equal(
    await status('#results-status'),
    'Đã đề xuất 2 kết quả từ báo cáo, 2 kết quả khớp với một chỉ tiêu. Hãy xác nhận, sửa hoặc bỏ từng kết quả.',
  );
  const proposed = await results(page);
  assert.deepEqual(
    proposed.map((r) => [r.group.slice(0, 12), r.comparator, r.value, r.as_of, r.target]),
    [
      ['Chỉ tiêu 1: ', '=', '100', '', await page.$eval('#cards > li:nth-child(1)', (li) => li.dataset.key)],
      ['Chỉ tiêu 2: ', '=', '1', '', await page.$eval('#cards > li:nth-child(2)', (li) => li.dataset.key)],
    ],
  );
  assert.equal(proposed[0].quote, REPORT_YB[0]);
  // Each quote is marked in the report's text.
  assert.deepEqual(
    await page.$$eval('#report-source mark', (ms) => ms.map((m) => m.querySelector('.mark-no').textContent)),
    ['1', '2'],
  );
  await page.click('#results li:nth-child(1) .card-actions button:nth-child(2)');
  assert.equal(await page.$$eval('#report-source mark.current', (ms) => ms.length), 1);

  // "đến nay" without the report's date cannot be confirmed: the card says why.
  await page.click('#results li:nth-child(1) button.confirm');
  // The card is checked on the next frame (on a loaded machine, after the click returns).
  await page.waitForFunction(() => document.querySelectorAll('#results li:nth-child(1) .problems li').length > 0, {
    timeout: 10_000,
  });
  assert.deepEqual(await page.$$eval('#results li:nth-child(1) .problems li', (l) => l.map((x) => x.textContent)), [
    'Tính đến (ngày, hoặc năm): hãy nhập thời điểm của số liệu (ngày, tháng hoặc năm)',
  ]);
  assert.equal(await page.$eval(card(1, 'result'), (i) => i.value), '');
  // The report's date dates them; its title goes into their source.
  await set(page, '#report-title', 'Cổng thông tin điện tử tỉnh Yên Bái, tin hoạt động');
  await set(page, '#report-date', '2020-11-27');
  assert.deepEqual(
    (await results(page)).map((r) => r.as_of),
    ['27/11/2020', '27/11/2020'],
  );
  for (const n of [1, 2]) {
    await page.click(`#results .result-group:nth-child(${n}) li button.confirm`);
    await page.waitForFunction(
      (n) => document.getElementById('results-status').textContent.startsWith(`Đã xác nhận kết quả ${n}`),
      {},
      n,
    );
  }
  assert.equal(await status('#results-status'), 'Đã xác nhận kết quả 2: là kết quả của chỉ tiêu 2 trong biểu đồ.');
  // Confirmed: the target cards' own result fields hold them.
  assert.deepEqual(
    (await cards(page)).map((c) => [c.result, c.result_as_of, c.result_source]),
    [
      ['100', '27/11/2020', 'Cổng thông tin điện tử tỉnh Yên Bái, tin hoạt động, ngày 27/11/2020'],
      ['1', '27/11/2020', 'Cổng thông tin điện tử tỉnh Yên Bái, tin hoạt động, ngày 27/11/2020'],
    ],
  );
  assert.equal(await page.$eval('#download-csv', (b) => b.textContent), 'Tải chỉ tiêu và kết quả (CSV)');
  await page.waitForFunction(() => (document.getElementById('snippet').value.match(/"result":/g) ?? []).length === 2, {
    timeout: 20_000,
  });
  const previewRows = await shown(page, '#preview plan-chart');
  assert.deepEqual(
    previewRows.map((r) => [r[1], r[2], r[4], r[5], r[6]]),
    [
      ['=', 100, 'percent', 'met', 100],
      ['>=', 1, 'per_month', 'met', 1],
    ],
  );

  // The CSV file carries the results too, in the targets' result columns.
  const downloads = new URL('../../tmp/e2e/downloads/', import.meta.url).pathname;
  rmSync(downloads, {recursive: true, force: true});
  mkdirSync(downloads, {recursive: true});
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', {behavior: 'allow', downloadPath: downloads});
  await page.click('#download-csv');
  const csvFile = `${downloads}chi-tieu-ke-hoach.csv`;
  for (let i = 0; i < 100 && !existsSync(csvFile); i++) await new Promise((r) => setTimeout(r, 100));
  const csv = readFileSync(csvFile, 'utf8').split('\r\n');
  assert.match(csv[0], /,result,result_as_of,result_source,/);
  assert.match(csv[1], /,100,2020-11-27,"Cổng thông tin điện tử tỉnh Yên Bái, tin hoạt động, ngày 27\/11\/2020",/);
  assert.match(csv[2], /,1,2020-11-27,"Cổng thông tin điện tử tỉnh Yên Bái, tin hoạt động, ngày 27\/11\/2020",/);

  // Copied and pasted on a blank page: the chart shows the statuses, and never loads the PDF reader.
  await page.click('#copy');
  await page.waitForFunction(() => document.getElementById('copy-status').textContent === 'Đã chép.');
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(
    snippet,
    /"result":100,"result_as_of":"2020-11-27","result_source":"Cổng thông tin điện tử tỉnh Yên Bái/,
  );
  const blank = await open(env.browser, env.url(pageWith('results', snippet)));
  await settled(blank.page);
  assert.deepEqual(await shown(blank.page, 'plan-chart'), previewRows);
  const text = await blank.page.$eval('plan-chart', (el) => el.shadowRoot.textContent);
  // Both rows say "✓ Đạt" (met) beside their target and result, and the summary counts them.
  assert.equal(text.match(/✓\s*Đạt · Chỉ tiêu/g)?.length, 2);
  assert.match(text, /Có kết quả cho 2 chỉ tiêu: 2 đạt/);
  assert.ok(!blank.log.requests.some((u) => u.includes('pdfjs')), 'the widget never loads pdf.js');
  assert.deepEqual(blank.log.errors, []);
  assert.deepEqual(log.errors, []);
  await blank.page.close();

  // Dropping a confirmed result takes it out of its target card.
  await page.click('#results .result-group:nth-child(2) li button.drop');
  assert.equal(await status('#results-status'), 'Đã bỏ kết quả 2.');
  assert.equal(await page.$eval(card(2, 'result'), (i) => i.value), '');
  assert.equal(await page.$eval(card(1, 'result'), (i) => i.value), '100');
  await page.close();
});

test('100 kB of "100% " pasted: the builder answers with 200 cards and says, in Vietnamese and in English, what it cut', async () => {
  const junk = '100% '.repeat(20_000);
  for (const [query, said] of [
    ['', /^Chỉ đề xuất 200 chỉ tiêu đầu tiên \(giới hạn cho một văn bản\); văn bản được đọc đến ký tự thứ 1\.000\./],
    [
      '?lang=en',
      /^Only the first 200 targets are proposed \(the limit per text\); the text was read up to character 1,000\./,
    ],
  ]) {
    const {page, log} = await open(env.browser, env.url(`/demo/builder-plan.html${query}`));
    await page.waitForSelector('body[data-ready="true"]');
    assert.equal(await page.$eval('#text-cut', (p) => p.hidden), true, 'nothing cut yet');
    await set(page, '#plan-text', junk);
    await page.waitForFunction(() => !document.getElementById('text-cut').hidden, {timeout: 60_000});
    assert.match(await page.$eval('#text-cut', (p) => p.textContent), said);
    assert.equal(await page.$eval('#text-cut', (p) => p.getAttribute('role')), 'alert');
    assert.equal(await page.$$eval('#cards > li', (l) => l.length), 200);
    // The same junk as a report: results are read as far as the figures limit, and that is said too.
    await set(page, '#report-text', junk);
    await page.click('#find-results');
    await page.waitForFunction(() => !document.getElementById('report-cut').hidden, {timeout: 60_000});
    assert.match(
      await page.$eval('#report-cut', (p) => p.textContent),
      query ? /more than 1,000 figures/ : /hơn 1\.000 con số/,
    );
    // A text within every limit says nothing.
    await set(page, '#plan-text', SAMPLE);
    await page.waitForFunction(() => document.getElementById('text-cut').hidden, {timeout: 20_000});
    assert.deepEqual(log.errors, []);
    await page.close();
  }
});
