/**
 * The layout all three chart views share: one row per target (or unit, or indicator), a wrapped label above a
 * track, marks on the track, a detail line below. Labels sit above the bars rather than on a y axis so that
 * long Vietnamese labels stay readable at 320 px. Everything is laid out here in pixels (`chartScene`), so the
 * Vega spec is plain data and five marks, with no scales or axes. Loaded with the chart engine, not with the
 * widget's first content.
 */
import type {Spec} from 'vega-typings';
import {tooltips} from './tips.js';

export interface Theme {
  font: string;
  fontSize: number;
  text: string;
  muted: string;
  track: string;
  grid: string;
  /** Target marks: floors, points, the edges of bands (--plan-chart-target). */
  target: string;
  zone: string;
  background: string;
  status: {met: string; not_met: string; not_due: string; no_data: string};
  periods: {before: string; after: string};
  national: string;
}

export interface RowMark {
  kind: 'zone' | 'link' | 'bar' | 'point' | 'rule';
  x: number;
  x2?: number;
  shape?: 'diamond' | 'triangle-right' | 'triangle-left' | 'circle' | 'square' | 'stroke';
  filled?: boolean;
  color: string;
  /** Title → text, shown by the tooltip in this order; built when the mark is hovered, not with the chart. */
  tip: () => Record<string, string>;
  /** What a click selects (a target_id). */
  id: string;
}

export interface ChartRow {
  key: string;
  label: string;
  detail: string;
  /** A symbol drawn in its colour before the detail line (status), so colour is never the only signal. */
  badge?: {text: string; color: string};
  marks: RowMark[];
  /**
   * In a compact chart (`RowChartOptions.compact`): the figure said in words ("≥ 70%"), drawn beside the label in
   * place of the track and marks; a click or hover on the row selects or explains `select`.
   */
  value?: string;
  select?: {id: string; tip: () => Record<string, string>};
}

export interface RowChartOptions {
  rows: ChartRow[];
  domain: [number, number];
  /** The x axis below the rows: grid lines and labels at these values (see `axisTicks`), and a title. */
  ticks: {value: number; label: string}[];
  axisTitle: string;
  width: number;
  theme: Theme;
  description: string;
  /** Vertical reference lines across all rows (national target). */
  references?: {x: number; label: string; color: string}[];
  /** Section headers inserted before the row with this key. */
  sections?: {before: string; label: string}[];
  /** Text measurer for wrapping (default: an estimate). */
  measureText?: TextMeasure;
  /**
   * A list, not a chart: each row's label with its `value` in words beside it (below it under 420 px), its detail
   * line under the label, a rule between rows; no track, no marks, no axis. For targets with no result yet, where
   * empty tracks would draw nothing but say "no data" on every row.
   */
  compact?: boolean;
  /**
   * Rows laid out for a fixed frame (television, social), where they must share its lines: a compact list's short
   * detail ("thường xuyên", "đến 2025") under its figure, in the figures' column, rather than on a line of its own
   * (where figures stand beside the labels and the detail fits their column); less space between a chart's rows.
   */
  detailBeside?: boolean;
}

const LINE = 1.3;

/** Width of a text in pixels; the widget measures with a canvas, Node tests use the estimate. */
export type TextMeasure = ((text: string, fontSize: number, bold: boolean) => number) & {box?: FontBox};
/**
 * Where a font's line box sits around a text's anchor (Vega's baseline "top", which Vega puts 0.79 em above the
 * baseline), in em: `above` the anchor, and the box's whole `height`. A measurer made on a canvas carries the real
 * font's (`fontBoundingBoxAscent`/`Descent`: Noto Sans sets its box higher and taller than DejaVu Sans); an estimate
 * uses `DEFAULT_FONT_BOX`, which holds DejaVu Sans and Liberation Sans.
 */
export interface FontBox {
  above: number;
  height: number;
}
export const DEFAULT_FONT_BOX: FontBox = {above: 0.2, height: 1.3};

/** An average glyph width: close enough for Vietnamese in a sans-serif face when nothing can measure. */
export const estimateWidth: TextMeasure = (text, fontSize) => text.length * fontSize * 0.58;

/** Greedy word wrap to a pixel width. */
export function wrap(
  text: string,
  width: number,
  fontSize: number,
  measure: TextMeasure = estimateWidth,
  bold = false,
): string[] {
  // Ordinary spaces only: a non-breaking space keeps "≥ 70%" on one line.
  const words = text.split(/[ \t\n]+/).filter(Boolean);
  // A line that would fit even if every glyph were 1.2 em wide needs no measuring (unit names, short details).
  if (text.length * fontSize * 1.2 <= width) return [words.join(' ')];
  const lines: string[] = [];
  let cur = '';
  let curWidth = 0;
  const space = measure(' ', fontSize, bold);
  // Word by word, adding widths (kerning across a space is negligible): linear in the words, not quadratic.
  for (const word of words) {
    const w = measure(word, fontSize, bold);
    if (cur && curWidth + space + w > width) {
      lines.push(cur);
      cur = word;
      curWidth = w;
    } else {
      curWidth = cur ? curWidth + space + w : w;
      cur = cur ? `${cur} ${word}` : word;
    }
  }
  if (cur) lines.push(cur);
  return lines.length ? lines : [''];
}

/** A row chart as items in pixels, one list per mark type: what both the Vega and the Vega-Lite specs draw. */
export interface Scene {
  width: number;
  height: number;
  grid: {x: number}[];
  /** Tracks, then zones, links and bars (drawn in this order). `value`/`value2`: the data values of x/x2. */
  rects: {
    mark: 'track' | 'zone' | 'link' | 'bar';
    key: string;
    id?: string;
    x: number;
    x2: number;
    y: number;
    y2: number;
    value: number;
    value2: number;
    color: string;
    /** The target whose tooltip the item shows (see `tips`). */
    tipId?: string;
    cursor?: 'pointer';
  }[];
  /** Target rules, then national reference lines. */
  rules: {
    mark: 'rule' | 'reference';
    key?: string;
    id?: string;
    x: number;
    y: number;
    y2: number;
    value: number;
    color: string;
    strokeWidth: number;
    strokeDash?: number[];
    tipId?: string;
    cursor?: 'pointer';
  }[];
  points: {
    key: string;
    id: string;
    x: number;
    y: number;
    value: number;
    shape: string;
    color: string;
    fill: string;
    tipId: string;
  }[];
  /** Every text: axis labels and title, row labels, section headers, detail lines, reference labels. */
  texts: {
    role: 'axis' | 'label' | 'section' | 'detail' | 'reference';
    key: string;
    x: number;
    y: number;
    text: string;
    fill: string;
    align: 'left' | 'center' | 'right';
    fontSize: number;
    fontWeight: 'bold' | 'normal';
  }[];
  /**
   * Each row's band, from the top of its label to the foot of its detail line (y in px, as the marks): where the
   * widget lays a row's keyboard focus, and what its tooltip and selection must not cover.
   */
  bands: {key: string; y: number; y2: number}[];
  /** The tooltip of a target drawn in this chart, built on demand. */
  tips: (id: string) => Record<string, string> | undefined;
  font: string;
  pointSize: number;
  gridColor: string;
  background: string;
  description: string;
}

/** What a scene takes from its options whatever its layout: tooltips, font, colours, description. */
function sceneStyle(o: RowChartOptions) {
  const fs = o.theme.fontSize;
  return {
    tips: tooltips(o.rows),
    font: o.theme.font,
    pointSize: Math.round(fs * fs * 0.9),
    gridColor: o.theme.grid,
    background: o.theme.background,
    description: o.description,
  };
}

/** One text item of a scene (both layouts). */
function sceneText(
  role: Scene['texts'][number]['role'],
  key: string,
  x: number,
  y: number,
  value: string,
  fill: string,
  fontSize: number,
  fontWeight: 'bold' | 'normal',
  align: 'left' | 'center' | 'right' = 'left',
): Scene['texts'][number] {
  return {role, key, x, y, text: value, fill, align, fontSize, fontWeight};
}

/**
 * Lays a row chart out as a scene, in one pass: one row per target (or unit), a wrapped label above its track,
 * marks on the track, a detail line below. Pure; x is in pixels (the domain mapped linearly onto 0…width).
 */
export function chartScene(o: RowChartOptions): Scene {
  if (o.compact) return compactScene(o);
  const t = o.theme;
  const fs = t.fontSize;
  const small = Math.round(fs * 0.86);
  const barH = Math.max(10, Math.round(fs * 0.9));
  const [d0, d1] = o.domain;
  const scale = o.width / (d1 - d0 || 1);
  const px = (v: number) => (v - d0) * scale;
  const sections = new Map((o.sections ?? []).map((sec) => [sec.before, sec.label]));
  const text = sceneText;
  const texts: Scene['texts'] = [];
  const tracks: Scene['rects'] = [];
  // Rectangles on the track: zones fill it, links are a thin connector, bars sit just inside it.
  const byKind = {zone: [] as Scene['rects'], link: [] as Scene['rects'], bar: [] as Scene['rects']};
  const rules: Scene['rules'] = [];
  const points: Scene['points'] = [];
  const refs = o.references ?? [];
  const refRules: Scene['rules'] = [];
  const bands: Scene['bands'] = [];
  let y = refs.length ? Math.round(fs * LINE) + 4 : 0;
  for (const row of o.rows) {
    const section = sections.get(row.key);
    if (section !== undefined) {
      // A section (a period, an indicator) stands apart from the rows under it: space above, a larger type, and
      // wrapped like a label (an indicator's name is long at 360 px).
      const size = Math.round(fs * 1.12);
      y += y > (refs.length ? Math.round(fs * LINE) + 4 : 0) ? 14 : 4;
      wrap(section, o.width, size, o.measureText, true).forEach((line, k) => {
        texts.push(text('section', `section:${row.key}${k ? `:${k}` : ''}`, 0, y, line, t.text, size, 'bold'));
        y += Math.round(size * LINE);
      });
      y += 4;
    }
    const rowTop = y;
    for (const line of wrap(row.label, o.width, fs, o.measureText, true)) {
      texts.push(text('label', row.key, 0, y, line, t.text, fs, 'bold'));
      y += Math.round(fs * LINE);
    }
    y += 3;
    const y1 = y;
    const y2 = y + barH;
    const yc = (y1 + y2) / 2;
    tracks.push({mark: 'track', key: row.key, x: 0, x2: o.width, y: y1, y2, value: d0, value2: d1, color: t.track});
    for (const m of row.marks) {
      if (m.kind === 'zone' || m.kind === 'link' || m.kind === 'bar') {
        const [top, bottom] =
          m.kind === 'zone' ? [y1, y2] : m.kind === 'link' ? [yc - 1.5, yc + 1.5] : [y1 + 2, y2 - 2];
        const x2 = m.x2 ?? m.x;
        byKind[m.kind].push({
          mark: m.kind,
          key: row.key,
          id: m.id,
          x: px(m.x),
          x2: px(x2),
          y: top,
          y2: bottom,
          value: m.x,
          value2: x2,
          color: m.color,
          ...(m.kind === 'link' ? {} : {tipId: m.id, cursor: 'pointer' as const}),
        });
      } else if (m.kind === 'rule') {
        rules.push({
          mark: 'rule',
          key: row.key,
          id: m.id,
          x: px(m.x),
          y: y1 - 3,
          y2: y2 + 3,
          value: m.x,
          color: m.color,
          strokeWidth: 3,
          tipId: m.id,
          cursor: 'pointer',
        });
      } else {
        points.push({
          key: row.key,
          id: m.id,
          x: px(m.x),
          y: yc,
          value: m.x,
          shape: m.shape ?? 'circle',
          color: m.color,
          fill: m.filled === false ? t.background : m.color,
          tipId: m.id,
        });
      }
    }
    // Reference lines over each row's track only, so the line never runs through the labels.
    for (const r of refs)
      refRules.push({
        mark: 'reference',
        x: px(r.x),
        y: y1 - 4,
        y2: y2 + 4,
        value: r.x,
        color: r.color,
        strokeWidth: 2,
        strokeDash: [4, 3],
      });
    y = y2 + 4;
    const badgeW = row.badge ? Math.round(small * 1.3) : 0;
    if (row.badge) texts.push(text('detail', row.key, 0, y, row.badge.text, row.badge.color, small, 'normal'));
    for (const line of wrap(row.detail, o.width - badgeW, small, o.measureText)) {
      texts.push(text('detail', row.key, badgeW, y, line, t.muted, small, 'normal'));
      y += Math.round(small * LINE);
    }
    bands.push({key: row.key, y: rowTop, y2: y});
    // Between rows: less in a fixed frame, whose rows sit at broadcast sizes and must share 1080 lines.
    y += Math.round(fs * (o.detailBeside ? 0.4 : 0.9));
  }
  const height = Math.max(y, 40);
  const axis = axisLayout(o, height);
  for (const l of axis.labels)
    texts.push(text('axis', 'axis', px(l.x), l.y, l.text, t.muted, axis.fontSize, 'normal', l.align));
  for (const r of refs)
    texts.push(text('reference', 'reference', px(r.x), 0, r.label, r.color, small, 'bold', 'center'));
  return {
    width: o.width,
    height,
    grid: axis.grid.map((g) => ({x: px(g.x)})),
    rects: [...tracks, ...byKind.zone, ...byKind.link, ...byKind.bar],
    rules: [...rules, ...refRules],
    points,
    texts,
    bands,
    ...sceneStyle(o),
  };
}

/**
 * The compact layout (see `RowChartOptions.compact`): one row per target as label, figure and detail, like a plan's
 * own list of targets. Each row is one invisible hit area (a click selects its target, a hover shows its tooltip),
 * so the quote stays one click away.
 */
function compactScene(o: RowChartOptions): Scene {
  const t = o.theme;
  const fs = t.fontSize;
  const small = Math.round(fs * 0.86);
  const measure = o.measureText ?? estimateWidth;
  const texts: Scene['texts'] = [];
  const rects: Scene['rects'] = [];
  const gap = Math.round(fs * 1.5);
  // The figures' column: as wide as the widest figure, side by side with the labels from 420 px up.
  const figureW = Math.max(0, ...o.rows.map((r) => (r.value ? measure(r.value, fs, true) : 0)));
  const beside = o.width >= 420 && figureW <= o.width * 0.35;
  // With `detailBeside`, the figures' column also holds the short details under them ("thường xuyên").
  const detailW = (r: RowChartOptions['rows'][number]) => (r.detail ? measure(r.detail, small, false) : 0);
  const valueW =
    beside && o.detailBeside
      ? Math.max(figureW, ...o.rows.map((r) => (r.value && detailW(r) <= o.width * 0.3 ? detailW(r) : 0)))
      : figureW;
  const labelW = beside ? o.width - valueW - gap : o.width;
  const text = sceneText;
  const pad = Math.round(fs * (o.detailBeside ? 0.3 : 0.45));
  const sections = new Map((o.sections ?? []).map((sec) => [sec.before, sec.label]));
  const bands: Scene['bands'] = [];
  let y = 0;
  o.rows.forEach((row, k) => {
    const section = sections.get(row.key);
    if (section !== undefined) {
      // A document's rows under its name, as the drawn chart heads a period or an indicator.
      const size = Math.round(fs * 1.12);
      y += k ? 10 : 2;
      for (const line of wrap(section, o.width, size, o.measureText, true)) {
        texts.push(text('section', `section:${row.key}`, 0, y, line, t.muted, size, 'bold'));
        y += Math.round(size * LINE);
      }
    }
    const top = y;
    y += pad;
    if (row.value && beside) texts.push(text('label', row.key, o.width, y, row.value, t.text, fs, 'bold', 'right'));
    // The detail under the figure (see `detailBeside`), where it fits the figures' column.
    const under = beside && o.detailBeside && row.value && row.detail && detailW(row) <= valueW ? row.detail : null;
    const labelTop = y;
    for (const line of wrap(row.label, labelW, fs, o.measureText, true)) {
      texts.push(text('label', row.key, 0, y, line, t.text, fs, 'bold'));
      y += Math.round(fs * LINE);
    }
    if (under) {
      const at = labelTop + Math.round(fs * LINE);
      texts.push(text('detail', row.key, o.width, at, under, t.muted, small, 'normal', 'right'));
      y = Math.max(y, at + Math.round(small * LINE));
    }
    // Under 420 px the figure leads the detail line: "≥ 70% · đến 2025".
    let x0 = 0;
    if (row.value && !beside) {
      texts.push(text('detail', row.key, 0, y, row.value, t.text, small, 'bold'));
      x0 = measure(row.value, small, true) + Math.round(small * 0.6);
    }
    const lines =
      row.detail && !under ? wrap(row.detail, o.width - x0 - (beside ? valueW + gap : 0), small, o.measureText) : [];
    if (!lines.length && x0) y += Math.round(small * LINE);
    lines.forEach((line, i) => {
      texts.push(text('detail', row.key, i ? 0 : x0, y, line, t.muted, small, 'normal'));
      y += Math.round(small * LINE);
    });
    y += pad;
    bands.push({key: row.key, y: top, y2: y});
    if (row.select)
      rects.push({
        mark: 'bar',
        key: row.key,
        id: row.select.id,
        x: 0,
        x2: o.width,
        y: top,
        y2: y,
        value: 0,
        value2: 0,
        color: 'transparent',
        tipId: row.select.id,
        cursor: 'pointer',
      });
    // A hairline between rows (a track 1 px high), as a printed list of targets has.
    if (k < o.rows.length - 1)
      rects.unshift({
        mark: 'track',
        key: row.key,
        x: 0,
        x2: o.width,
        y,
        y2: y + 1,
        value: 0,
        value2: 0,
        color: t.grid,
      });
    y += 1;
  });
  return {
    width: o.width,
    height: Math.max(y, 20),
    grid: [],
    rects,
    rules: [],
    points: [],
    texts,
    bands,
    ...sceneStyle(o),
  };
}

/** Size, padding and background of a row chart: the same top-level properties in Vega and in Vega-Lite. */
export const sceneFrame = (sc: Scene) => ({
  description: sc.description,
  width: sc.width,
  height: sc.height,
  padding: {left: 4, right: 12, top: 4, bottom: 4},
  autosize: {type: 'pad' as const},
  background: sc.background,
});

/**
 * The Vega spec of a row chart. Pure: the same options give the same spec. Five marks with every position in
 * pixels: no scales, no axes, and few encodings, because parsing a spec's encodings and axes is most of what
 * it costs Vega to draw one. The widget draws it with the Vega runtime alone: no Vega-Lite compiler ships or
 * runs on the page (`vega-lite.ts` gives the same chart as Vega-Lite).
 */
export function rowChartSpec(o: RowChartOptions): Spec {
  return sceneSpec(chartScene(o));
}

/** The Vega spec of a scene laid out (see `rowChartSpec`). */
export function sceneSpec(sc: Scene): Spec {
  const f = (field: string) => ({field});
  return {
    ...sceneFrame(sc),
    config: {aria: false},
    data: [
      {name: 'grid', values: sc.grid},
      {name: 'rects', values: sc.rects},
      {name: 'rules', values: sc.rules},
      {name: 'points', values: sc.points},
      {name: 'texts', values: sc.texts},
    ],
    marks: [
      {
        type: 'rule',
        from: {data: 'grid'},
        encode: {
          enter: {
            x: f('x'),
            y: {value: 0},
            y2: {value: sc.height},
            stroke: {value: sc.gridColor},
            strokeOpacity: {value: 0.5},
          },
        },
      },
      {
        type: 'rect',
        from: {data: 'rects'},
        encode: {
          enter: {
            x: f('x'),
            x2: f('x2'),
            y: f('y'),
            y2: f('y2'),
            fill: f('color'),
            cursor: f('cursor'),
            tooltip: f('tipId'),
          },
        },
      },
      {
        type: 'rule',
        from: {data: 'rules'},
        encode: {
          enter: {
            x: f('x'),
            y: f('y'),
            y2: f('y2'),
            stroke: f('color'),
            strokeWidth: f('strokeWidth'),
            strokeDash: f('strokeDash'),
            cursor: f('cursor'),
            tooltip: f('tipId'),
          },
        },
      },
      {
        type: 'symbol',
        from: {data: 'points'},
        encode: {
          enter: {
            x: f('x'),
            y: f('y'),
            shape: f('shape'),
            size: {value: sc.pointSize},
            stroke: f('color'),
            fill: f('fill'),
            strokeWidth: {value: 2},
            opacity: {value: 1},
            cursor: {value: 'pointer'},
            tooltip: f('tipId'),
          },
        },
      },
      {
        type: 'text',
        from: {data: 'texts'},
        // Texts take no pointer: a click or hover on a label reaches the row's area under it (a compact row's).
        interactive: false,
        encode: {
          enter: {
            x: f('x'),
            y: f('y'),
            text: f('text'),
            fill: f('fill'),
            align: f('align'),
            baseline: {value: 'top'},
            font: {value: sc.font},
            fontSize: f('fontSize'),
            fontWeight: f('fontWeight'),
          },
        },
      },
    ],
  } as Spec;
}

/** Grid lines and labels of the x axis, and the title as one more label, centred under the axis. */
export function axisLayout(o: RowChartOptions, height: number) {
  const fontSize = Math.round(o.theme.fontSize * 0.8);
  const labels = o.ticks.map((t) => ({
    x: t.value,
    y: height + 4,
    text: t.label,
    // Labels at the ends of the axis sit inside the plot (Vega's labelFlush).
    align: (t.value === o.domain[0] ? 'left' : t.value === o.domain[1] ? 'right' : 'center') as
      'left' | 'center' | 'right',
  }));
  // No title line where there is no title (a fixed frame drops "Tỷ lệ (%)" under ticks that say "%").
  if (o.axisTitle)
    labels.push({
      x: (o.domain[0] + o.domain[1]) / 2,
      y: height + 4 + Math.round(fontSize * 1.3) + 4,
      text: o.axisTitle,
      align: 'center' as const,
    });
  return {fontSize, grid: o.ticks.map((t) => ({x: t.value})), labels};
}
