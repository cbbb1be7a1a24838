/**
 * What every view gives the widget: a model (title, summary, panels, rows, plans, notes, legend) built by a pure
 * function of the dataset, the resolved request and the results. One file per view behind the registry in
 * `index.ts`, as owid-grapher maps chart types and Observable Plot keeps one mark per file.
 */
import type {ResultLike, TargetWithResult} from '../../data/queries.js';
import type {Request} from '../../data/request.js';
import type {Lang} from '../../i18n/index.js';
import type {ChartContext, Panel} from '../common.js';
import type {Theme} from '../rows.js';

/** What a legend entry's symbol is coloured as (one of the theme's colours). */
export type LegendKind =
  'met' | 'not_met' | 'not_due' | 'no_data' | 'target' | 'zone' | 'before' | 'after' | 'national' | 'muted';

export interface LegendItem {
  kind: LegendKind;
  symbol: string;
  text: string;
}

export interface ViewModel {
  /** The view drawn (the periods view's indicator form is still "periods"). */
  view: Request['view'];
  title: string;
  summary: string;
  panels: Panel[];
  /** The rows shown, joined with results and status (in the periods and units views, joined when first read). */
  readonly rows: TargetWithResult[];
  /** The plans the rows come from, in order of first appearance (for the source line). */
  plans: string[];
  /** Shown above the chart: a successor note, or why the requested form cannot be drawn. */
  notes: string[];
  /** Explains the marks and colours; drawn above the chart and into exported images. */
  legend: LegendItem[];
  /** Whether the rows carry an attainment status (met, not met…). */
  statuses: boolean;
  /** periods view for a unit with one period: offer the indicator form instead (the indicator's label). */
  offerIndicatorForm: string | null;
  /** When nothing matches: the indicators the plan does have. */
  empty: {available: string[]} | null;
  /**
   * The periods view: what each comparison shown says changed ("raised" only where both targets are comparable), for
   * a page or a test that words a story about the chart.
   */
  changes?: readonly {target_id: string; change: string; comparable: boolean}[];
}

export interface ViewDef {
  /** Builds the model of a resolved request of this view. */
  build(ctx: ChartContext, req: Request, results: ResultLike[]): ViewModel;
}

/** The theme colour a legend symbol is drawn in. */
export function legendColor(theme: Theme, kind: LegendKind): string {
  switch (kind) {
    case 'met':
    case 'not_met':
    case 'not_due':
    case 'no_data':
      return theme.status[kind];
    case 'before':
    case 'after':
      return theme.periods[kind];
    case 'zone':
      return theme.zone;
    case 'national':
      return theme.national;
    case 'muted':
      return theme.status.no_data;
    case 'target':
      return theme.target;
  }
}

export type {Lang};
