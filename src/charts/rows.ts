/**
 * The layout all three chart views share: one row per target (or unit, or indicator), a wrapped label above a
 * track, marks on the track, a detail line below. Labels sit above the bars rather than on a y axis so that
 * long Vietnamese labels stay readable at 320 px. Rows are laid out here in pixels (y uses `scale: null`), so
 * the spec is plain data plus a few layers; x is a linear scale shared by the rows of one panel (one measure).
 */
import type {Spec} from 'vega';

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
  // A line that would fit even if every glyph were 1.2 em wide needs no measuring (unit names, short details).
  if (text.length * fontSize * 1.2 <= width)
    return [
      text
        .split(/[ \t\n]+/)
        .filter(Boolean)
        .join(' '),
    ];
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

/**
 * Tick values of an axis over `domain`, as d3's `ticks` (and so Vega's axes) choose them: about `count` round
 * numbers, none closer than `minStep` (1 for counts, so no "0,5 lần" ticks). The axis is drawn with plain marks
 * from these values: a Vega axis costs its parser tens of milliseconds per chart.
 */
export function axisTicks(domain: [number, number], count: number, minStep = 0): number[] {
  const [start, stop] = domain;
  if (minStep > 0) count = Math.min(count, Math.floor((stop - start) / minStep || 1) + 1);
  const step = (stop - start) / Math.max(1, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1;
  const out: number[] = [];
  if (power < 0) {
    const inc = 10 ** -power / factor;
    for (let i = Math.ceil(start * inc - 1e-9); i / inc <= stop + 1e-9; i++) out.push(i / inc || 0);
  } else {
    const inc = 10 ** power * factor;
    for (let i = Math.ceil(start / inc - 1e-9); i * inc <= stop + 1e-9; i++) out.push(i * inc || 0);
  }
  return out.filter((v) => !minStep || Number.isInteger(v));
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

/**
 * The Vega spec of a row chart. Pure: the same options give the same spec. The widget draws it with the Vega
 * runtime alone: no Vega-Lite compiler ships or runs on the page (`vega-lite.ts` has the same chart as Vega-Lite).
 */
export function rowChartSpec(o: RowChartOptions): Spec {
  const L = layoutRows(o);
  const t = o.theme;
  const fs = t.fontSize;
  const x = (field: string) => ({scale: 'x', field});
  const px = (field: string) => ({field});
  const tooltip = {signal: 'datum.tip'};
  const pointer = {cursor: {value: 'pointer'}};
  const marksOf = (kind: RowMark['kind']) => L.marks.filter((m) => m.kind === kind);
  const rects = (kind: 'zone' | 'link' | 'bar', ys: (m: Layout['marks'][number]) => [number, number]) =>
    marksOf(kind).map(({kind: mark, ...m}) => {
      const [y, y2] = ys({kind: mark, ...m});
      return {...m, mark, y, y2};
    });
  const texts = (role: Layout['texts'][number]['role']) =>
    L.texts
      .filter((d) => d.role === role)
      .map((d) => ({...d, px: d.x ?? 0, fill: d.color ?? (role === 'detail' ? t.muted : t.text)}));
  const refs = o.references ?? [];
  const axis = axisLayout(o, L.height);
  const data: {name: string; values: unknown[]}[] = [
    {name: 'tracks', values: L.tracks.map((r) => ({x: o.domain[0], x2: o.domain[1], y: r.y, y2: r.y2}))},
    // Rectangles on the track: zones fill it, links are a thin connector, bars sit just inside it.
    {name: 'zones', values: rects('zone', (m) => [m.y, m.y2])},
    {name: 'links', values: rects('link', (m) => [m.yc - 1.5, m.yc + 1.5])},
    {name: 'bars', values: rects('bar', (m) => [m.y + 2, m.y2 - 2])},
    {name: 'rules', values: marksOf('rule').map(({kind, ...m}) => ({...m, mark: kind, y: m.y - 3, y2: m.y2 + 3}))},
    {
      name: 'points',
      values: marksOf('point').map(({kind, ...m}) => ({
        ...m,
        mark: kind,
        fill: m.filled === false ? t.background : m.color,
      })),
    },
    {name: 'texts_label', values: texts('label')},
    {name: 'texts_section', values: texts('section')},
    {name: 'texts_detail', values: texts('detail')},
    // Reference lines over each row's track only, so the line never runs through the labels.
    {
      name: 'references',
      values: refs.flatMap((r) => L.tracks.map((tr) => ({x: r.x, y: tr.y - 4, y2: tr.y2 + 4, color: r.color}))),
    },
    {name: 'reference_labels', values: refs.map((r) => ({x: r.x, y: 0, text: r.label, color: r.color}))},
    {name: 'grid', values: axis.grid},
    {name: 'axis_labels', values: axis.labels},
  ];
  const rectMark = (from: string, clickable: boolean) => ({
    type: 'rect',
    from: {data: from},
    encode: {
      enter: {
        x: x('x'),
        x2: x('x2'),
        y: px('y'),
        y2: px('y2'),
        fill: {field: 'color'},
        ...(clickable ? {...pointer, tooltip} : {}),
      },
    },
  });
  const textMark = (from: string, fontSize: number, fontWeight: 'bold' | 'normal') => ({
    type: 'text',
    from: {data: from},
    encode: {
      enter: {
        x: px('px'),
        y: px('y'),
        text: {field: 'text'},
        fill: {field: 'fill'},
        align: {value: 'left'},
        baseline: {value: 'top'},
        font: {value: t.font},
        fontSize: {value: fontSize},
        fontWeight: {value: fontWeight},
      },
    },
  });
  const small = Math.round(fs * 0.86);
  return {
    description: o.description,
    width: o.width,
    height: L.height,
    padding: {left: 4, right: 12, top: 4, bottom: 4},
    autosize: {type: 'pad'},
    background: t.background,
    config: {aria: false},
    data,
    scales: [{name: 'x', type: 'linear', domain: o.domain, range: 'width', nice: false, zero: false}],
    marks: [
      // The x axis: grid lines behind the rows, labels and title below them.
      {
        type: 'rule',
        from: {data: 'grid'},
        encode: {
          enter: {
            x: x('x'),
            y: {value: 0},
            y2: {value: L.height},
            stroke: {value: t.grid},
            strokeOpacity: {value: 0.5},
          },
        },
      },
      {
        type: 'text',
        from: {data: 'axis_labels'},
        encode: {
          enter: {
            x: x('x'),
            y: px('y'),
            text: {field: 'text'},
            align: {field: 'align'},
            baseline: {value: 'top'},
            fill: {value: t.muted},
            font: {value: t.font},
            fontSize: {value: axis.fontSize},
          },
        },
      },
      {
        type: 'rect',
        from: {data: 'tracks'},
        encode: {enter: {x: x('x'), x2: x('x2'), y: px('y'), y2: px('y2'), fill: {value: t.track}}},
      },
      rectMark('zones', true),
      rectMark('links', false),
      rectMark('bars', true),
      {
        type: 'rule',
        from: {data: 'rules'},
        encode: {
          enter: {
            x: x('x'),
            y: px('y'),
            y2: px('y2'),
            stroke: {field: 'color'},
            strokeWidth: {value: 3},
            ...pointer,
            tooltip,
          },
        },
      },
      {
        type: 'symbol',
        from: {data: 'points'},
        encode: {
          enter: {
            x: x('x'),
            y: px('yc'),
            shape: {field: 'shape'},
            size: {value: Math.round(fs * fs * 0.9)},
            stroke: {field: 'color'},
            fill: {field: 'fill'},
            strokeWidth: {value: 2},
            opacity: {value: 1},
            ...pointer,
            tooltip,
          },
        },
      },
      textMark('texts_label', fs, 'bold'),
      textMark('texts_section', Math.round(fs * 1.05), 'bold'),
      textMark('texts_detail', small, 'normal'),
      {
        type: 'rule',
        from: {data: 'references'},
        encode: {
          enter: {
            x: x('x'),
            y: px('y'),
            y2: px('y2'),
            stroke: {field: 'color'},
            strokeDash: {value: [4, 3]},
            strokeWidth: {value: 2},
          },
        },
      },
      {
        type: 'text',
        from: {data: 'reference_labels'},
        encode: {
          enter: {
            x: x('x'),
            y: px('y'),
            text: {field: 'text'},
            fill: {field: 'color'},
            align: {value: 'center'},
            baseline: {value: 'top'},
            font: {value: t.font},
            fontSize: {value: small},
            fontWeight: {value: 'bold'},
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
    align: t.value === o.domain[0] ? 'left' : t.value === o.domain[1] ? 'right' : 'center',
  }));
  labels.push({
    x: (o.domain[0] + o.domain[1]) / 2,
    y: height + 4 + Math.round(fontSize * 1.3) + 4,
    text: o.axisTitle,
    align: 'center',
  });
  return {fontSize, grid: o.ticks.map((t) => ({x: t.value})), labels};
}
