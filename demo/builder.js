// The embed builder: choose a chart, check results, preview it live, copy a snippet (script tag or iframe),
// each with fallback content (title, summary, link) for readers without JavaScript, for RSS and for print.
// The iframe snippet needs no script on the host page: the builder draws the chosen chart in hidden frames at the
// widths a column is likely to have and writes a height that shows the whole chart at each of them.
import {holdStyle} from './page.js';

const en = new URLSearchParams(location.search).get('lang') === 'en';
const form = document.getElementById('form');
const preview = document.getElementById('preview');
const issuesEl = document.getElementById('issues');
const heightsEl = document.getElementById('heights');
const base = document.getElementById('base');
base.value = new URL('../dist/', location.href).href;

const ds = await (await fetch(new URL('../dist/data/dataset.json', location.href))).json();

// The units that have something to chart: a plan of their own, or results against another's (Yên Bái), sorted by
// name; a province of before 1 July 2025 whose name continues today is marked "(cũ)" / "(former)".
const withPlans = new Set(ds.plans.map((p) => p.unit_id));
const withRows = new Set([...withPlans, ...ds.results.map((r) => r.unit_id)]);
// Today's province of a unit with plans (Quảng Trị from 2025, for the former Quảng Trị): what an editor looks for.
const heirs = new Map(ds.units.filter((u) => withPlans.has(u.unit_id) && u.unit_2025).map((u) => [u.unit_2025, u]));
for (const id of heirs.keys()) withRows.add(id);
const current = new Set(ds.units.filter((u) => !u.valid_to).map((u) => u.name));
const unitLabel = (u) =>
  `${en ? u.name_en : u.name}${u.valid_to && current.has(u.name) ? (en ? ' (former)' : ' (cũ)') : ''}${u.level === 'district' ? (en ? ' district' : ' (huyện)') : ''}`;
const UNITS = ds.units
  .filter((u) => withRows.has(u.unit_id))
  .sort((a, b) =>
    a.level === 'national'
      ? -1
      : b.level === 'national'
        ? 1
        : unitLabel(a).localeCompare(unitLabel(b), en ? 'en' : 'vi'),
  );
const unitsBox = document.getElementById('units');
const byId = new Map(ds.units.map((u) => [u.unit_id, u]));
/** "30/6/2025" / "30 June 2025" from "2025-06-30". */
const day = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return en
    ? new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {timeZone: 'UTC', dateStyle: 'long'})
    : `${d}/${m}/${y}`;
};
const KIND = {province: en ? 'province' : 'tỉnh', city: en ? 'city' : 'thành phố', district: en ? 'district' : 'huyện'};
/** "tỉnh Quảng Trị" / "Quang Tri province", for "now part of". */
const inSentence = (u) => (en ? `${u.name_en} ${KIND[u.kind]}` : `${KIND[u.kind]} ${u.name}`);
/** "Quảng Bình và Quảng Trị (cũ)" / "Quang Binh and Quang Tri (former)". */
const listOf = (names) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${en ? 'and' : 'và'} ${names.at(-1)}`;
/**
 * Whose plans a unit holds, from the units table's validity and successor columns: a former province "đến
 * 30/6/2025; nay thuộc tỉnh Quảng Trị", a province formed on 1 July 2025 "từ 1/7/2025, gồm Quảng Bình và Quảng Trị
 * (cũ)"; nothing for a unit that neither ended nor began then.
 */
function unitNote(u) {
  if (u.valid_to) {
    const heir = byId.get(u.unit_2025);
    const until = en ? `until ${day(u.valid_to)}` : `đến ${day(u.valid_to)}`;
    return heir && heir !== u ? `${until}; ${en ? 'now part of' : 'nay thuộc'} ${inSentence(heir)}` : until;
  }
  if (u.valid_from) {
    const from = ds.units.filter((x) => x !== u && x.unit_2025 === u.unit_id && x.level === u.level);
    return `${en ? 'from' : 'từ'} ${day(u.valid_from)}${from.length ? `, ${en ? 'formed from' : 'gồm'} ${listOf(from.map(unitLabel))}` : ''}`;
  }
  return '';
}
/** Letters without diacritics or case, words apart: what the search compares ("Thừa Thiên-Huế" → "thua thien hue"). */
const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const unitRows = [];
for (const u of UNITS) {
  const label = document.createElement('label');
  const box = Object.assign(document.createElement('input'), {
    type: 'checkbox',
    name: 'unit',
    value: u.slug,
    checked: u.slug === 'bac-kan',
  });
  const name = u.level === 'national' ? (en ? 'National' : 'Toàn quốc') : unitLabel(u);
  const note = unitNote(u);
  label.append(box, ` ${name}`);
  if (note)
    label.append(Object.assign(document.createElement('span'), {className: 'unit-note', textContent: ` — ${note}`}));
  unitsBox.append(label);
  // What a search finds it by: its label and note, both names, its slug and aliases (a former name: thua-thien-hue).
  // A unit found by an alias alone says so, or "thua thien" would find a "Huế" with nothing to say why.
  const aliases = (u.aliases ?? '').split(';').filter(Boolean);
  const alias = Object.assign(document.createElement('span'), {className: 'unit-note'});
  label.append(alias);
  unitRows.push({
    label,
    box,
    alias,
    aliases,
    words: fold([name, note, u.name, u.name_en, u.slug].join(' ')),
    all: fold([name, note, u.name, u.name_en, u.slug, ...aliases].join(' ')),
  });
}

// The search box over the units: filters as one types, ignoring diacritics and case; the units ticked stay in
// view; Enter ticks the only match.
const search = document.getElementById('unit-search');
const found = document.getElementById('unit-found');
search.placeholder = en ? 'e.g. hue, quang tri' : 'vd. hue, quảng trị';
function filterUnits() {
  const q = fold(search.value);
  const terms = q ? q.split(' ') : [];
  const has = (words) => terms.every((t) => ` ${words}`.includes(` ${t}`));
  const hits = unitRows.filter((r) => has(r.all));
  for (const r of unitRows) {
    r.label.hidden = Boolean(q) && !hits.includes(r) && !r.box.checked;
    r.alias.textContent =
      q && hits.includes(r) && !has(r.words) ? ` (${en ? 'also' : 'tên khác'}: ${r.aliases.join(', ')})` : '';
  }
  found.textContent = !q
    ? ''
    : hits.length
      ? en
        ? `${hits.length} unit${hits.length > 1 ? 's' : ''} found${hits.length === 1 ? ': Enter ticks it' : ''}.`
        : `Tìm thấy ${hits.length} đơn vị${hits.length === 1 ? ': nhấn Enter để chọn' : ''}.`
      : en
        ? 'No unit matches; try another name.'
        : 'Không có đơn vị nào khớp; hãy thử tên khác.';
  return hits;
}
search.addEventListener('input', filterUnits);
// The search is no field of the chart: typing in it changes nothing until a unit is ticked.
search.addEventListener('change', (e) => e.stopPropagation());
search.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter') return;
  // Enter never submits the form.
  e.preventDefault();
  const hits = filterUnits();
  if (hits.length === 1 && !hits[0].box.checked) hits[0].box.click();
});
const periodSelect = document.querySelector('select[name="period"]');
for (const p of [...new Set(ds.plans.map((x) => x.period))].sort())
  periodSelect.append(Object.assign(document.createElement('option'), {value: p, textContent: p.replace('-', '–')}));
const indicatorSelect = document.getElementById('indicator');
for (const g of ds.groups) {
  const group = document.createElement('optgroup');
  group.label = en ? g.label_en : g.label_vi;
  group.append(
    Object.assign(document.createElement('option'), {
      value: g.group_id,
      textContent: `${en ? 'All of' : 'Cả nhóm'}: ${en ? g.label_en : g.label_vi}`,
    }),
  );
  for (const i of ds.indicators.filter((x) => x.group === g.group_id)) {
    group.append(
      Object.assign(document.createElement('option'), {
        value: i.indicator_id,
        textContent: en ? i.label_en : i.label_vi,
      }),
    );
  }
  indicatorSelect.append(group);
}

let results = [];
const PlanChart = await customElements.whenDefined('plan-chart');

/** The chosen attributes, in a fixed order, without empty ones. */
function attributes() {
  const f = new FormData(form);
  return Object.fromEntries(
    [
      ['view', f.get('view')],
      ['unit', f.getAll('unit').join(',')],
      ['indicator', f.get('indicator')],
      ['period', f.get('period')],
      ['level', f.get('view') === 'units' ? f.get('level') : ''],
      ['lang', f.get('lang')],
    ].filter(([, v]) => v),
  );
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The embed page's address for the chosen chart, on the server given in `base` (default: this copy's dist/). */
function permalink(attrs, baseUrl = base.value) {
  const url = new URL('embed.html', baseUrl);
  for (const [k, v] of Object.entries(attrs)) url.searchParams.set(k, v);
  if (results.length) url.searchParams.set('data', JSON.stringify(results));
  return url.href;
}

/** Column widths the frame is measured at, px: phones, sidebars, article columns, full-width pages. */
const WIDTHS = [280, 320, 360, 480, 640, 800, 1024, 1280];
const measureBox = Object.assign(document.createElement('div'), {className: 'measure', inert: true});
measureBox.setAttribute('aria-hidden', 'true');
document.body.append(measureBox);

/**
 * The embed page's content height at each of WIDTHS, px: each in a hidden frame of that width (in the viewport, so
 * that the widget charts at once), read once the chart is drawn and its height has held for half a second.
 * `isStale()` stops early when the editor changed the chart meanwhile.
 */
async function measureHeights(src, isStale) {
  const frames = WIDTHS.map((width) => {
    const f = document.createElement('iframe');
    f.src = src;
    f.tabIndex = -1;
    f.style.width = `${width}px`;
    return f;
  });
  measureBox.append(...frames);
  const height = (f) => Math.ceil(f.contentDocument?.documentElement?.getBoundingClientRect().height ?? 0);
  const settle = async (f) => {
    const end = Date.now() + 20_000;
    let last = -1;
    let same = 0;
    while (Date.now() < end && !isStale()) {
      await new Promise((r) => setTimeout(r, 125));
      if (f.contentDocument?.documentElement?.dataset.planChart !== 'done') continue;
      const h = height(f);
      same = h === last ? same + 1 : 0;
      last = h;
      if (same >= 4) break;
    }
    return last;
  };
  const heights = await Promise.all(frames.map(settle));
  for (const f of frames) f.remove();
  // A frame that never drew (a timeout) is left out rather than guessed.
  return WIDTHS.map((width, k) => ({width, height: heights[k]})).filter((x) => x.height > 0);
}

/**
 * A CSS height for a frame whose width is the container's (`100cqw`), at least the measured height at every width
 * between two samples. Heights are padded for other fonts (3 % + 24 px) and made non-increasing with width; between
 * samples w[k] and w[k+1] the frame keeps the height of w[k-1] falling linearly to that of w[k] (so that text that
 * wraps just past a sample is covered), below the narrowest sample it keeps rising, past the widest it holds. Each
 * segment's line is capped beyond its end, so that the frame is never a falling line of another segment's.
 * Returns the tallest height (the fallback) and the CSS expression.
 */
function frameHeight(samples) {
  if (samples.length < 2) {
    const tallest = Math.max(640, ...samples.map((s) => Math.ceil(s.height * 1.03) + 24));
    return {tallest, css: `${tallest}px`};
  }
  const w = samples.map((s) => s.width);
  const padded = samples.map((s) => Math.ceil(s.height * 1.03) + 24);
  const h = padded.map((_, k) => Math.max(...padded.slice(k)));
  const n = w.length;
  w.push(Math.round(w[n - 1] * 1.25));
  h.push(h[n - 1]);
  /** calc(a px - b cqw) for the falling line through (x0, y0) and (x1, y1), rounded up; null if it does not fall. */
  const line = (x0, y0, x1, y1) => {
    const slope = (y0 - y1) / (x1 - x0); // px of height lost per px of width
    if (!(slope > 0)) return null;
    return `calc(${Math.ceil(y0 + slope * x0 + 1)}px - ${(slope * 100).toFixed(3).replace(/\.?0+$/, '')}cqw)`;
  };
  // Each line holds only over its own segment: past the segment's end a steep ramp (RAMP px of height per px of
  // width) takes it below the next segment's. Without it a gentle line of the narrow widths (2,020 → 1,948 px from
  // 320 to 360 px) ran on to 1,549 px at 1,264 px, where the chart is 1,116 px: measured heights need not fall
  // convexly, so the largest of the lines is not the height.
  const RAMP = 40;
  const until = (x, y) => `calc(${Math.ceil(y + RAMP * x)}px - ${RAMP * 100}cqw)`;
  // A flat step needs no term: the next term already holds its height up to its own start.
  const first = line(w[0], h[0], w[1], h[1]);
  const terms = [`${h[n - 1]}px`, first && `min(${first}, ${until(w[1], h[0])})`];
  for (let k = 1; k <= n - 1; k++) {
    const l = line(w[k], h[k - 1], w[k + 1], h[k]);
    if (l) terms.push(`min(${h[k - 1]}px, ${l}, ${until(w[k + 1], h[k - 1])})`);
  }
  const css = terms.filter(Boolean);
  return {tallest: h[0], css: css.length > 1 ? `max(${css.join(', ')})` : css[0]};
}

function snippets(attrs, title, summary, widestHeight = 0) {
  const attrText =
    Object.entries(attrs)
      .map(([k, v]) => ` ${k}="${esc(v)}"`)
      .join('') + holdStyle(widestHeight);
  const link = permalink(attrs);
  const more = attrs.lang === 'en' ? 'See the chart and its sources' : 'Xem biểu đồ và nguồn số liệu';
  const fallback = `<p><strong>${esc(title)}</strong><br>${esc(summary)} <a href="${esc(link)}">${more}</a></p>`;
  const inline = results.length
    ? `\n  <script type="application/json">${JSON.stringify(results).replace(/</g, '\\u003c')}</script>`
    : '';
  const script = `<script type="module" src="${esc(new URL('plan-chart.js', base.value).href)}"></script>\n<plan-chart${attrText}>${inline}\n  ${fallback}\n</plan-chart>`;
  return {script, link, fallback};
}

/**
 * The iframe snippet: its height follows the column's width with no script on the host page (a container query
 * unit), falls back to the tallest height where the CMS strips styles or the browser is old, and scrolls rather than
 * clips if a reader's fonts make the chart taller still. The resizer line is optional: where the CMS keeps it, it
 * keeps the height exact. The caption (title, summary, link) also gives the figure its width in a container that
 * takes its width from its content.
 */
function iframeSnippet(link, title, fallback, height) {
  const style = `display:block;width:100%;border:0;height:${height.tallest}px;height:${height.css}`;
  return `<figure style="margin:0">\n  <div style="container-type:inline-size">\n    <iframe src="${esc(link)}" title="${esc(title)}" loading="lazy" scrolling="auto" width="100%" height="${height.tallest}" style="${style}"></iframe>\n  </div>\n  <figcaption>${fallback}</figcaption>\n</figure>\n<script src="${esc(new URL('embed-resizer.js', base.value).href)}"></script>`;
}

/** An uploaded file, read as bytes (a workbook, UTF-16 text…): the same reader as the widget's `results=`. */
let uploaded = null;
const readEl = document.getElementById('read');

/** What the reader made of the file: its format, encoding, separator and decimal mark, in words. */
function readAs(info) {
  if (!info) return '';
  const names = {
    csv: 'CSV',
    tsv: en ? 'tab-separated text' : 'văn bản phân cách bằng tab',
    xlsx: en ? 'Excel workbook' : 'bảng tính Excel',
    json: 'JSON',
  };
  const parts = [names[info.format] ?? info.format];
  if (info.sheet) parts.push(`${en ? 'sheet' : 'trang'} “${info.sheet}”`);
  if (info.encoding) parts.push(info.encodingName ?? info.encoding.toUpperCase().replace('-BOM', ' (BOM)'));
  if (info.separator)
    parts.push({',': en ? 'comma' : 'dấu phẩy', ';': en ? 'semicolon' : 'dấu chấm phẩy', '\t': 'tab'}[info.separator]);
  if (info.decimal) parts.push(en ? `decimal mark “${info.decimal}”` : `dấu thập phân “${info.decimal}”`);
  return `${en ? 'Read as' : 'Đọc như'}: ${parts.join(', ')}.`;
}

/** Links to the results templates (Excel and CSV) of the units chosen. */
function templates(attrs) {
  const box = document.getElementById('templates');
  box.replaceChildren();
  const slugs = (attrs.unit ?? '').split(',').filter(Boolean);
  for (const slug of slugs) {
    const u = ds.units.find((x) => x.slug === slug);
    // Templates exist for units with plans, and for today's provinces formed from them.
    if (!u || u.level === 'national' || !(withPlans.has(u.unit_id) || heirs.has(u.unit_id))) continue;
    const li = document.createElement('li');
    li.append(`${unitLabel(u)}: `);
    for (const ext of ['xlsx', 'csv']) {
      const a = Object.assign(document.createElement('a'), {
        href: new URL(`../dist/data/results-template-${slug}.${ext}`, location.href).href,
        textContent: ext === 'xlsx' ? 'Excel (.xlsx)' : 'CSV',
        download: '',
      });
      li.append(a, ext === 'xlsx' ? ' · ' : '');
    }
    box.append(li);
  }
}

let seq = 0;
async function update() {
  const id = ++seq;
  const text = document.getElementById('results').value;
  const attrs = attributes();
  templates(attrs);
  results = [];
  issuesEl.replaceChildren();
  readEl.textContent = '';
  const input = uploaded ? uploaded.bytes : text.trim() ? text : null;
  if (input) {
    // The good rows go into the snippet; the bad ones are listed beside the preview.
    const checked = await PlanChart.checkResults(input, {
      lang: en ? 'en' : 'vi',
      file: uploaded?.name ?? 'results.csv',
      unit: attrs.unit,
    });
    if (id !== seq) return;
    results = checked.results;
    readEl.textContent = `${readAs(checked.info)} ${
      en
        ? `${results.length} row(s) taken${checked.issues.length ? `, ${checked.issues.length} problem(s) left out:` : '.'}`
        : `${results.length} dòng được dùng${checked.issues.length ? `, ${checked.issues.length} lỗi bị bỏ qua:` : '.'}`
    }`;
    for (const i of checked.issues)
      issuesEl.append(Object.assign(document.createElement('li'), {textContent: i.message}));
  }
  const el = document.createElement('plan-chart');
  // Drawn at once: the snippet waits for the preview's plan-chart-render, wherever the preview is scrolled.
  el.setAttribute('loading', 'eager');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (results.length) el.results = results;
  const done = new Promise((r) => {
    el.addEventListener('plan-chart-render', r, {once: true});
    el.addEventListener('plan-chart-error', r, {once: true});
  });
  preview.replaceChildren(el);
  await done;
  if (id !== seq) return;
  const root = el.shadowRoot;
  const title = root.querySelector('h2')?.textContent ?? '';
  const summary = root.querySelector('#chart-desc, .summary')?.textContent ?? '';
  const {script, link, fallback} = snippets(attrs, title, summary);
  document.getElementById('snippet-script').value = script;
  // The iframe snippet waits for the heights of this very chart.
  const out = document.getElementById('snippet-iframe');
  out.value = '';
  out.setAttribute('aria-busy', 'true');
  out.placeholder = heightsEl.textContent = en
    ? 'Measuring the chart’s height at each width…'
    : 'Đang đo chiều cao biểu đồ ở từng bề rộng…';
  const samples = await measureHeights(permalink(attrs, new URL('../dist/', location.href)), () => id !== seq);
  if (id !== seq) return;
  const height = frameHeight(samples);
  out.value = iframeSnippet(link, title, fallback, height);
  // The script snippet again, now that the chart's height is known: it holds that space while the script loads.
  document.getElementById('snippet-script').value = snippets(
    attrs,
    title,
    summary,
    samples.length ? Math.min(...samples.map((s) => s.height)) : 0,
  ).script;
  out.removeAttribute('aria-busy');
  const fmt = (n) => n.toLocaleString(en ? 'en' : 'vi');
  heightsEl.textContent =
    (en ? 'Height of the chart by column width: ' : 'Chiều cao biểu đồ theo bề rộng cột: ') +
    samples.map((x) => `${fmt(x.width)} px → ${fmt(x.height)} px`).join('; ') +
    (en
      ? `. Without styles the frame is ${fmt(height.tallest)} px tall.`
      : `. Khi CMS bỏ thuộc tính style, khung cao ${fmt(height.tallest)} px.`);
}

form.addEventListener('change', update);
document.getElementById('results').addEventListener('input', () => {
  // Typing replaces an uploaded file.
  uploaded = null;
  clearTimeout(update.t);
  update.t = setTimeout(update, 300);
});
document.getElementById('file').addEventListener('change', async (e) => {
  const file = e.target.files[0];
  if (!file) return;
  // The file's bytes, not file.text(): a workbook or a UTF-16 file is read by the widget's own reader.
  uploaded = {name: file.name, bytes: new Uint8Array(await file.arrayBuffer())};
  document.getElementById('results').value = '';
  update();
});
for (const b of document.querySelectorAll('[data-copy]')) {
  b.addEventListener('click', async () => {
    const t = document.getElementById(b.dataset.copy);
    t.select();
    try {
      await navigator.clipboard.writeText(t.value);
      b.textContent = en ? 'Copied' : 'Đã chép';
    } catch {
      document.execCommand('copy');
    }
  });
}
await update();
document.body.dataset.ready = 'true';
