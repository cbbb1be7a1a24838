/**
 * The layout all three chart views share: one row per target (or unit, or indicator), a wrapped label above a
 * track, marks on the track, a detail line below. Labels sit above the bars rather than on a y axis so that
 * long Vietnamese labels stay readable at 320 px. Rows are laid out here in pixels (y uses `scale: null`), so
 * the spec is plain data plus a few layers; x is a linear scale shared by the rows of one panel (one measure).
 */
import type {TopLevelSpec} from 'vega-lite';

export interface Theme {
  font: string;
  fontSize: number;
  text: string;
  muted: string;
  track: string;
  grid: string;
  accent: string;
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
  /** Title → text, shown by the tooltip in this order. */
  tip: Record<string, string>;
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
  /** Muted rows are drawn in grey italics (e.g. not comparable). */
  muted?: boolean;
}

export interface RowChartOptions {
  rows: ChartRow[];
  domain: [number, number];
  /** Suffix for the axis labels ("%"); the axis title says the rest. */
  axisSuffix: string;
  /** Whole-number ticks only (counts, times per month or year). */
  integerTicks?: boolean;
  axisTitle: string;
  width: number;
  theme: Theme;
  description: string;
  /** Vertical reference lines across all rows (national target). */
  references?: {x: number; label: string; color: string}[];
  /** Section headers inserted before the row with this key. */
  sections?: {before: string; label: string}[];
  /** Text measurer for wrapping (default: an estimate). */
  measure?: Measure;
}

const LINE = 1.3;

/** Width of a text in pixels; the widget measures with a canvas, Node tests use the estimate. */
export type Measure = (text: string, fontSize: number, bold: boolean) => number;

/** An average glyph width: close enough for Vietnamese in a sans-serif face when nothing can measure. */
export const estimateWidth: Measure = (text, fontSize) => text.length * fontSize * 0.58;

/** Greedy word wrap to a pixel width. */
export function wrap(
  text: string,
  width: number,
  fontSize: number,
  measure: Measure = estimateWidth,
  bold = false,
): string[] {
  const lines: string[] = [];
  let cur = '';
  let curWidth = 0;
  const space = measure(' ', fontSize, bold);
  // Word by word, adding widths (kerning across a space is negligible): linear in the words, not quadratic.
  // Ordinary spaces only: a non-breaking space keeps "≥ 70%" on one line.
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
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

export interface Layout {
  height: number;
  texts: {
    y: number;
    text: string;
    role: 'label' | 'detail' | 'section' | 'reference';
    key: string;
    x?: number;
    color?: string;
  }[];
  tracks: {y: number; y2: number; key: string}[];
  marks: (RowMark & {y: number; y2: number; yc: number; key: string})[];
}

/** Lays the rows out in pixels. Exposed for tests. */
export function layoutRows(o: RowChartOptions): Layout {
  const fs = o.theme.fontSize;
  const small = Math.round(fs * 0.86);
  const barH = Math.max(10, Math.round(fs * 0.9));
  const texts: Layout['texts'] = [];
  const tracks: Layout['tracks'] = [];
  const marks: Layout['marks'] = [];
  let y = o.references?.length ? Math.round(fs * LINE) + 4 : 0;
  for (const row of o.rows) {
    const section = o.sections?.find((s) => s.before === row.key);
    if (section) {
      y += 6;
      texts.push({y, text: section.label, role: 'section', key: `section:${row.key}`});
      y += Math.round(fs * LINE) + 4;
    }
    for (const line of wrap(row.label, o.width, fs, o.measure, true)) {
      texts.push({y, text: line, role: 'label', key: row.key});
      y += Math.round(fs * LINE);
    }
    y += 3;
    const y1 = y;
    const y2 = y + barH;
    tracks.push({y: y1, y2, key: row.key});
    for (const m of row.marks) marks.push({...m, y: y1, y2, yc: (y1 + y2) / 2, key: row.key});
    y = y2 + 4;
    const badgeW = row.badge ? Math.round(small * 1.3) : 0;
    if (row.badge) texts.push({y, text: row.badge.text, role: 'detail', key: row.key, x: 0, color: row.badge.color});
    for (const line of wrap(row.detail, o.width - badgeW, small, o.measure)) {
      texts.push({y, text: line, role: 'detail', key: row.key, x: badgeW});
      y += Math.round(small * LINE);
    }
    y += Math.round(fs * 0.9);
  }
  return {height: Math.max(y, 40), texts, tracks, marks};
}

/** The Vega-Lite spec of a row chart. Pure: the same options give the same spec. */
export function rowChartSpec(o: RowChartOptions): TopLevelSpec {
  const L = layoutRows(o);
  const t = o.theme;
  const x = {
    field: 'x',
    type: 'quantitative' as const,
    scale: {domain: o.domain, nice: false, zero: false},
  };
  const yPx = (field: string) => ({field, type: 'quantitative' as const, scale: null, axis: null});
  const tip = {field: 'tip', type: 'nominal' as const};
  const height = L.height;
  const ax = {
    field: 'x',
    type: 'quantitative' as const,
    scale: {domain: o.domain, nice: false, zero: false},
    axis: {
      title: o.axisTitle,
      orient: 'bottom' as const,
      grid: true,
      gridColor: t.grid,
      gridOpacity: 0.5,
      tickCount: Math.max(2, Math.min(6, Math.floor(o.width / 80))),
      // Counts and frequencies are whole numbers: no "0,2 lần/tháng" ticks.
      ...(o.integerTicks ? {tickMinStep: 1} : {}),
      // The number format follows the locale given to vega-embed (vi-VN: decimal comma).
      labelExpr: `format(datum.value, ',~f') + '${o.axisSuffix.replace(/'/g, "\\'")}'`,
      labelColor: t.muted,
      titleColor: t.muted,
      domain: false,
      ticks: false,
      labelFont: t.font,
      titleFont: t.font,
      labelFontSize: Math.round(t.fontSize * 0.8),
      titleFontSize: Math.round(t.fontSize * 0.8),
      titleFontWeight: 'normal' as const,
    },
  };
  const rectLayer = (
    kind: 'zones' | 'links' | 'bars',
    ys: (m: Layout['marks'][number]) => [number, number],
    clickable: boolean,
  ) => ({
    name: kind,
    data: {
      values: L.marks
        .filter((m) => `${m.kind}s` === kind)
        .map(({kind: mark, ...m}) => {
          const [y, y2] = ys({kind: mark, ...m});
          return {...m, mark, y, y2};
        }),
    },
    mark: clickable ? {type: 'rect', cursor: 'pointer'} : {type: 'rect'},
    encoding: {
      x,
      x2: {field: 'x2'},
      y: yPx('y'),
      y2: {field: 'y2'},
      color: {field: 'color', type: 'nominal', scale: null},
      ...(clickable ? {tooltip: tip} : {}),
    },
  });
  const layers: unknown[] = [
    // Axis and grid: an invisible rule carrying the x axis.
    {data: {values: [{x: o.domain[0]}]}, mark: {type: 'rule', opacity: 0}, encoding: {x: ax}},
    {
      data: {values: L.tracks.map((r) => ({x: o.domain[0], x2: o.domain[1], y: r.y, y2: r.y2}))},
      mark: {type: 'rect', color: t.track},
      encoding: {x, x2: {field: 'x2'}, y: yPx('y'), y2: {field: 'y2'}},
    },
    // Rectangles on the track: zones fill it, links are a thin connector, bars sit just inside it.
    rectLayer('zones', (m) => [m.y, m.y2], true),
    rectLayer('links', (m) => [m.yc - 1.5, m.yc + 1.5], false),
    rectLayer('bars', (m) => [m.y + 2, m.y2 - 2], true),
    {
      name: 'rules',
      data: {
        values: L.marks
          .filter((m) => m.kind === 'rule')
          .map(({kind, ...m}) => ({...m, mark: kind, y: m.y - 3, y2: m.y2 + 3})),
      },
      mark: {type: 'rule', strokeWidth: 3, cursor: 'pointer'},
      encoding: {
        x,
        y: yPx('y'),
        y2: {field: 'y2'},
        color: {field: 'color', type: 'nominal', scale: null},
        tooltip: tip,
      },
    },
    {
      name: 'points',
      data: {
        values: L.marks
          .filter((m) => m.kind === 'point')
          .map(({kind, ...m}) => ({...m, mark: kind, fill: m.filled === false ? t.background : m.color})),
      },
      mark: {
        type: 'point',
        size: Math.round(t.fontSize * t.fontSize * 0.9),
        strokeWidth: 2,
        opacity: 1,
        cursor: 'pointer',
      },
      encoding: {
        x,
        y: yPx('yc'),
        shape: {field: 'shape', type: 'nominal', scale: null},
        stroke: {field: 'color', type: 'nominal', scale: null},
        fill: {field: 'fill', type: 'nominal', scale: null},
        tooltip: tip,
      },
    },
    ...(['label', 'section', 'detail'] as const).map((role) => ({
      name: `texts_${role}`,
      data: {
        values: L.texts
          .filter((d) => d.role === role)
          .map((d) => ({...d, px: d.x ?? 0, fill: d.color ?? (role === 'detail' ? t.muted : t.text)})),
      },
      mark: {
        type: 'text',
        align: 'left',
        baseline: 'top',
        font: t.font,
        fontSize:
          role === 'detail'
            ? Math.round(t.fontSize * 0.86)
            : role === 'section'
              ? Math.round(t.fontSize * 1.05)
              : t.fontSize,
        fontWeight: role === 'detail' ? 'normal' : 'bold',
      },
      encoding: {
        x: {field: 'px', type: 'quantitative', scale: null},
        y: yPx('y'),
        text: {field: 'text'},
        color: {field: 'fill', type: 'nominal', scale: null},
      },
    })),
  ];
  const fs = t.fontSize;
  for (const r of o.references ?? []) {
    layers.push(
      // Over each row's track only, so the line never runs through the labels.
      {
        data: {values: L.tracks.map((tr) => ({x: r.x, y: tr.y - 4, y2: tr.y2 + 4}))},
        mark: {type: 'rule', strokeDash: [4, 3], strokeWidth: 2, color: r.color},
        encoding: {x, y: yPx('y'), y2: {field: 'y2'}},
      },
      {
        data: {values: [{x: r.x, y: 0, text: r.label}]},
        mark: {
          type: 'text',
          baseline: 'top',
          align: 'center',
          font: t.font,
          fontSize: Math.round(fs * 0.86),
          color: r.color,
          fontWeight: 'bold',
        },
        encoding: {x, y: yPx('y'), text: {field: 'text'}},
      },
    );
  }
  return {
    description: o.description,
    width: o.width,
    height,
    padding: {left: 4, right: 12, top: 4, bottom: 4},
    autosize: {type: 'pad'},
    background: t.background,
    config: {view: {stroke: null}, aria: false, font: t.font},
    layer: layers,
  } as unknown as TopLevelSpec;
}
