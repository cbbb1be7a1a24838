/**
 * The element's state, as data: what is loaded (one discriminated union), what the reader chose (a small UI state),
 * and what `render()` shows, derived from both by a pure function (tested in Node, test/components/state.node.test.ts).
 * No lit, no DOM here.
 */
import type {ViewModel} from '../charts/build.js';
import type {PlanChartErrorDetail} from './events.js';

/**
 * How far a ready widget has come: its title and summary alone (`heading`: the body follows once they are
 * painted), its body without the chart yet (`body`), or its chart drawn (`drawn`).
 */
export type Stage = 'heading' | 'body' | 'drawn';

export type LoadState =
  {kind: 'loading'} | {kind: 'error'; error: PlanChartErrorDetail} | {kind: 'ready'; model: ViewModel; stage: Stage};

/** What the reader chose. Reset when the request changes (another unit, view…). */
export interface UiState {
  /** The data table instead of the chart. */
  table: boolean;
  /** The text summary shown under the title once the chart is drawn. */
  summaryOpen: boolean;
  /** The target whose details are shown. */
  selected: string | null;
  /** periods view of a unit with one period: the reader asked for the indicator form. */
  indicatorForm: boolean;
}

export const INITIAL_UI: UiState = {table: false, summaryOpen: false, selected: null, indicatorForm: false};

/** What the widget shows. */
export type Display =
  | {kind: 'loading'}
  | {kind: 'error'; error: PlanChartErrorDetail}
  /** The title and summary alone; the body follows once they are painted. */
  | {kind: 'heading'; model: ViewModel}
  /** Nothing matches: what is available instead. */
  | {kind: 'empty'; model: ViewModel}
  /** periods view of a unit with one period: says so, and offers the indicator form. */
  | {kind: 'offer'; model: ViewModel}
  /** The data table; `toggle`: a chart view showing its table (with a button back to the chart). */
  | {kind: 'table'; model: ViewModel; toggle: boolean}
  /** The chart; `drawn`: its panels are on the page (images can be exported); `summary`: the summary is shown. */
  | {kind: 'chart'; model: ViewModel; drawn: boolean; summary: boolean};

export function display(load: LoadState, ui: UiState): Display {
  if (load.kind !== 'ready') return load;
  const {model, stage} = load;
  if (stage === 'heading') return {kind: 'heading', model};
  if (model.empty) return {kind: 'empty', model};
  if (model.offerIndicatorForm) return {kind: 'offer', model};
  if (model.view === 'table' || ui.table) return {kind: 'table', model, toggle: model.view !== 'table'};
  return {kind: 'chart', model, drawn: stage === 'drawn', summary: ui.summaryOpen || stage !== 'drawn'};
}

/**
 * The stage of a newly built model: a widget that has not shown its body yet shows its heading first; another
 * request (or the table closed) must be drawn again; the same request rebuilt (a new width, colour scheme,
 * language or results) keeps its drawn chart on screen until the new one replaces it.
 */
export function nextStage(prev: LoadState, sameRequest: boolean): Stage {
  if (prev.kind !== 'ready' || prev.stage === 'heading') return 'heading';
  return sameRequest ? prev.stage : 'body';
}

/** Whether the widget is finished rendering what it shows without a chart (the render event fires then). */
export const renderedWithoutChart = (d: Display): d is Extract<Display, {kind: 'table' | 'empty' | 'offer'}> =>
  d.kind === 'table' || d.kind === 'empty' || d.kind === 'offer';
