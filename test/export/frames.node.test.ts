// Exported images laid out for where they go (src/export/frames.ts): television frames of 1920×1080 with every text
// inside the graphics-safe area and at least 30 px, social squares, newspaper columns at 300 dpi. Boxes in pixels,
// text measured by the estimate (the widget measures with a canvas).
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import {buildView} from '../../src/charts/build.js';
import {
  BROADCAST,
  SOCIAL,
  chartTexts,
  chartWidth,
  contentBox,
  frameSpec,
  pickRows,
  planFrames,
  printFormat,
  rowSlice,
  webFormat,
  type Box,
  type Frame,
  type FrameFormat,
} from '../../src/export/frames.js';
import {rowChartSpec} from '../../src/charts/rows.js';
import {sourceLine} from '../../src/export/sources.js';
import {DEFAULT_THEME} from '../../src/charts/palettes.js';
import {legendColor} from '../../src/charts/views/index.js';
import type {Lang} from '../../src/i18n/index.js';
import {resolveRequest, type Attributes} from '../../src/data/request.js';
import {readResultsSync} from '../../src/data/results-input.js';
import {checkDataset} from '../../src/data/validate.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';
// English texts load on demand in the widget; here, as a page in English would.
import '../../src/i18n/en.js';

const ds = checkDataset(readCheckInput()).dataset!;
const results = readResultsSync(readFileSync('test/fixtures/results-quang-ngai.csv', 'utf8'), ds, {
  file: 'results.csv',
  today: '2026-11-30',
}).rows;

function layout(f: FrameFormat, attrs: Attributes, lang: Lang = 'vi', notices: string[] = []) {
  const r = resolveRequest(ds, attrs);
  assert.ok(r.ok);
  const theme = {...DEFAULT_THEME, fontSize: f.sizes.chart};
  const model = buildView({ds, lang, theme, width: chartWidth(f)}, r.request, results);
  const input = {
    title: model.title,
    legend: model.legend.map((l) => ({symbol: l.symbol, text: l.text, color: legendColor(theme, l.kind)})),
    notices,
    source: sourceLine(ds, lang, model.rows, model.statuses, f.height !== undefined),
    panels: model.panels.map((p) => p.options),
    theme,
    continued: lang === 'vi' ? 'tiếp' : 'continued',
  };
  return {model, input, frames: planFrames(f, input)};
}

const inside = (b: Box, s: Box) =>
  b.x >= s.x - 0.01 &&
  b.y >= s.y - 0.01 &&
  b.x + b.width <= s.x + s.width + 0.01 &&
  b.y + b.height <= s.y + s.height + 0.01;
const allTexts = (fr: Frame) => [...fr.texts, ...fr.charts.flatMap((c) => chartTexts(c))];
const describeBox = (b: Box & {text?: string}) => `"${b.text}" at ${b.x},${b.y} ${b.width}×${b.height}`;

/** What every frame of a format must hold: sizes, the safe area, the furniture. */
function assertComplete(f: FrameFormat, frames: Frame[], input: ReturnType<typeof layout>['input']) {
  for (const fr of frames) {
    assert.equal(fr.width, f.width);
    if (f.height) assert.equal(fr.height, f.height);
    assert.ok(!fr.overflow, `frame ${fr.index} overflows`);
    for (const t of allTexts(fr)) {
      assert.ok(t.fontSize >= f.minText, `${describeBox(t)}: ${t.fontSize} px < ${f.minText}`);
      assert.ok(inside(t, fr.safe), `${describeBox(t)} outside the safe area`);
    }
    for (const c of fr.charts) assert.ok(inside(c, fr.safe), `chart at ${c.y} (${c.height}) outside the safe area`);
    const title = fr.texts.filter((t) => t.role === 'title');
    assert.equal(title.map((t) => t.text).join(' '), input.title);
    for (const t of title) assert.ok(t.fontSize >= f.sizes.title && t.bold);
    // The legend in every frame that draws marks; a frame of list rows alone (no symbol, no status) has none.
    const list = fr.charts.every((c) => c.options.compact);
    assert.deepEqual(
      fr.texts.filter((t) => t.role === 'legend').map((t) => t.text),
      list ? [] : input.legend.map((l) => l.text),
    );
    assert.deepEqual(
      fr.texts.filter((t) => t.role === 'legend-symbol').map((t) => t.fill),
      list ? [] : input.legend.map((l) => l.color),
    );
    assert.equal(
      fr.texts
        .filter((t) => t.role === 'source')
        .map((t) => t.text)
        .join(' '),
      input.source,
    );
    // Top to bottom: title, legend, charts, notices, source; nothing overlaps.
    const legendBottom = Math.max(...fr.texts.filter((t) => t.role.startsWith('legend')).map((t) => t.y + t.height));
    const footTop = Math.min(...fr.texts.filter((t) => t.role === 'source' || t.role === 'notice').map((t) => t.y));
    for (const c of fr.charts) assert.ok(c.y >= legendBottom && c.y + c.height <= footTop, `chart ${c.y}+${c.height}`);
    for (let k = 1; k < fr.charts.length; k++)
      assert.ok(fr.charts[k].y >= fr.charts[k - 1].y + fr.charts[k - 1].height);
  }
}

describe('television frames (1920×1080)', () => {
  test('the safe area is EBU R 95’s central 90 % × 90 %', () => {
    assert.deepEqual(contentBox(BROADCAST), {x: 96, y: 54, width: 1728, height: 972});
    assert.deepEqual(contentBox(SOCIAL), {x: 54, y: 54, width: 972, height: 972});
  });

  test('Quảng Ngãi’s 16 rows: numbered frames, each complete, nothing under 30 px or outside the safe area', () => {
    const {model, input, frames} = layout(BROADCAST, {unit: 'quang-ngai'});
    assert.equal(model.rows.length, 16);
    // At most 4 frames (were 5, and 7 before the list): the list's frames carry no legend, its rows' short details
    // stand under their figures, rows sit closer, and a "%" axis drops its title.
    assert.ok(frames.length >= 3 && frames.length <= 4, `${frames.length} frames`);
    assertComplete(BROADCAST, frames, input);
    // Every row once, in order, and each frame numbered "k/n" at the top right.
    assert.deepEqual(
      frames.flatMap((f) => f.keys),
      model.panels.flatMap((p) => p.options.rows.map((r) => r.key)),
    );
    frames.forEach((fr, k) => {
      assert.equal(fr.index, k + 1);
      assert.equal(fr.count, frames.length);
      // The page number follows the title's last line, on its baseline, not in a column of its own.
      const page = fr.texts.find((t) => t.role === 'page')!;
      assert.equal(page.text, `${k + 1}/${frames.length}`);
      const last = fr.texts.filter((t) => t.role === 'title').at(-1)!;
      assert.ok(page.x > last.x + last.width && page.x + page.width <= 1824);
      assert.ok(page.y > last.y && page.y + page.height <= last.y + last.height + 1);
    });
    // The rows with results come first, drawn, and the targets still without one follow as a compact list, so a frame
    // of the list holds more rows; among frames of one kind, no frame holds more than one row more than another.
    const listed = new Set(
      model.panels.filter((p) => p.options.compact).flatMap((p) => p.options.rows.map((r) => r.key)),
    );
    assert.ok(listed.size > 0 && listed.size < 16);
    for (const kind of [true, false]) {
      const counts = frames.filter((f) => f.keys.every((k) => listed.has(k)) === kind).map((f) => f.keys.length);
      if (counts.length > 1) assert.ok(Math.max(...counts) - Math.min(...counts) <= 1, counts.join(','));
    }
    // Chart labels 38 px, details 33 px, axis 30 px.
    const sizes = new Set(frames.flatMap((f) => f.charts.flatMap((c) => c.scene.texts.map((t) => t.fontSize))));
    assert.deepEqual([...sizes].sort(), [30, 33, 38]);
  });

  test('in English too, and the periods and units views', () => {
    for (const [attrs, lang] of [
      [{unit: 'quang-ngai'}, 'en'],
      [{unit: 'quang-tri', view: 'periods'}, 'vi'],
      [{view: 'units'}, 'en'],
    ] as [Attributes, Lang][]) {
      const {input, frames} = layout(BROADCAST, attrs, lang);
      assertComplete(BROADCAST, frames, input);
    }
  });

  test('a chart that fits one frame has no page number', () => {
    const {frames} = layout(BROADCAST, {view: 'units', level: 'district'});
    assert.equal(frames.length, 1);
    assert.equal(frames[0].count, 1);
    assert.ok(!frames[0].texts.some((t) => t.role === 'page'));
  });

  test('notices travel in every frame, above the source line, inside the safe area', () => {
    const notice = 'Số liệu kết quả do đường dẫn cung cấp, không thuộc bộ dữ liệu của cổng thông tin.';
    const {input, frames} = layout(BROADCAST, {unit: 'quang-ngai'}, 'vi', [notice]);
    assertComplete(BROADCAST, frames, input);
    for (const fr of frames) {
      const lines = fr.texts.filter((t) => t.role === 'notice');
      assert.equal(lines.map((t) => t.text).join(' '), notice);
      const source = fr.texts.find((t) => t.role === 'source')!;
      assert.ok(lines.every((t) => t.y + t.height <= source.y));
    }
    // The notice costs room: at least as many frames as without it.
    assert.ok(frames.length >= layout(BROADCAST, {unit: 'quang-ngai'}).frames.length);
  });
});

test('social squares (1080×1080): the same, with at least 26 px', () => {
  const {input, frames} = layout(SOCIAL, {unit: 'quang-ngai'});
  assert.ok(frames.length > 1);
  assertComplete(SOCIAL, frames, input);
});

describe('print at 300 dpi', () => {
  test('one, two and three newspaper columns: 50, 104 and 158 mm', () => {
    assert.deepEqual(
      ([1, 2, 3] as const).map((n) => printFormat(n).width),
      [591, 1228, 1866],
    );
    assert.equal(printFormat(2).id, 'print-2col-300dpi');
    assert.equal(printFormat(2).dpi, 300);
  });

  test('parts as tall as their content, none over 120 mm: "(tiếp)" from the second, the source on the last', () => {
    for (const n of [1, 2, 3] as const) {
      const f = printFormat(n);
      const {input, frames, model} = layout(f, {unit: 'quang-ngai'});
      assert.equal(f.minText, 27);
      assert.equal(f.maxHeight, 1417);
      // Every row once, in order.
      assert.deepEqual(
        frames.flatMap((fr) => fr.keys),
        input.panels.flatMap((p) => p.rows.map((r) => r.key)),
      );
      assert.equal(model.title, input.title);
      frames.forEach((fr, k) => {
        assert.ok(!fr.overflow && fr.height <= 1417, `${n} col, part ${k + 1}: ${fr.height} px`);
        const last = Math.max(...fr.texts.map((t) => t.y + t.height), ...fr.charts.map((c) => c.y + c.height));
        assert.ok(fr.height >= last && fr.height <= Math.ceil(last + (f.margin ?? 0)) + 1, `${fr.height} vs ${last}`);
        for (const t of [...fr.texts, ...fr.charts.flatMap((c) => chartTexts(c))])
          assert.ok(t.fontSize >= f.minText, `"${t.text}" ${t.fontSize} px`);
        const title = fr.texts
          .filter((t) => t.role === 'title')
          .map((t) => t.text)
          .join(' ');
        assert.equal(title, k ? `${input.title} (tiếp)` : input.title);
        // The legend opens the graphic, the source closes it.
        assert.equal(
          fr.texts.some((t) => t.role === 'legend'),
          k === 0,
        );
        const source = fr.texts
          .filter((t) => t.role === 'source')
          .map((t) => t.text)
          .join(' ');
        assert.equal(source, k === frames.length - 1 ? input.source : '');
      });
      // Two columns: three parts of Quảng Ngãi's 16 rows (one column, more).
      if (n === 2) assert.equal(frames.length, 3);
    }
    // A chart that fits 120 mm is one part, with everything.
    const {input, frames} = layout(printFormat(2), {unit: 'yen-bai'});
    assert.equal(frames.length, 1);
    assertComplete(printFormat(2), frames, input);
  });
});

test('the web image is the chart at its width on the page, with a margin', () => {
  const f = webFormat(600, 15);
  assert.equal(chartWidth(f), 600);
  const {input, frames} = layout(f, {unit: 'quang-ngai'});
  assertComplete(f, frames, input);
  assert.equal(f.scale, 2);
});

test('a slice of rows that starts inside a section repeats the section’s header', () => {
  const r = resolveRequest(ds, {view: 'periods', unit: 'bac-kan'});
  assert.ok(r.ok);
  const model = buildView(
    {ds, lang: 'vi', theme: DEFAULT_THEME, width: 600},
    {...r.request, form: 'indicator', indicators: ['communication.commune_coverage']},
    [],
  );
  const o = model.panels[0].options;
  assert.ok((o.sections ?? []).length >= 2, 'the indicator form has a section per period');
  const second = o.rows.findIndex((row) => row.key === o.sections![1].before);
  assert.ok(second > 1);
  const slice = rowSlice(o, 1, second + 1);
  assert.deepEqual(slice.sections, [
    {before: o.rows[1].key, label: o.sections![0].label},
    {before: o.rows[second].key, label: o.sections![1].label},
  ]);
  assert.deepEqual(rowSlice(o, 0, 1).sections, [o.sections![0]]);
});

test('the rows an editor picks: in the chart’s order, each section’s header on its first picked row; fewer frames', () => {
  const r = resolveRequest(ds, {view: 'periods', unit: 'bac-kan'});
  assert.ok(r.ok);
  const model = buildView(
    {ds, lang: 'vi', theme: DEFAULT_THEME, width: 600},
    {...r.request, form: 'indicator', indicators: ['communication.commune_coverage']},
    [],
  );
  const o = model.panels[0].options;
  const second = o.rows.findIndex((row) => row.key === o.sections![1].before);
  // The last row of the first section and the second row of the second, picked in the reverse order.
  const keys = new Set([o.rows[second + 1].key, o.rows[second - 1].key]);
  const picked = pickRows(o, keys);
  assert.deepEqual(
    picked.rows.map((row) => row.key),
    [o.rows[second - 1].key, o.rows[second + 1].key],
  );
  assert.deepEqual(picked.sections, [
    {before: o.rows[second - 1].key, label: o.sections![0].label},
    {before: o.rows[second + 1].key, label: o.sections![1].label},
  ]);
  assert.equal(pickRows(o), o);
  assert.equal(pickRows(o, new Set(['nothing'])).rows.length, 0);
  // Quảng Ngãi's 16 rows on television in 4 frames (its rows with results drawn, the rest listed); four of them picked:
  // one frame, complete.
  const {input, frames} = layout(BROADCAST, {unit: 'quang-ngai'});
  const all = input.panels.flatMap((p) => p.rows.map((row) => row.key));
  const four = new Set([all[0], all[5], all[9], all[15]]);
  const few = planFrames(BROADCAST, {
    ...input,
    panels: input.panels.map((p) => pickRows(p, four)).filter((p) => p.rows.length),
  });
  assert.equal(frames.length, 4);
  assert.equal(few.length, 1);
  assert.deepEqual(
    few.flatMap((f) => f.keys),
    [...four],
  );
  assertComplete(BROADCAST, few, input);
});

test('a frame is one Vega spec: its texts as one mark, each chart’s marks in a group with its own data', () => {
  const {frames} = layout(BROADCAST, {unit: 'quang-ngai'});
  const fr = frames[0];
  const spec = frameSpec(fr, DEFAULT_THEME, rowChartSpec, 'x') as unknown as {
    width: number;
    height: number;
    data: {name: string; values: {text: string; fontSize: number}[]}[];
    marks: {type: string; marks?: {from?: {data: string}}[]}[];
  };
  assert.deepEqual([spec.width, spec.height], [1920, 1080]);
  const names = spec.data.map((d) => d.name);
  assert.equal(new Set(names).size, names.length);
  const groups = spec.marks.filter((m) => m.type === 'group');
  assert.equal(groups.length, fr.charts.length);
  for (const g of groups) for (const m of g.marks ?? []) assert.ok(names.includes(m.from!.data));
  const texts = spec.data.find((d) => d.name === 'frame_texts')!.values;
  assert.ok(texts.some((t) => t.text.startsWith('Tỉnh Quảng Ngãi') && t.fontSize === 56));
  assert.ok(texts.some((t) => t.text.startsWith('Nguồn: Quyết định 1736/QĐ-UBND ngày 05/11/2021 của Chủ tịch UBND')));
});

test('axis labels never touch: a newspaper column keeps every second one where its larger text needs the room', () => {
  const f = printFormat(1);
  const {frames, input} = layout(f, {view: 'units'}, 'en');
  const axis = (fr: Frame) =>
    chartTexts(fr.charts[0])
      .filter((t) => /^\d+%$/.test(t.text))
      .sort((a, b) => a.x - b.x);
  const labels = axis(frames[0]);
  assert.ok(labels.length >= 2 && labels.length < input.panels[0].ticks.length, labels.map((t) => t.text).join());
  for (let k = 1; k < labels.length; k++) assert.ok(labels[k - 1].x + labels[k - 1].width < labels[k].x);
  // On television the ticks are left as the view chose them.
  const tv = layout(BROADCAST, {view: 'units'}, 'en');
  assert.equal(axis(tv.frames[0]).length, tv.input.panels[0].ticks.length);
});

describe('the layout takes its line boxes from the font that renders', () => {
  // Noto Sans's line box, as Chromium's canvas measures it (fontBoundingBoxAscent 1.069 em, descent 0.293 em): it
  // starts 0.279 em above Vega's "top" anchor, where the estimate assumes 0.2 em (DejaVu Sans: 0.138 em).
  const noto = Object.assign((text: string, size: number) => text.length * size * 0.58, {
    box: {above: 1.069 - 0.79, height: 1.069 + 0.293},
  });
  test('with a taller font box every text box, its measured height included, stays in the safe area', () => {
    const {input, frames: plain} = layout(BROADCAST, {unit: 'quang-ngai'});
    const frames = planFrames(BROADCAST, input, noto);
    assert.ok(frames.length >= plain.length);
    for (const fr of frames) {
      const title = fr.texts.find((t) => t.role === 'title')!;
      assert.equal(title.anchor - title.y, Math.round(BROADCAST.sizes.title * noto.box.above));
      assert.equal(title.height, Math.round(BROADCAST.sizes.title * noto.box.height));
      for (const t of [...fr.texts, ...fr.charts.flatMap((c) => chartTexts(c, noto))])
        assert.ok(inside(t, fr.safe), describeBox(t));
    }
  });
  test('a font box smaller than the estimate does not pull text out of its line (the estimate is a floor)', () => {
    const {input, frames: plain} = layout(BROADCAST, {unit: 'quang-ngai'});
    const small = Object.assign((text: string, size: number) => text.length * size * 0.58, {
      box: {above: 0.1, height: 1.1},
    });
    assert.deepEqual(
      planFrames(BROADCAST, input, small).map((f) => f.texts.map((t) => [t.y, t.anchor, t.height])),
      plain.map((f) => f.texts.map((t) => [t.y, t.anchor, t.height])),
    );
  });
});
