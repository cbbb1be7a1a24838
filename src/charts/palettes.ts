/**
 * The widget's light palette: the values of its `:host` custom properties (src/components/plan-chart.styles.ts) as
 * the chart layout reads them, and what the bench's BASELINE specs are built with, so that both sides draw the same
 * picture. The dark one and the exports' choice are in export-palettes.ts.
 */
import type {Theme} from './rows.js';

/** The light defaults. */
export const DEFAULT_THEME: Theme = {
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
  fontSize: 15,
  text: '#1d232b',
  muted: '#56606b',
  track: '#eef0f3',
  grid: '#d9dde3',
  target: '#1d232b',
  zone: '#cfe0f1',
  background: '#ffffff',
  status: {met: '#0068a8', not_met: '#c2410c', not_due: '#9a4a8a', no_data: '#6b7280'},
  periods: {before: '#b45309', after: '#0072b2'},
  national: '#6b21a8',
};
