import type {ChartRow, RowMark} from './rows.js';

/**
 * The tooltips of a chart's targets by target id, each built when first asked for: a chart of 700 districts
 * builds none of them until the reader hovers one. (The spec's tooltip is the id; the widget's tooltip handler
 * asks its panel for the text.)
 */
export function tooltips(rows: ChartRow[]): (id: string) => Record<string, string> | undefined {
  let byId: Map<string, RowMark['tip']> | undefined;
  return (id) => {
    if (!byId) {
      byId = new Map();
      for (const r of rows) {
        for (const m of r.marks) if (!byId.has(m.id)) byId.set(m.id, m.tip);
        if (r.select && !byId.has(r.select.id)) byId.set(r.select.id, r.select.tip);
      }
    }
    return byId.get(id)?.();
  };
}
