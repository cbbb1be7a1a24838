// The exports in real Chromium: television frames whose SVG holds the title, legend and source line at their sizes
// inside the safe area; PNG sizes and metadata; light exports from a dark page unless dark is chosen; the footer's
// menus; failures shown; citations of a chart with results.
import {expect} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import {html} from 'lit';
import {mount, nextEvent, shadow} from '../components/helpers.js';
import {readPng} from '../../src/export/png.js';
import {MESSAGES} from '../../src/i18n/index.js';
import type {PlanChart} from '../../src/components/plan-chart.js';

const QN_RESULTS = '/test/fixtures/results-quang-ngai.csv';
const QN_NAME = 'plan-chart-attainment-quang-ngai-2021-2025';
const SAFE = {left: 96, top: 54, right: 1824, bottom: 1026};

const bytes = async (b: Blob) => new Uint8Array(await b.arrayBuffer());

/** An exported SVG in the document, unscaled, to measure its texts; removed by the caller. */
async function place(blob: Blob): Promise<SVGSVGElement> {
  const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
  const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
  const box = document.createElement('div');
  box.style.position = 'absolute';
  box.style.left = '0';
  box.style.top = '0';
  box.append(svg);
  document.body.append(box);
  return svg;
}

/** Each text of a placed SVG: its string, size and box in the frame's pixels. */
function texts(svg: SVGSVGElement) {
  const origin = svg.getBoundingClientRect();
  return [...svg.querySelectorAll('text')].map((t) => {
    const r = t.getBoundingClientRect();
    return {
      text: (t.textContent ?? '').replace(/\u00a0/g, ' '),
      size: parseFloat(t.getAttribute('font-size') ?? '0'),
      bold: t.getAttribute('font-weight') === 'bold',
      left: r.left - origin.left,
      top: r.top - origin.top,
      right: r.right - origin.left,
      bottom: r.bottom - origin.top,
    };
  });
}

/** One pixel of a PNG as [r, g, b, a]. */
async function rgba(blob: Blob, x: number, y: number): Promise<number[]> {
  const img = await createImageBitmap(blob);
  const c = document.createElement('canvas');
  c.width = img.width;
  c.height = img.height;
  const ctx = c.getContext('2d')!;
  ctx.drawImage(img, 0, 0);
  return [...ctx.getImageData(x, y, 1, 1).data];
}

/** The colour of a PNG's pixel. */
const pixel = async (blob: Blob, x: number, y: number) => (await rgba(blob, x, y)).slice(0, 3);
/** The alpha of one pixel of a PNG (0 transparent, 255 opaque). */
const alpha = async (blob: Blob, x: number, y: number) => (await rgba(blob, x, y))[3];

describe('<plan-chart> television frames', () => {
  let el: PlanChart;
  before(async () => {
    ({el} = await mount(html`<plan-chart unit="quang-ngai" results=${QN_RESULTS}></plan-chart>`));
  });

  it('a 16-row chart gives numbered frames, each with title, legend and source, no text under 30 px or outside the safe area', async () => {
    expect(el.rows.length).to.equal(16);
    const files = await el.exportImages({kind: 'broadcast'}, {type: 'svg'});
    const n = files.length;
    // At most 4 frames with the font that renders (the rows with results drawn, then the list of the others).
    expect(n).to.be.within(3, 4);
    expect(files.map((f) => f.name)).to.deep.equal(files.map((_, k) => `${QN_NAME}-1920x1080-${k + 1}of${n}.svg`));
    // What the drawn rows use: their statuses, floors and a range (no bare figure "◆" among them).
    const legend = ['Đạt', 'Chưa đạt', 'Chưa đến hạn', 'ít nhất (mức sàn)', 'khoảng'];
    let listFrames = 0;
    const labels = new Set<string>();
    for (const [k, f] of files.entries()) {
      const svg = await place(f.blob);
      try {
        expect([svg.getAttribute('width'), svg.getAttribute('height')]).to.deep.equal(['1920', '1080']);
        const all = texts(svg).filter((t) => t.text.trim());
        for (const t of all) {
          expect(t.size, `"${t.text}"`).to.be.at.least(30);
          expect(t.left, `"${t.text}" left`).to.be.at.least(SAFE.left - 1);
          expect(t.top, `"${t.text}" top`).to.be.at.least(SAFE.top - 1);
          expect(t.right, `"${t.text}" right`).to.be.at.most(SAFE.right + 1);
          expect(t.bottom, `"${t.text}" bottom`).to.be.at.most(SAFE.bottom + 1);
        }
        const big = all.filter((t) => t.size >= 56 && t.bold);
        expect(big.map((t) => t.text).join(' ')).to.equal('Tỉnh Quảng Ngãi: chỉ tiêu và kết quả, giai đoạn 2021–2025');
        // A frame that draws marks has the legend; a frame of the list alone (no axis) has none.
        const drawn = all.some((t) => t.size === 30 && /^0%?$/.test(t.text));
        if (drawn) expect(all.map((t) => t.text)).to.include.members([...legend, `${k + 1}/${n}`]);
        else {
          listFrames++;
          expect(all.map((t) => t.text)).to.include(`${k + 1}/${n}`);
          expect(all.map((t) => t.text)).not.to.include.members(['Đạt']);
        }
        const source = all
          .filter((t) => t.size === 30 && t.top > 800)
          .map((t) => t.text)
          .join(' ');
        expect(source).to.contain(
          'Nguồn: Quyết định 1736/QĐ-UBND ngày 05/11/2021 của Chủ tịch UBND tỉnh Quảng Ngãi; số liệu kết quả: Báo cáo tổng kết',
        );
        for (const t of all.filter((x) => x.size === 38 && x.bold)) labels.add(t.text);
      } finally {
        svg.parentElement!.remove();
      }
    }
    expect(listFrames).to.be.at.least(1);
    // Every row's label is in some frame.
    expect([...labels].join(' ')).to.contain('Xã, phường, thị trấn tổ chức tuyên truyền thường xuyên');
    expect([...labels].join(' ')).to.contain('Mức tăng hằng năm số tội phạm liên quan đến mại dâm được xử lý');
  });

  it('PNG frames are 1920×1080 with their title and source in the file; social frames 1080×1080', async () => {
    const tv = await el.exportImages({kind: 'broadcast'});
    expect(tv[0].name).to.equal(`${QN_NAME}-1920x1080-1of${tv.length}.png`);
    const info = readPng(await bytes(tv[0].blob));
    expect([info.width, info.height]).to.deep.equal([1920, 1080]);
    expect(info.text.Title).to.equal(`Tỉnh Quảng Ngãi: chỉ tiêu và kết quả, giai đoạn 2021–2025 (1/${tv.length})`);
    // The notes above the chart travel with it (today's Quảng Ngãi draws the former province's plan), then the source.
    expect(info.text.Description).to.match(
      /^Kế hoạch của tỉnh Quảng Ngãi trước khi hợp nhất với tỉnh Kon Tum \(01\/07\/2025\)\.\n/,
    );
    expect(info.text.Description).to.match(/\nNguồn: Quyết định 1736\/QĐ-UBND/);
    expect(info.text.Copyright).to.equal('CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)');
    const social = await el.exportImages({kind: 'social'});
    expect(social[0].name).to.equal(`${QN_NAME}-1080x1080-1of${social.length}.png`);
    const s = readPng(await bytes(social[0].blob));
    expect([s.width, s.height]).to.deep.equal([1080, 1080]);
  });

  it('a transparent PNG for keying over video: alpha 0 where nothing is drawn, opaque text, named "-alpha"', async () => {
    for (const dark of [false, true]) {
      const tv = await el.exportImages({kind: 'broadcast'}, {transparent: true, dark});
      expect(tv[0].name).to.equal(`${QN_NAME}-1920x1080-${dark ? 'dark-' : ''}alpha-1of${tv.length}.png`);
      // The corner (outside the safe area) is empty; a pixel of the title's first letter ("T" at 96 px) is ink.
      expect(await alpha(tv[0].blob, 10, 10)).to.equal(0);
      const ink = await Promise.all([0, 4, 8, 12, 16].map((dy) => alpha(tv[0].blob, 112, 60 + dy)));
      expect(Math.max(...ink)).to.equal(255);
    }
    // Without the option the frame is opaque.
    const plain = await el.exportImages({kind: 'broadcast'});
    expect(await alpha(plain[0].blob, 10, 10)).to.equal(255);
  });

  it('print: a PNG at 300 dpi as wide as one, two or three newspaper columns, and an SVG sized in mm', async () => {
    for (const [columns, width] of [
      [1, 591],
      [2, 1228],
      [3, 1866],
    ] as const) {
      // Sixteen rows: parts no taller than 120 mm (1,417 px), numbered in their names.
      const files = await el.exportImages({kind: 'print', columns});
      const n = files.length;
      expect(n).to.be.above(1);
      expect(files.map((f) => f.name)).to.deep.equal(
        files.map((_, k) => `${QN_NAME}-print-${columns}col-300dpi-${k + 1}of${n}.png`),
      );
      for (const f of files) {
        const info = readPng(await bytes(f.blob));
        expect([info.width, info.dpi]).to.deep.equal([width, 300]);
        expect(info.height).to.be.at.most(1417);
      }
    }
    const parts = await el.exportImages({kind: 'print', columns: 2}, {type: 'svg'});
    const svg = parts[0];
    expect(svg.name).to.equal(`${QN_NAME}-print-2col-300dpi-1of${parts.length}.svg`);
    const text = await svg.blob.text();
    expect(text).to.match(/<svg [^>]*width="103\.97mm" height="[\d.]+mm" viewBox="0 0 1228 \d+"/);
    expect(Number(/height="([\d.]+)mm"/.exec(text)![1])).to.be.at.most(120);
    expect(await parts.at(-1)!.blob.text()).to.contain('(tiếp)');
    expect(text).to.contain(
      `<title>Tỉnh Quảng Ngãi: chỉ tiêu và kết quả, giai đoạn 2021–2025 (1/${parts.length})</title>`,
    );
    // Text kept as text.
    expect(text).to.contain('>Xã, phường, thị trấn tổ chức tuyên truyền thường xuyên</text>');
  });

  it('the web image keeps the chart’s width on the page, at twice the pixels', async () => {
    // (The fixture of `before` left the document after the first test: its chart is no longer drawn.)
    const {el} = await mount(html`<plan-chart unit="quang-ngai" results=${QN_RESULTS}></plan-chart>`);
    const [f] = await el.exportImages({kind: 'web'});
    expect(f.name).to.equal(`${QN_NAME}.png`);
    const info = readPng(await bytes(f.blob));
    const chartWidth = (el.specs[0] as unknown as {width: number}).width;
    expect(info.width).to.equal(2 * (chartWidth + 4 + 12 + 32));
    expect(info.dpi).to.equal(192);
  });
});

describe('<plan-chart> export colours', () => {
  afterEach(() => emulateMedia({colorScheme: 'light'}));

  it('a dark page gives a light PNG unless dark is chosen; colours the page set are kept', async () => {
    await emulateMedia({colorScheme: 'dark'});
    const {el} = await mount(html`<plan-chart unit="quang-ngai" results=${QN_RESULTS}></plan-chart>`);
    expect(getComputedStyle(el).getPropertyValue('--_bg').trim()).to.equal('#15191e');
    const [light] = await el.exportImages({kind: 'web'});
    expect(await pixel(light.blob, 2, 2)).to.deep.equal([255, 255, 255]);
    const [dark] = await el.exportImages({kind: 'web'}, {dark: true});
    expect(dark.name).to.equal(`${QN_NAME}-dark.png`);
    expect(await pixel(dark.blob, 2, 2)).to.deep.equal([0x15, 0x19, 0x1e]);
    const tv = await el.exportImages({kind: 'broadcast'}, {dark: true});
    expect(tv[0].name).to.equal(`${QN_NAME}-1920x1080-dark-1of${tv.length}.png`);
    // A page's own status colour stays; the others are the light palette's.
    el.style.setProperty('--plan-chart-met', '#123456');
    const [svg] = await el.exportImages({kind: 'web'}, {type: 'svg'});
    const text = await svg.blob.text();
    expect(text).to.contain('fill="#123456"');
    expect(text).to.contain('fill="#c2410c"');
    expect(text).not.to.contain('#f08a5d');
  });
});

describe('<plan-chart> footer downloads and citation', () => {
  it('groups the downloads in a menu that fits 360 px, labelled in the widget’s language, usable by keyboard', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const {el} = await mount(html`<plan-chart unit="quang-ngai" lang=${lang}></plan-chart>`, 360);
      const m = MESSAGES[lang];
      const footer = shadow(el).querySelector('footer')!;
      const menu = footer.querySelector<HTMLDetailsElement>('.export-menu')!;
      const cite = footer.querySelector<HTMLDetailsElement>('.cite-menu')!;
      const summary = menu.querySelector('summary')!;
      expect(summary.textContent!.trim()).to.equal(m.download);
      summary.focus();
      expect(shadow(el).activeElement).to.equal(summary);
      await sendKeys({press: 'Enter'});
      expect(menu.open).to.equal(true);
      cite.open = true;
      await new Promise((r) => setTimeout(r, 50));
      const labels = [...footer.querySelectorAll('button')].map((b) => b.textContent!.trim());
      expect(labels).to.deep.equal([
        m.csv,
        m.xlsx,
        m.pickAll,
        m.pickNone,
        m.png,
        m.svg,
        m.pngBroadcast,
        m.pngSocial,
        m.printPng,
        m.printSvg,
        m.copyCitation,
        m.bibtex,
        m.ris,
        m.cslJson,
      ]);
      const groups = Object.values(m.exportGroups);
      expect([...footer.querySelectorAll('[role="group"]')].map((g) => g.getAttribute('aria-label'))).to.deep.equal([
        groups[0],
        m.pickRows,
        ...groups.slice(1),
      ]);
      expect([...footer.querySelectorAll('option')].map((o) => o.textContent!.trim())).to.deep.equal([
        m.columns(1, 50),
        m.columns(2, 104),
        m.columns(3, 158),
      ]);
      // Opened, nothing sticks out of a 360 px widget, and the citation is shown.
      expect(footer.scrollWidth).to.be.at.most(footer.clientWidth);
      const shown = footer.querySelector('.citation')!;
      for (let i = 0; i < 40 && !shown.textContent; i++) await new Promise((r) => setTimeout(r, 50));
      expect(shown.textContent).to.equal(await el.citation());
      el.parentElement!.remove();
    }
  });

  it('the editor picks the rows of the images: fewer frames, the picked rows only, named so; none picked is said', async () => {
    const {el} = await mount(html`<plan-chart unit="quang-ngai" results=${QN_RESULTS}></plan-chart>`);
    const m = MESSAGES.vi;
    const all = await el.exportImages({kind: 'broadcast'}, {type: 'svg'});
    const keys = el.rows.map((r) => r.target_id);
    const id = (k: string) => `quang-ngai-2021-2025:${k}`;
    // Two rows with results (drawn) and two without (listed).
    const four = [
      id('communication.commune_coverage'),
      id('enforcement.crimes_handled_growth'),
      id('enforcement.reports_handled'),
      id('capacity.staff_trained:province'),
    ];
    const files = await el.exportImages({kind: 'broadcast'}, {type: 'svg', rows: four});
    // Four rows make fewer frames than sixteen: one.
    expect(all.length).to.be.above(files.length);
    expect(files.map((f) => f.name)).to.deep.equal([`${QN_NAME}-1920x1080-4rows.svg`]);
    const labels: string[] = [];
    for (const f of files) {
      const svg = await place(f.blob);
      try {
        labels.push(
          ...texts(svg)
            .filter((t) => t.size === 38 && t.bold)
            .map((t) => t.text),
        );
      } finally {
        svg.parentElement!.remove();
      }
    }
    expect(labels.join(' ')).to.contain('Xã, phường, thị trấn tổ chức tuyên truyền thường xuyên');
    expect(labels.join(' ')).to.contain('Mức tăng hằng năm số tội phạm liên quan đến mại dâm được xử lý');
    expect(labels.join(' ')).not.to.contain('Người lao động trong khu công nghiệp');
    // In the footer: the picker lists every row, counts what is picked, and a click with none picked says so.
    const footer = shadow(el).querySelector('footer')!;
    footer.querySelector<HTMLDetailsElement>('.export-menu')!.open = true;
    const picker = footer.querySelector<HTMLDetailsElement>('.row-picker')!;
    picker.open = true;
    const boxes = [...picker.querySelectorAll<HTMLInputElement>('input[name="row"]')];
    expect(boxes.map((b) => b.value).sort()).to.deep.equal([...keys].sort());
    // At first the rows with results are picked: the targets still without one need not go on air.
    const withResult = el.rows.filter((r) => r.result).map((r) => r.target_id);
    expect(withResult.length).to.equal(4);
    expect(boxes.filter((b) => b.checked).map((b) => b.value)).to.deep.equal(withResult);
    expect(picker.querySelector('summary')!.textContent).to.equal(`${m.pickRows} (${m.pickedRows(4, 16)})`);
    const button = (text: string) =>
      [...footer.querySelectorAll('button')].find((b) => b.textContent!.trim() === text) as HTMLButtonElement;
    button(m.pickNone).click();
    boxes[0].click();
    boxes[3].click();
    expect(picker.querySelector('summary')!.textContent).to.equal(`${m.pickRows} (${m.pickedRows(2, 16)})`);
    button(m.pickNone).click();
    button(m.pngBroadcast).click();
    await el.updateComplete;
    expect(footer.querySelector('[role="status"]')!.textContent).to.equal(m.noRowsPicked);
    button(m.pickAll).click();
    expect(picker.querySelector('summary')!.textContent).to.equal(m.pickRows);
  });

  it('a failed export is shown in the footer and fired as plan-chart-error with code "export"', async () => {
    const {el} = await mount(html`<plan-chart unit="bac-kan"></plan-chart>`);
    const original = HTMLCanvasElement.prototype.toBlob;
    HTMLCanvasElement.prototype.toBlob = function (cb: BlobCallback) {
      cb(null);
    };
    try {
      const tv = [...shadow(el).querySelectorAll('footer button')].find(
        (b) => b.textContent!.trim() === 'PNG 1920×1080',
      ) as HTMLButtonElement;
      const error = nextEvent(el);
      tv.click();
      const e = await error;
      expect(e.type).to.equal('plan-chart-error');
      expect(e.detail.code).to.equal('export');
      expect(e.detail.message).to.equal('Không xuất được tệp: the canvas gave no PNG');
      await el.updateComplete;
      expect(shadow(el).querySelector('footer [role="status"]')!.textContent).to.equal(e.detail.message);
    } finally {
      HTMLCanvasElement.prototype.toBlob = original;
    }
  });

  it('notices travel into every image', async () => {
    const {el} = await mount(html`<plan-chart view="units" indicator="communication" lang="en"></plan-chart>`);
    const note = 'This chart draws one indicator: Communes with regular awareness activities.';
    expect(shadow(el).querySelector('.note')!.textContent).to.equal(note);
    const files = await el.exportImages({kind: 'broadcast'}, {type: 'svg'});
    for (const f of files) {
      const svg = await place(f.blob);
      try {
        const notice = texts(svg).filter((t) => t.size === 32 && t.top > 700);
        expect(notice.map((t) => t.text).join(' ')).to.equal(note);
      } finally {
        svg.parentElement!.remove();
      }
    }
  });

  it('cites a chart with results: text, BibTeX and RIS with the documents, targets, permalink and access date', async () => {
    const {el} = await mount(html`<plan-chart unit="quang-ngai" results=${QN_RESULTS}></plan-chart>`);
    const day = new Date(2026, 2, 12);
    const link = `${location.origin}/dist/embed.html?view=attainment&unit=quang-ngai&period=2021-2025&lang=vi&results=${location.origin}${QN_RESULTS}`;
    expect(el.permalink()).to.equal(link);
    const text = await el.citation('text', day);
    expect(text).to.match(
      /^Tỉnh Quảng Ngãi: chỉ tiêu và kết quả, giai đoạn 2021–2025\. Dữ liệu: plan-chart contributors/,
    );
    expect(text).to.contain('Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi, Quyết định 1736/QĐ-UBND, 05/11/2021, “');
    expect(text).to.contain('mục II.1.a, II.2.a, II.3.a, II.4.a, II.5.a.');
    for (const r of el.rows) expect(text).to.contain(r.target_id);
    expect(text).to.contain('Số liệu kết quả: Báo cáo tổng kết (ví dụ kiểm thử), https://example.org/bao-cao;');
    expect(text.endsWith(`Xem tại: ${link} (truy cập ngày 12/03/2026).`)).to.equal(true);
    const bib = await el.citation('bibtex', day);
    expect(bib).to.contain(`url = {${link}},`);
    expect(bib).to.contain('urldate = {2026-03-12},');
    expect(bib).to.contain('number = {1736/QĐ-UBND},');
    const ris = await el.citation('ris', day);
    expect(ris.startsWith('TY  - DATA\r\n')).to.equal(true);
    expect(ris).to.contain('Y2  - 2026/03/12\r\n');
    expect(ris).to.contain('TY  - GOVDOC\r\n');
    const csl = JSON.parse(await el.citation('csl-json', day));
    expect(csl.map((i: {type: string}) => i.type)).to.deep.equal(['dataset', 'legislation']);
  });
});
