/**
 * The same row chart as a Vega-Lite spec: what a page would write by hand to draw it with vega-embed. The widget
 * does not use it (it draws the Vega spec of `rows.ts`, so it ships no Vega-Lite compiler); the bench's BASELINE
 * renders it, and a browser test checks that both specs draw the same marks.
 */
import type {TopLevelSpec} from 'vega-lite';
import {axisLayout, layoutRows, type Layout, type RowChartOptions} from './rows.js';

/** The Vega-Lite spec of a row chart. Pure: the same options give the same spec. */
export function rowChartVegaLite(o: RowChartOptions): TopLevelSpec {
  const L = layoutRows(o);
  const t = o.theme;
  const x = {
    field: 'x',
    type: 'quantitative' as const,
    scale: {domain: o.domain, nice: false, zero: false},
    // The axis is drawn with plain marks, as in the Vega spec.
    axis: null,
  };
  const yPx = (field: string) => ({field, type: 'quantitative' as const, scale: null, axis: null});
  const tip = {field: 'tip', type: 'nominal' as const};
  const height = L.height;
  const axis = axisLayout(o, height);
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
    // The x axis as plain marks, as the Vega spec draws it: grid lines behind the rows, labels and title below.
    {
      data: {values: axis.grid},
      mark: {type: 'rule', color: t.grid, strokeOpacity: 0.5},
      encoding: {x, y: {value: 0}, y2: {value: height}},
    },
    ...(['left', 'center', 'right'] as const).map((align) => ({
      data: {values: axis.labels.filter((l) => l.align === align)},
      mark: {type: 'text', align, baseline: 'top', color: t.muted, font: t.font, fontSize: axis.fontSize},
      encoding: {x, y: yPx('y'), text: {field: 'text'}},
    })),
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
