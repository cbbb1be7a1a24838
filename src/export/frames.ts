/**
 * Exported images laid out for where they go, not screenshots scaled to fit: a television frame (1920×1080, text
 * inside EBU R 95's graphics-safe area, a title of 60 px, chart labels and values of at least 30 px), a square for
 * social media (1080×1080), a newspaper column at 300 dpi, and the web image (the chart as on screen, with its title,
 * legend and sources). Each frame is complete: title, legend, the rows it holds, notices and the source line. Rows
 * that do not fit one fixed-size frame at the minimum sizes go on to the next frame ("1/3", "2/3", "3/3"); nothing is
 * shrunk.
 *
 * `planFrames` is pure: the boxes of every text and chart in pixels, which Node tests assert (sizes, safe area).
 * `frameSpec` turns a frame into one Vega spec (the texts as a text mark, each chart's own marks in a group) that the
 * widget draws headless to SVG or canvas: the SVG keeps text as text.
 */
import type {Spec} from 'vega-typings';
import {
  chartScene,
  DEFAULT_FONT_BOX,
  estimateWidth,
  wrap,
  type FontBox,
  type RowChartOptions,
  type Scene,
  type TextMeasure,
  type Theme,
} from '../charts/rows.js';
import {PRINT_COLUMNS, type ImageFormat, type PrintColumns} from './formats.js';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Text sizes of a format, in px. `chart` is the charts' base font size (labels; details 0.86, axis 0.8 of it). */
export interface FrameSizes {
  title: number;
  chart: number;
  legend: number;
  notice: number;
  source: number;
  page: number;
}

export interface FrameFormat {
  /** What file names call it: "1920x1080", "1080x1080", "print-2col-300dpi"; empty for the web image. */
  id: string;
  width: number;
  /** A fixed height: rows are split over as many frames as needed. Absent: one frame as tall as its content. */
  height?: number;
  /**
   * Frames as tall as their content, but no taller than this (px): the rows go on in further parts, each with its
   * title, "(tiếp)" from the second on (a newspaper column: a chart a page can take).
   */
  maxHeight?: number;
  /** Fixed frames: every text and mark stays inside this centred share of the width and height. */
  safe?: number;
  /** Frames as tall as their content: the margin on every side, px. */
  margin?: number;
  sizes: FrameSizes;
  /** No text anywhere in the frame is smaller than this (px). */
  minText: number;
  /** Pixels per inch written into the PNG (pHYs); absent: none. */
  dpi?: number;
  /** The PNG is drawn at this multiple of the layout's pixels (the web image: 2, for high-density screens). */
  scale?: number;
}

/** EBU R 95 (2017): text and graphics inside the central 90 % × 90 % of a 16:9 frame. */
export const SAFE_AREA = 0.9;

/**
 * Television sizes at 1080 lines: a 56 px title (EBU and BBC guidance put legible on-screen text at about 1/20-1/25
 * of the picture height, 43-54 px; a title goes above that), chart labels of 38 px, so that the smallest chart
 * text, the axis at 0.8 of it, is still 30 px; legend 32 px; source line 30 px. Read back by OCR after downscaling
 * the frame to 640×360.
 */
const SCREEN_SIZES: FrameSizes = {title: 56, chart: 38, legend: 32, notice: 32, source: 30, page: 48};

export const BROADCAST: FrameFormat = {
  id: '1920x1080',
  width: 1920,
  height: 1080,
  safe: SAFE_AREA,
  sizes: SCREEN_SIZES,
  minText: 30,
};

/**
 * A square for social media, seen on a phone at about 0.35 of its size: a 52 px title, chart labels of 32 px (axis
 * 26 px, about 9 px on the phone, the size of a phone's own small print), a 5 % margin.
 */
export const SOCIAL: FrameFormat = {
  id: '1080x1080',
  width: 1080,
  height: 1080,
  safe: SAFE_AREA,
  sizes: {title: 52, chart: 32, legend: 30, notice: 28, source: 26, page: 30},
  minText: 26,
};

const DPI = 300;
const pt = (points: number) => Math.round((points * DPI) / 72);
const mm = (millimetres: number) => Math.round((millimetres / 25.4) * DPI);

/**
 * A newspaper column at 300 dpi: title 11 pt bold, chart labels 8.5 pt (axis 6.7 pt, details 7.2 pt), legend 7.5 pt,
 * source 6.5 pt — the smallest sizes a newspaper's own charts use — and a 2 mm margin.
 */
export function printFormat(columns: PrintColumns): FrameFormat {
  return {
    id: `print-${columns}col-300dpi`,
    width: mm(PRINT_COLUMNS[columns]),
    margin: mm(2),
    sizes: {title: pt(11), chart: pt(8.5), legend: pt(7.5), notice: pt(7), source: pt(6.5), page: pt(7.5)},
    minText: pt(6.5),
    dpi: DPI,
    // A chart a broadsheet page takes beside its story: about 120 mm high, the rest in a part "(tiếp)".
    maxHeight: mm(120),
  };
}

/** The layout of a format the footer offers; the web image at the chart's width and font size on the page. */
export function frameFormat(f: ImageFormat, web: {width: number; fontSize: number}): FrameFormat {
  switch (f.kind) {
    case 'broadcast':
      return BROADCAST;
    case 'social':
      return SOCIAL;
    case 'print':
      return printFormat(f.columns);
    case 'web':
      return webFormat(web.width, web.fontSize);
  }
}

/** The web image: the chart at its width on the page and the widget's font size, drawn at twice the pixels. */
export function webFormat(chartWidth: number, fontSize: number): FrameFormat {
  const margin = 16;
  return {
    id: '',
    width: chartWidth + CHART_PAD.left + CHART_PAD.right + 2 * margin,
    margin,
    sizes: {
      title: Math.round(fontSize * 1.3),
      chart: fontSize,
      legend: Math.round(fontSize * 0.9),
      notice: Math.round(fontSize * 0.85),
      source: Math.round(fontSize * 0.8),
      page: Math.round(fontSize * 0.9),
    },
    minText: Math.round(fontSize * 0.8),
    dpi: 192,
    scale: 2,
  };
}

/** The padding around a chart's own coordinates (as the widget draws it: src/charts/rows.ts `sceneFrame`). */
const CHART_PAD = {left: 4, right: 12, top: 4, bottom: 4};

/** Where text and marks may go: the safe area of a fixed frame, the box inside the margins of a flowing one. */
export function contentBox(f: FrameFormat, height = f.height ?? 0): Box {
  if (f.height !== undefined) {
    const s = f.safe ?? SAFE_AREA;
    const x = Math.round((f.width * (1 - s)) / 2);
    const y = Math.round((f.height * (1 - s)) / 2);
    return {x, y, width: f.width - 2 * x, height: f.height - 2 * y};
  }
  const m = f.margin ?? 0;
  return {x: m, y: m, width: f.width - 2 * m, height: Math.max(0, height - 2 * m)};
}

/**
 * Room right of a chart: its padding, or half a point mark where that is more, so that a mark at the end of the axis
 * (◆ at 100 %) stays inside the frame's safe area.
 */
const rightPad = (f: FrameFormat) => Math.max(CHART_PAD.right, Math.ceil(f.sizes.chart * 0.5));

/** The width to build the charts at for this format (the model is rebuilt with it, and `sizes.chart` as font size). */
export function chartWidth(f: FrameFormat): number {
  return contentBox(f).width - CHART_PAD.left - rightPad(f);
}

export interface FrameLegendItem {
  symbol: string;
  text: string;
  color: string;
}

/** What every frame carries: texts in the widget's language, and the panels' charts built for this format. */
export interface FrameInput {
  title: string;
  legend: FrameLegendItem[];
  /** Lines that must travel with the image ("figures supplied by the link, not from the portal's dataset"). */
  notices: string[];
  source: string;
  /** One chart per panel, built at `chartWidth(format)` with the theme's font size at `sizes.chart`. */
  panels: RowChartOptions[];
  theme: Theme;
  /** The word a continued part's title ends with, in parentheses ("tiếp", "continued"): formats with `maxHeight`. */
  continued?: string;
}

export type FrameTextRole = 'title' | 'page' | 'legend-symbol' | 'legend' | 'notice' | 'source' | 'chart';

/** A line of text: its box is what it inks (see `ascent`); `anchor` the y Vega draws it at (baseline top). */
export interface FrameText extends Box {
  role: FrameTextRole;
  anchor: number;
  text: string;
  fontSize: number;
  bold: boolean;
  fill: string;
  align: 'left' | 'center' | 'right';
}

/** A chart in a frame: the box it is drawn in (its padding included) and the rows it holds. */
export interface FrameChart extends Box {
  options: RowChartOptions;
  scene: Scene;
}

export interface Frame {
  width: number;
  height: number;
  /** 1-based position and number of frames. */
  index: number;
  count: number;
  /** Where text and marks may go. */
  safe: Box;
  texts: FrameText[];
  charts: FrameChart[];
  /** The row keys (target ids, or unit ids) drawn in this frame, in order. */
  keys: string[];
  /** One row alone was taller than the room a frame has: it is drawn anyway, past the safe area. */
  overflow: boolean;
}

/** Lines of text are set 1.25 em apart. */
const LINE = 1.25;
const lineHeight = (size: number) => Math.round(size * LINE);
/**
 * The box a line of text takes, from its anchor (Vega's baseline "top"): `above` em over it (the font's ascent over
 * the em box, and Vietnamese marks over capitals: Ấ, Ở) to the bottom of its line box (descenders and marks below:
 * ạ, ỵ); at least 0.2 em above and 1.3 em in all, more where the font that renders says so (`FontBox`, measured).
 */
const boxOf = (m?: TextMeasure): FontBox => m?.box ?? DEFAULT_FONT_BOX;
const ascent = (size: number, fb: FontBox) => Math.round(size * Math.max(DEFAULT_FONT_BOX.above, fb.above));
const textHeight = (size: number, fb: FontBox) => Math.round(size * Math.max(DEFAULT_FONT_BOX.height, fb.height));
/** Title lines are set closer (1.15 em): a two-line title reads as one block. */
const titleLine = (size: number) => Math.round(size * 1.15);

function textBox(
  role: FrameTextRole,
  text: string,
  x: number,
  y: number,
  size: number,
  bold: boolean,
  fill: string,
  measure: TextMeasure,
  align: FrameText['align'] = 'left',
): FrameText {
  const width = measure(text, size, bold);
  const left = align === 'left' ? x : align === 'right' ? x - width : x - width / 2;
  const anchor = y + ascent(size, boxOf(measure));
  return {
    role,
    text,
    x: left,
    y,
    anchor,
    width,
    height: textHeight(size, boxOf(measure)),
    fontSize: size,
    bold,
    fill,
    align,
  };
}

/** Lines of wrapped text, one FrameText each, from `y` down; returns them and the y below. */
function lines(
  role: FrameTextRole,
  text: string,
  box: {x: number; width: number},
  y: number,
  size: number,
  bold: boolean,
  fill: string,
  measure: TextMeasure,
  leading = lineHeight(size),
): {texts: FrameText[]; bottom: number} {
  const texts = wrap(text, box.width, size, measure, bold).map((line, k) =>
    textBox(role, line, box.x, y + k * leading, size, bold, fill, measure),
  );
  // The last line's box is a full line high (its descenders and marks below).
  return {texts, bottom: texts.length ? y + (texts.length - 1) * leading + textHeight(size, boxOf(measure)) : y};
}

/** The legend as items in a row, wrapping to further rows: each a symbol in its colour and its text. */
function legendTexts(
  items: FrameLegendItem[],
  box: {x: number; width: number},
  y: number,
  size: number,
  theme: Theme,
  measure: TextMeasure,
): {texts: FrameText[]; bottom: number} {
  const texts: FrameText[] = [];
  const symbolGap = Math.round(size * 0.3);
  const itemGap = Math.round(size * 0.9);
  let x = box.x;
  let top = y;
  for (const item of items) {
    const w = measure(item.symbol, size, true) + symbolGap + measure(item.text, size, false);
    if (x > box.x && x + w > box.x + box.width) {
      x = box.x;
      top += lineHeight(size);
    }
    const sym = textBox('legend-symbol', item.symbol, x, top, size, true, item.color, measure);
    const label = textBox('legend', item.text, x + sym.width + symbolGap, top, size, false, theme.text, measure);
    texts.push(sym, label);
    x = label.x + label.width + itemGap;
  }
  return {texts, bottom: items.length ? top + textHeight(size, boxOf(measure)) : y};
}

/** The rows `from` … `to` of a chart, with the section header of a section that began in an earlier frame. */
export function rowSlice(o: RowChartOptions, from: number, to: number): RowChartOptions {
  const rows = o.rows.slice(from, to);
  const keys = new Set(rows.map((r) => r.key));
  const sections = (o.sections ?? []).filter((s) => keys.has(s.before));
  const first = rows[0];
  if (first && !sections.some((s) => s.before === first.key)) {
    // The section the first row belongs to: the last one that starts at or before it.
    const index = new Map(o.rows.map((r, k) => [r.key, k]));
    const open = (o.sections ?? []).filter((s) => (index.get(s.before) ?? Infinity) < from).at(-1);
    if (open) sections.unshift({before: first.key, label: open.label});
  }
  return {...o, rows, sections};
}

/**
 * The rows of a chart an editor picked for an image (`keys`), in the chart's order; a section's header moves to the
 * first picked row under it. Absent: every row.
 */
export function pickRows(o: RowChartOptions, keys?: ReadonlySet<string>): RowChartOptions {
  if (!keys) return o;
  const headers = new Map((o.sections ?? []).map((s) => [s.before, s.label]));
  const sections: {before: string; label: string}[] = [];
  let open: string | undefined;
  let shown: string | undefined;
  const rows = o.rows.filter((r) => {
    open = headers.get(r.key) ?? open;
    if (!keys.has(r.key)) return false;
    if (open !== undefined && open !== shown) sections.push({before: r.key, label: (shown = open)});
    return true;
  });
  return {...o, rows, sections};
}

/** Where a chart's own coordinates start below the top of its box: its padding, or the ink above its first text. */
export function chartTop(scene: Scene, fb: FontBox = DEFAULT_FONT_BOX): number {
  return Math.max(CHART_PAD.top, ...scene.texts.map((t) => ascent(t.fontSize, fb) - t.y));
}

/**
 * Every second (third, …) axis label, where the format's larger text would make neighbours touch: the views choose
 * the ticks for the page's font size (one per 80 px), a newspaper column sets them at 28 px.
 */
export function thinTicks(o: RowChartOptions, measure: TextMeasure = estimateWidth): RowChartOptions {
  const size = Math.round(o.theme.fontSize * 0.8);
  const [d0, d1] = o.domain;
  const px = (v: number) => ((v - d0) / (d1 - d0 || 1)) * o.width;
  const box = (t: {value: number; label: string}) => {
    const w = measure(t.label, size, false);
    const x = px(t.value);
    return t.value === d0 ? [x, x + w] : t.value === d1 ? [x - w, x] : [x - w / 2, x + w / 2];
  };
  const gap = size * 0.6;
  for (let step = 1; step < o.ticks.length; step++) {
    const kept = o.ticks.filter((_, k) => k % step === 0);
    if (kept.every((t, k) => k === 0 || box(kept[k - 1])[1] + gap <= box(t)[0]))
      return step === 1 ? o : {...o, ticks: kept};
  }
  return {...o, ticks: o.ticks.slice(0, 1)};
}

/**
 * A chart's height in the frame: from the top of its box to the ink of its lowest text (the axis title). No padding
 * below: the frame puts its own gap there.
 */
export function chartHeight(scene: Scene, fb: FontBox = DEFAULT_FONT_BOX): number {
  const bottom = Math.max(
    scene.height,
    ...scene.texts.map((t) => t.y - ascent(t.fontSize, fb) + textHeight(t.fontSize, fb)),
  );
  return Math.ceil(chartTop(scene, fb) + bottom);
}

/** The texts of a chart in frame coordinates, measured: for tests and for checking the safe area. */
export function chartTexts(c: FrameChart, measure: TextMeasure = estimateWidth): FrameText[] {
  const fb = boxOf(c.options.measureText ?? measure);
  const ox = c.x + CHART_PAD.left;
  const oy = c.y + chartTop(c.scene, fb);
  return c.scene.texts.map((t) =>
    textBox(
      'chart',
      t.text,
      ox + t.x,
      oy + t.y - ascent(t.fontSize, fb),
      t.fontSize,
      t.fontWeight === 'bold',
      t.fill,
      measure,
      t.align,
    ),
  );
}

interface Chunk {
  panel: number;
  from: number;
  to: number;
  options: RowChartOptions;
  scene: Scene;
  height: number;
}

/** How many rows from `from` (at most `most`) fit in `room` px (0 if not even one), and the chart they make. */
function fit(o: RowChartOptions, panel: number, from: number, room: number, most = Infinity): Chunk | null {
  let best: Chunk | null = null;
  for (let to = from + 1; to <= Math.min(o.rows.length, from + most); to++) {
    const options = rowSlice(o, from, to);
    const scene = chartScene(options);
    const height = chartHeight(scene, boxOf(o.measureText));
    if (height > room) break;
    best = {panel, from, to, options, scene, height};
  }
  return best;
}

/**
 * The chunks of rows each frame holds, in order, one row at least per frame: as many as fit, or, spread over
 * `frames` frames, at most the frame's share of the rows left.
 */
function paginate(
  panels: RowChartOptions[],
  rooms: Rooms,
  gap: number,
  frames = 0,
): {chunks: Chunk[]; overflow: boolean}[] {
  const pages: {chunks: Chunk[]; overflow: boolean}[] = [];
  let panel = 0;
  let from = 0;
  let left = panels.reduce((n, o) => n + o.rows.length, 0);
  while (panel < panels.length) {
    const page: {chunks: Chunk[]; overflow: boolean} = {chunks: [], overflow: false};
    // A frame that starts in the list of targets without results holds only list rows (the list comes last): no
    // symbol or status is drawn in it, so it has no legend, and the legend's lines are room for rows.
    const room = rooms(pages.length, listStart(panels, panel));
    let used = 0;
    let take = frames > pages.length ? Math.ceil(left / (frames - pages.length)) : Infinity;
    while (panel < panels.length && take > 0) {
      const o = panels[panel];
      if (!o.rows.length) {
        panel++;
        continue;
      }
      const room2 = room - used - (page.chunks.length ? gap : 0);
      let chunk = fit(o, panel, from, room2, take);
      if (!chunk) {
        if (page.chunks.length) break;
        // Not even one row fits an empty frame: draw it alone, and say so.
        const options = rowSlice(o, from, from + 1);
        const scene = chartScene(options);
        chunk = {panel, from, to: from + 1, options, scene, height: chartHeight(scene, boxOf(o.measureText))};
        page.overflow = true;
      }
      used += (page.chunks.length ? gap : 0) + chunk.height;
      page.chunks.push(chunk);
      take -= chunk.to - chunk.from;
      left -= chunk.to - chunk.from;
      from = chunk.to;
      if (from >= o.rows.length) {
        panel++;
        from = 0;
      } else break;
    }
    if (page.chunks.length) pages.push(page);
  }
  return pages;
}

/** The room for rows in the frame `page` (0-based): one that draws marks, or one of list rows alone (`list`). */
type Rooms = (page: number, list: boolean) => number;

/** Whether a frame starting in panel `panel` holds list rows alone (every panel from there is compact). */
const listStart = (panels: RowChartOptions[], panel: number) => panels.slice(panel).every((o) => o.compact);

/** Whether a frame's chunks are all list rows (compact): it has no legend. */
const listOnly = (chunks: {options: RowChartOptions}[]) => chunks.length > 0 && chunks.every((c) => c.options.compact);

/**
 * The fewest frames, with the rows spread evenly over them: each frame takes at most its share of the rows left
 * (16 rows in 8 frames: 2 each; 7 rows in 3: 3, 2, 2 rather than 3, 3, 1), unless that would need more frames.
 */
function balance(panels: RowChartOptions[], rooms: Rooms, gap: number): {chunks: Chunk[]; overflow: boolean}[] {
  const greedy = paginate(panels, rooms, gap);
  if (greedy.length < 2) return greedy;
  const even = paginate(panels, rooms, gap, greedy.length);
  return even.length === greedy.length ? even : greedy;
}

/**
 * Lays out the frames of a chart in a format: for a fixed-size format as many frames as the rows need at the
 * format's sizes, each with the title (and "k/n"), the legend, its rows, the notices and the source line inside the
 * safe area; otherwise one frame as tall as its content. `measure` measures text (the widget: a canvas).
 */
export function planFrames(f: FrameFormat, input: FrameInput, measure: TextMeasure = estimateWidth): Frame[] {
  const fixed = f.height !== undefined;
  const panels = input.panels.map((o) =>
    thinTicks(
      {
        ...o,
        measureText: o.measureText ?? measure,
        // In a fixed frame rows are laid out tighter (see `detailBeside`), and an axis whose every tick says "%"
        // needs no "Tỷ lệ (%)" under it: lines given to rows.
        detailBeside: fixed,
        axisTitle: fixed && o.ticks.length && o.ticks.every((t) => t.label.includes('%')) ? '' : o.axisTitle,
      },
      measure,
    ),
  );
  if (!fixed) return f.maxHeight ? flowParts(f, input, panels, measure) : [flowFrame(f, input, panels, measure)];
  // The page number's width depends on the number of frames, which depends on the room the title leaves.
  let count = 1;
  let frames = fixedFrames(f, input, panels, measure, count);
  for (let pass = 0; pass < 4 && frames.length !== count; pass++) {
    count = Math.max(count, frames.length);
    frames = fixedFrames(f, input, panels, measure, count);
  }
  return frames;
}

/** The parts above and below the charts, for a frame of `page` of `count` (no number when there is one frame). */
function furniture(
  f: FrameFormat,
  input: FrameInput,
  box: Box,
  measure: TextMeasure,
  page: string,
  reserve = page,
  withLegend = true,
): {top: FrameText[]; topBottom: number; bottom: (y: number) => FrameText[]; bottomHeight: number} {
  const s = f.sizes;
  const t = input.theme;
  const items = withLegend ? input.legend : [];
  // The page number ("3/8") follows the title's last line: set apart in a column of its own beside the title it reads
  // as a second column (OCR splits the title there). Where the last line has no room for it, the title wraps a
  // little narrower. The widest number of the series (`reserve`) decides, so that every frame wraps alike.
  const pageGap = Math.round(s.page * 0.6);
  const room = reserve ? measure(reserve, s.page, true) + pageGap : 0;
  const setTitle = (width: number) =>
    lines('title', input.title, {x: box.x, width}, box.y, s.title, true, t.text, measure, titleLine(s.title));
  let title = setTitle(box.width);
  const fits = (l: FrameText | undefined) => !l || l.x + l.width + room <= box.x + box.width;
  if (!fits(title.texts.at(-1))) title = setTitle(box.width - room);
  const last = title.texts.at(-1);
  // On the title's baseline (a baseline sits about 0.8 em below the top of the em box).
  const pageTop = last ? last.anchor + Math.round(0.8 * (s.title - s.page)) - ascent(s.page, boxOf(measure)) : box.y;
  const pageText =
    page && last ? textBox('page', page, last.x + last.width + pageGap, pageTop, s.page, true, t.text, measure) : null;
  // Tight gaps: every line saved is room for rows (the charts bring their own space above and below).
  const legend = legendTexts(items, box, title.bottom + Math.round(s.legend * 0.4), s.legend, t, measure);
  const top = [...title.texts, ...(pageText ? [pageText] : []), ...legend.texts];
  const topBottom = items.length
    ? legend.bottom + Math.round(s.legend * 0.3)
    : title.bottom + Math.round(s.title * 0.3);
  // Below the charts: the notices, then the source line (measured here, placed once the charts' bottom is known).
  const noticeLines = input.notices.flatMap((n) => wrap(n, box.width, s.notice, measure));
  const sourceLines = input.source ? wrap(input.source, box.width, s.source, measure) : [];
  const bottomGap = Math.round(s.source * 0.4);
  // (A part of a print image that is not the last has neither notices nor source: nothing below its rows.)
  const bottomHeight =
    !noticeLines.length && !sourceLines.length
      ? 0
      : bottomGap +
        noticeLines.length * lineHeight(s.notice) +
        (noticeLines.length ? Math.round(s.notice * 0.3) : 0) +
        (sourceLines.length - 1) * lineHeight(s.source) +
        textHeight(s.source, boxOf(measure));
  const bottom = (y: number) => {
    const texts: FrameText[] = [];
    let at = y + bottomGap;
    for (const n of noticeLines) {
      texts.push(textBox('notice', n, box.x, at, s.notice, false, t.text, measure));
      at += lineHeight(s.notice);
    }
    if (noticeLines.length) at += Math.round(s.notice * 0.3);
    for (const l of sourceLines) {
      texts.push(textBox('source', l, box.x, at, s.source, false, t.muted, measure));
      at += lineHeight(s.source);
    }
    return texts;
  };
  return {top, topBottom, bottom, bottomHeight};
}

const chunkGap = (f: FrameFormat) => Math.round(f.sizes.chart * 0.6);

function placeCharts(chunks: Chunk[], x: number, y: number, gap: number): {charts: FrameChart[]; bottom: number} {
  const charts: FrameChart[] = [];
  let at = y;
  for (const c of chunks) {
    charts.push({
      x,
      y: at,
      width: CHART_PAD.left + c.options.width + CHART_PAD.right,
      height: c.height,
      options: c.options,
      scene: c.scene,
    });
    at += c.height + gap;
  }
  return {charts, bottom: chunks.length ? at - gap : y};
}

function fixedFrames(
  f: FrameFormat,
  input: FrameInput,
  panels: RowChartOptions[],
  measure: TextMeasure,
  count: number,
): Frame[] {
  const box = contentBox(f);
  // The title leaves room for the widest page number ("3/3"; "10/12" needs more): the room for charts follows.
  const reserve = count > 1 ? `${count}/${count}` : '';
  const probe = furniture(f, input, box, measure, reserve);
  const bare = furniture(f, input, box, measure, reserve, reserve, false);
  const charts = box.y + box.height - probe.bottomHeight - probe.topBottom;
  const list = box.y + box.height - bare.bottomHeight - bare.topBottom;
  const rooms: Rooms = (_, listOnly) => (listOnly ? list : charts);
  const pages = balance(panels, rooms, chunkGap(f));
  return pages.map((page, k) => {
    const no = pages.length > 1 ? `${k + 1}/${pages.length}` : '';
    const parts = furniture(f, input, box, measure, no, reserve, !listOnly(page.chunks));
    const {charts} = placeCharts(page.chunks, box.x, parts.topBottom, chunkGap(f));
    // The notices and the source line sit at the foot of the safe area, where a viewer looks for them.
    const below = parts.bottom(box.y + box.height - parts.bottomHeight);
    return {
      width: f.width,
      height: f.height!,
      index: k + 1,
      count: pages.length,
      safe: box,
      texts: [...parts.top, ...below],
      charts,
      keys: page.chunks.flatMap((c) => c.options.rows.map((r) => r.key)),
      overflow: page.overflow,
    };
  });
}

/**
 * A format as tall as its content up to `maxHeight`: the rows in as few parts as fit, spread evenly, each a frame as
 * tall as its content with the title (and "(tiếp)" from the second part on), the legend, the notices and the source.
 */
function flowParts(f: FrameFormat, input: FrameInput, panels: RowChartOptions[], measure: TextMeasure): Frame[] {
  const m = f.margin ?? 0;
  const box = {x: m, y: m, width: f.width - 2 * m, height: 0};
  // As a newspaper continues a graphic: the first part has the title and the legend, the next ones "(tiếp)" over
  // their rows, and the notices and the source line close the last (every part after the first leaves room for them).
  const first = {...input, notices: [], source: ''};
  const next = {...input, title: continuedTitle(input), legend: []};
  const middle = {...next, notices: [], source: ''};
  const roomOf = (i: FrameInput) => {
    const parts = furniture(f, i, box, measure, '');
    return f.maxHeight! - m - parts.topBottom - parts.bottomHeight;
  };
  const [firstRoom, middleRoom, lastRoom] = [roomOf(first), roomOf(middle), roomOf(next)];
  // The last part also holds the notices and the source. Laid out for `c` parts, every part from the c-th on leaves
  // room for them: the first `c` for which there are at least `c` parts is a layout whose last part has that room.
  const layout = (c: number) =>
    balance(panels, (page) => (page === 0 ? firstRoom : page >= c - 1 ? lastRoom : middleRoom), chunkGap(f));
  let pages = layout(Infinity);
  for (let c = pages.length; c <= pages.length + 4; c++) {
    const l = layout(c);
    if (l.length >= c) {
      pages = l;
      break;
    }
  }
  if (pages.length < 2) return [flowFrame(f, input, panels, measure)];
  return pages.map((page, k) => ({
    ...flowFrame(f, k === 0 ? first : k === pages.length - 1 ? next : middle, [], measure, page.chunks),
    index: k + 1,
    count: pages.length,
    overflow: page.overflow,
  }));
}

/** "Tỉnh Quảng Ngãi: chỉ tiêu và kết quả, giai đoạn 2021–2025 (tiếp)". */
const continuedTitle = (input: FrameInput) => (input.continued ? `${input.title} (${input.continued})` : input.title);

function flowFrame(
  f: FrameFormat,
  input: FrameInput,
  panels: RowChartOptions[],
  measure: TextMeasure,
  given?: Chunk[],
): Frame {
  const m = f.margin ?? 0;
  const box0 = {x: m, y: m, width: f.width - 2 * m, height: 0};
  const parts = furniture(f, input, box0, measure, '');
  const chunks =
    given ??
    panels.flatMap((o, panel) => {
      if (!o.rows.length) return [];
      const options = rowSlice(o, 0, o.rows.length);
      const scene = chartScene(options);
      return [{panel, from: 0, to: o.rows.length, options, scene, height: chartHeight(scene, boxOf(o.measureText))}];
    });
  const {charts, bottom} = placeCharts(chunks, box0.x, parts.topBottom, chunkGap(f));
  const below = parts.bottom(bottom);
  const height = Math.ceil(bottom + parts.bottomHeight + m);
  return {
    width: f.width,
    height,
    index: 1,
    count: 1,
    safe: {...box0, height: height - 2 * m},
    texts: [...parts.top, ...below],
    charts,
    keys: chunks.flatMap((c) => c.options.rows.map((r) => r.key)),
    overflow: false,
  };
}

/** Vega data and mark names of the k-th chart in a frame spec. */
const chartData = (k: number, name: string) => `chart${k}_${name}`;

/**
 * One Vega spec for a frame: its background, every text of `frame.texts` as one text mark (baseline top), and each
 * chart's marks (from `specOf`, the chart engine's `chartSpec`) in a group at the chart's place, their data renamed
 * per chart. Pure data: no signals, scales or expressions.
 */
export function frameSpec(frame: Frame, theme: Theme, specOf: (o: RowChartOptions) => Spec, description = ''): Spec {
  const data: NonNullable<Spec['data']> = [
    {
      name: 'frame_texts',
      values: frame.texts.map((t) => ({
        x: t.align === 'left' ? t.x : t.align === 'right' ? t.x + t.width : t.x + t.width / 2,
        y: t.anchor,
        text: t.text,
        fontSize: t.fontSize,
        fontWeight: t.bold ? 'bold' : 'normal',
        fill: t.fill,
        align: t.align,
        role: t.role,
      })),
    },
  ];
  const marks: NonNullable<Spec['marks']> = [];
  frame.charts.forEach((c, k) => {
    const spec = specOf(c.options);
    for (const d of spec.data ?? []) data.push({...d, name: chartData(k, d.name)} as (typeof data)[number]);
    const rename = (m: Record<string, unknown>) => {
      const from = m.from as {data?: string} | undefined;
      return from?.data ? {...m, from: {...from, data: chartData(k, from.data)}} : m;
    };
    marks.push({
      type: 'group',
      name: `chart${k}-group`,
      encode: {
        enter: {x: {value: c.x + CHART_PAD.left}, y: {value: c.y + chartTop(c.scene, boxOf(c.options.measureText))}},
      },
      marks: (spec.marks ?? []).map((m) => rename(m as unknown as Record<string, unknown>)),
    } as unknown as (typeof marks)[number]);
  });
  marks.push({
    type: 'text',
    name: 'frame-text',
    from: {data: 'frame_texts'},
    encode: {
      enter: {
        x: {field: 'x'},
        y: {field: 'y'},
        text: {field: 'text'},
        fill: {field: 'fill'},
        align: {field: 'align'},
        baseline: {value: 'top'},
        font: {value: theme.font},
        fontSize: {field: 'fontSize'},
        fontWeight: {field: 'fontWeight'},
      },
    },
  });
  return {
    description,
    width: frame.width,
    height: frame.height,
    padding: 0,
    autosize: {type: 'none'},
    background: theme.background,
    config: {aria: false},
    data,
    marks,
  } as Spec;
}
