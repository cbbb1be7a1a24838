/**
 * The element's state, as data: what is loaded (one discriminated union), what the reader chose (a small UI state),
 * and what `render()` shows, derived from both by a pure function (tested in Node, test/components/state.node.test.ts).
 * No lit, no DOM here.
 */
import {buildView, type ViewModel} from '../charts/build.js';
import type {ChartContext} from '../charts/common.js';
import type {Dataset} from '../data/schema.js';
import {indicatorForm, resolveRequest, type Attributes, type Request} from '../data/request.js';
import {LANGS, type Lang} from '../i18n/index.js';
import type {DataState} from './controllers/data-controller.js';
import {langError} from './errors.js';
import type {PlanChartErrorDetail} from './events.js';

/**
 * How far a ready widget has come: its title and summary alone (`heading`: the body follows once they are
 * painted), its body without the chart yet (`body`), or its chart drawn (`drawn`).
 */
export type Stage = 'heading' | 'body' | 'drawn';

/**
 * What is loaded. A ready widget holds its model with what it was built from: the dataset (or a page's plan made
 * into one), the resolved request and the chart context (language, theme, width), which the exports and the
 * selection read.
 */
export type LoadState =
  | {kind: 'loading'}
  | {kind: 'error'; error: PlanChartErrorDetail}
  | {kind: 'ready'; model: ViewModel; stage: Stage; ds: Dataset; request: Request; ctx: ChartContext};

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

/** The language a `lang` attribute asks for: absent or empty means the default, Vietnamese. */
export const langOf = (lang: string | null | undefined): string => (lang == null || lang === '' ? 'vi' : lang);

/** The language the widget's texts are in: the one asked for when it is known, else Vietnamese. */
export const langCode = (lang: string | null | undefined): Lang =>
  LANGS.includes(langOf(lang) as Lang) ? (langOf(lang) as Lang) : 'vi';

/** Everything the load state is derived from, read from the element by the element. */
export interface LoadInputs {
  /** What the data controller holds for the current `src`, `results`, `targets` and inline data. */
  data: DataState;
  /** The `lang` attribute as given. */
  lang: string | null | undefined;
  /** Whether the texts of `langCode(lang)` are loaded. */
  messages: boolean;
  width: number;
  dark: boolean;
  attributes: Required<Pick<Attributes, 'view' | 'unit' | 'indicator' | 'period' | 'level'>>;
  /** The reader asked for the periods view's indicator form. */
  indicatorForm: boolean;
}

/** What the derivation needs from its caller: the chart context for a dataset, and an error's detail. */
export interface LoadTools {
  context(ds: Dataset): ChartContext;
  errorOf(e: unknown, during?: 'render'): PlanChartErrorDetail;
}

/** The previous derivation: its state and the inputs it was derived from. */
export interface Derived {
  load: LoadState;
  built: readonly unknown[];
  /** The texts of the widget's language must be loaded (English): the caller loads them and derives again. */
  loadMessages?: Lang;
}

/**
 * The load state for the inputs: the model rebuilt only when an input it depends on changed (the same inputs give
 * back the same state object). While another dataset or results file loads, the widget keeps what it shows.
 */
export function deriveLoad(inputs: LoadInputs, prev: Derived, tools: LoadTools): Derived {
  const {data, attributes: a} = inputs;
  const request = [a.view, a.unit, a.indicator, a.period, a.level, inputs.indicatorForm];
  const lang = langOf(inputs.lang);
  const deps = [data, lang, inputs.messages, inputs.width, inputs.dark, ...request];
  if (deps.every((x, k) => x === prev.built[k])) return {load: prev.load, built: prev.built};
  const at = (load: LoadState, more: Partial<Derived> = {}): Derived => ({load, built: deps, ...more});
  if (!LANGS.includes(lang as Lang)) return at({kind: 'error', error: langError(lang)});
  if (!inputs.messages) return at({kind: 'loading'}, {loadMessages: lang as Lang});
  const load = prev.load;
  if (data.kind === 'loading') return at(load.kind === 'error' ? {kind: 'loading'} : load);
  if (data.kind === 'error') return at({kind: 'error', error: tools.errorOf(data.error)});
  // English names travel with the rest of the dataset (the core carried in plan-chart.js is Vietnamese).
  if (lang !== 'vi' && !data.complete) return at(load.kind === 'ready' ? load : {kind: 'loading'});
  const sameRequest = load.kind === 'ready' && load.ds === data.ds && request.every((x, k) => x === prev.built[5 + k]);
  // A page's own plan: its one unit, whatever `unit` says.
  const r = data.page ? data.page.resolve(a) : resolveRequest(data.ds, a);
  // A unit without plans is not in the carried core: the whole dataset decides.
  if (!r.ok) return at(data.complete ? {kind: 'error', error: tools.errorOf(r.error)} : {kind: 'loading'});
  const req = inputs.indicatorForm ? indicatorForm(r.request) : r.request;
  try {
    const ctx = tools.context(data.ds);
    const model = buildView(ctx, req, data.results.kind === 'read' ? data.results.rows : []);
    return at({kind: 'ready', model, stage: nextStage(load, sameRequest), ds: data.ds, request: req, ctx});
  } catch (e) {
    return at({kind: 'error', error: tools.errorOf(e, 'render')});
  }
}
