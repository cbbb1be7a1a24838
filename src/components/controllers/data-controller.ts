/**
 * The data a widget draws: its dataset and the results its page supplies, loaded as a Task would (Lit's `@lit/task`
 * shape): keyed on what each load depends on — the dataset on `src`; the results on `results` and the inline script
 * (downloaded once per address), and read again, without downloading, when `unit` changes (a row for another unit
 * is reported) — never on `view` or `lang`. One AbortSignal per load; a stale load never overwrites a newer one.
 * The targets are ready as soon as the dataset is: results follow, and a results file that fails is told about
 * beside the chart, never instead of it.
 *
 * A page plan (`targets`: a URL, an array or object, or an inline `<script type="application/json" data-targets>`)
 * takes the dataset's place: the targets reader (src/data/targets/input.ts) and src/data/targets/page-plan.ts make a small
 * dataset of it, keyed on the targets and the plan's attributes; `src`, `results` and the inline results are not read.
 *
 * A move (disconnected, then connected again, as React and Vue do when they reorder a list) does not stop a load.
 * A widget that stays out of the document for REMOVAL_GRACE_MS has its load aborted, and loads again on reconnect.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Dataset} from '../../data/schema.js';
import type {ResultLike} from '../../data/queries.js';
import type {FetchedResults} from '../../data/results-input.js';
import type {TargetIssue, PlanFields} from '../../data/targets/input.js';
import type {Attributes, Request, RequestError} from '../../data/request.js';
import type {PageViewError} from '../../data/targets/page-plan.js';
import type {ResultsFetchErrorCode} from '../../data/read/fetch.js';
import {MESSAGES, type Lang} from '../../i18n/index.js';
import {httpUrl} from '../../data/load-error.js';
import {carriedDataset, completeDataset, datasetUrl, loadWidgetDataset} from '../dataset-client.js';
import {afterPaint, firstRenderTurn, takeFirstTurn} from '../render-queue.js';

/** The results reader and its messages, loaded together, only when a page supplies results. */
const reader = () => Promise.all([import('../../data/results-input.js'), import('../../i18n/results.js')]);
type Reader = Awaited<ReturnType<typeof reader>>;
/** The targets reader, the page plan's dataset and their messages, only when a page supplies targets. */
const targetsReader = () =>
  Promise.all([
    import('../../data/targets/input.js'),
    import('../../data/targets/page-plan.js'),
    import('../../i18n/targets.js'),
    // A page plan is named in both languages (pagePlan): the English texts come with it.
    import('../../i18n/en.js'),
  ]);

/**
 * The reader's messages: how the element words the issues of a file (results, or a page's targets), in the
 * reader's language. (Methods, so that a module whose issues are results-only fits.)
 */
export interface ResultsText {
  describeIssue(lang: Lang, i: TargetIssue): {where: string; problem: string; message: string};
  describeFetchError(
    lang: Lang,
    e: {code: ResultsFetchErrorCode; status?: number; detail?: {limit?: 'silence' | 'total'}},
  ): string;
}

const REMOVAL_GRACE_MS = 5_000;

/** What the loads depend on. */
export interface DataInputs {
  src: string | null;
  results: string | Record<string, unknown>[] | null;
  /** The text of an inline `<script type="application/json">` child. */
  inline: string | null;
  /** The `unit` attribute: results for a target of another unit are reported (read again, not downloaded again). */
  unit: string | null;
  /** The page's targets: a URL, or (as a property) an array of rows or an object with `targets` or `plans`. */
  targets?: string | unknown[] | Record<string, unknown> | null;
  /** The text of an inline `<script type="application/json" data-targets>` child. */
  targetsInline?: string | null;
  /** The plan's attributes (`plan-title`…): what the targets leave empty. */
  plan?: PlanFields;
}

export type ResultsState =
  | {kind: 'none'}
  | {kind: 'loading'}
  /** Read: the good rows, and every problem of the rows left out (line, column, value, reason). */
  | {kind: 'read'; rows: ResultLike[]; issues: TargetIssue[]; text: ResultsText}
  /** Not read at all: the download failed (a LoadError), or an array set as an attribute. */
  | {kind: 'failed'; error: unknown; url?: string; text?: ResultsText};

export type DataState =
  | {kind: 'loading'}
  /** The dataset could not be loaded: a LoadError the element words (errors.ts). */
  | {kind: 'error'; error: unknown}
  /**
   * `complete`: the whole dataset. A widget on the core carried in plan-chart.js shows its title and summary at
   * once, and its body when the rest (dataset-text.json) is in.
   */
  | {kind: 'ready'; ds: Dataset; results: ResultsState; complete: boolean; page?: PageState};

/**
 * A page plan: its dataset stands for the whole dataset; `results` holds the results given beside its targets and
 * the problems of its rows.
 */
export interface PageState {
  /** How many targets were charted (for "5 valid targets were charted"). */
  targets: number;
  /** The widget's attributes read against the page plan (its one unit, the views that apply). */
  resolve(a: Attributes): {ok: true; request: Request} | {ok: false; error: RequestError | PageViewError};
}

/**
 * The page's targets could not be charted: not downloaded (`cause`), or not one good row (`issues`). The element
 * words it as a targets problem (errors.ts).
 */
export class TargetsError extends Error {
  override readonly name = 'TargetsError';
  constructor(
    override readonly cause: unknown,
    readonly text?: ResultsText,
    readonly issues: TargetIssue[] = [],
  ) {
    super(cause instanceof Error ? cause.message : issues.length ? `targets: ${issues.length} problem(s)` : 'targets');
  }
}

/** Thrown when `results` holds "[object Object]": an array set as an attribute before the element was defined. */
export class ObjectAttributeError extends Error {
  override readonly name = 'ObjectAttributeError';
}

const hasResults = (i: DataInputs) =>
  !!i.inline?.trim() || Array.isArray(i.results) || (typeof i.results === 'string' && i.results.trim() !== '');

/** Whether the page gives its own plan: a `targets` address or value, or an inline script of targets. */
export const hasTargets = (i: DataInputs): boolean =>
  !!i.targetsInline?.trim() ||
  (typeof i.targets === 'string' ? i.targets.trim() !== '' : i.targets !== null && typeof i.targets === 'object');

const PLAN_KEYS = ['title', 'issuer', 'document', 'date', 'url', 'span', 'unit'] as const;
const samePlan = (a: PlanFields = {}, b: PlanFields = {}) => PLAN_KEYS.every((k) => (a[k] ?? null) === (b[k] ?? null));

export class DataController implements ReactiveController {
  state: DataState = {kind: 'loading'};
  private inputs?: DataInputs;
  private datasetId = 0;
  private resultsId = 0;
  private abort?: AbortController;
  private resultsAbort?: AbortController;
  /** Downloads by address, kept for this widget: reading a file again for another unit does not download it again. */
  private downloads = new Map<string, Promise<FetchedResults>>();
  /** Whether this widget has had its first-render turn (see render-queue.ts). */
  private hadTurn = false;
  private removal?: ReturnType<typeof setTimeout>;
  /** A load was aborted because the widget left the document: load again when it comes back. */
  private resume = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * Called before each render with the current inputs: starts the loads whose inputs changed, and returns the state
   * now. The first widget of a page, on the dataset carried in the script, is ready at once: it renders its title
   * and summary in its first update.
   */
  sync(inputs: DataInputs): DataState {
    const prev = this.inputs;
    this.inputs = inputs;
    if (hasTargets(inputs)) {
      const changed =
        !prev ||
        !hasTargets(prev) ||
        prev.targets !== inputs.targets ||
        prev.targetsInline !== inputs.targetsInline ||
        !samePlan(prev.plan, inputs.plan);
      if (changed) this.loadPage(inputs);
    } else if (!prev || hasTargets(prev) || prev.src !== inputs.src) this.loadDataset(inputs);
    else if (prev.results !== inputs.results || prev.inline !== inputs.inline || prev.unit !== inputs.unit)
      this.loadResults(inputs);
    return this.state;
  }

  hostConnected(): void {
    clearTimeout(this.removal);
    if (this.resume && this.inputs) {
      this.resume = false;
      if (hasTargets(this.inputs)) this.loadPage(this.inputs);
      else this.loadDataset(this.inputs);
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.removal);
    const loading =
      this.state.kind === 'loading' || (this.state.kind === 'ready' && this.state.results.kind === 'loading');
    if (!loading) return;
    this.removal = setTimeout(() => {
      this.resume = true;
      this.datasetId++;
      this.resultsId++;
      this.abort?.abort();
      this.resultsAbort?.abort();
      this.downloads.clear();
    }, REMOVAL_GRACE_MS);
  }

  private set(state: DataState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private loadDataset(inputs: DataInputs): void {
    const id = ++this.datasetId;
    this.resultsId++;
    this.abort?.abort();
    this.resultsAbort?.abort();
    const abort = (this.abort = new AbortController());
    let url: string;
    try {
      url = datasetUrl(inputs.src);
    } catch (e) {
      this.state = {kind: 'error', error: e};
      return;
    }
    const results: ResultsState = hasResults(inputs) ? {kind: 'loading'} : {kind: 'none'};
    if (!this.hadTurn) {
      const carried = carriedDataset(url);
      if (carried && takeFirstTurn()) {
        this.hadTurn = true;
        this.state = {kind: 'ready', ds: carried, results, complete: false};
        this.complete(id, carried);
        if (results.kind === 'loading') this.loadResults(inputs);
        return;
      }
    }
    // Another kind of source (a page's plan before): nothing of it is drawn with the new request.
    if (this.state.kind !== 'ready' || this.state.page) this.state = {kind: 'loading'};
    void (async () => {
      let ds: Dataset;
      try {
        ds = await loadWidgetDataset(url, abort.signal);
        // A widget's first render waits for its turn: one widget per task, in document order.
        if (!this.hadTurn && id === this.datasetId) {
          await firstRenderTurn();
          this.hadTurn = true;
        }
      } catch (error) {
        if (id === this.datasetId) this.set({kind: 'error', error});
        return;
      }
      if (id !== this.datasetId) return;
      this.set({kind: 'ready', ds, results, complete: false});
      this.complete(id, ds);
      if (results.kind === 'loading') this.loadResults(this.inputs ?? inputs);
    })();
  }

  /**
   * The page's plan: its targets read (downloaded once per address) and made into a dataset. A plan with no good row
   * is an error (TargetsError); one with some is drawn, its bad rows told beside the chart.
   */
  private loadPage(inputs: DataInputs): void {
    const id = ++this.datasetId;
    this.resultsId++;
    this.abort?.abort();
    this.resultsAbort?.abort();
    const abort = (this.abort = new AbortController());
    if (this.state.kind !== 'ready' || !this.state.page) this.state = {kind: 'loading'};
    void (async () => {
      const state = await readPage(inputs, abort.signal, this.downloads);
      if (!this.hadTurn && id === this.datasetId) {
        await firstRenderTurn();
        this.hadTurn = true;
      }
      if (id === this.datasetId) this.set(state);
    })();
  }

  /** The rest of a carried core, for the body; a dataset fetched whole is complete at once. */
  private complete(id: number, ds: Dataset): void {
    // After the first content is painted: the rest is for the body.
    void afterPaint()
      .then(() => completeDataset(ds))
      .catch((e: unknown) => {
        // The body is drawn from the core (no quotes, scopes or sources): a broken copy of dist/, said in the console.
        console.warn('plan-chart: the dataset text could not be loaded; quotes and sources are missing', e);
        return ds;
      })
      .then((whole) => {
        if (id !== this.datasetId || this.state.kind !== 'ready') return;
        this.set({...this.state, ds: whole, complete: true});
      });
  }

  private loadResults(inputs: DataInputs): void {
    const id = ++this.resultsId;
    this.resultsAbort?.abort();
    const abort = (this.resultsAbort = new AbortController());
    if (this.state.kind !== 'ready') return;
    const ds = this.state.ds;
    const datasetId = this.datasetId;
    if (!hasResults(inputs)) {
      this.set({...this.state, results: {kind: 'none'}});
      return;
    }
    if (this.state.results.kind !== 'loading') this.state = {...this.state, results: {kind: 'loading'}};
    void readSupplied(ds, inputs, abort.signal, this.downloads).then((results) => {
      if (id !== this.resultsId || datasetId !== this.datasetId || this.state.kind !== 'ready') return;
      this.set({...this.state, results});
    });
  }
}

/**
 * Every file the element downloads (results, a page's targets), downloaded once per address for this widget: read
 * again for another unit without downloading again; a download that failed is tried again the next time.
 */
function once(
  downloads: Map<string, Promise<FetchedResults>>,
  address: string,
  start: () => Promise<FetchedResults>,
): Promise<FetchedResults> {
  let download = downloads.get(address);
  if (!download) {
    download = start();
    downloads.set(address, download);
    download.catch(() => downloads.delete(address));
  }
  return download;
}

/**
 * The results of the inline script, the `results` array or the `results` address, read against the dataset by the
 * one reader (src/data/results-input.ts) that the builder uses too: good rows and issues, never a rejection.
 */
async function readSupplied(
  ds: Dataset,
  inputs: DataInputs,
  signal: AbortSignal,
  downloads: Map<string, Promise<FetchedResults>>,
): Promise<ResultsState> {
  let loaded: Reader;
  try {
    loaded = await reader();
  } catch (error) {
    return {kind: 'failed', error};
  }
  const [{readResults, fetchResults}, text] = loaded;
  const units = inputs.unit
    ?.split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  const rows: ResultLike[] = [];
  const issues: TargetIssue[] = [];
  const add = (r: {rows: ResultLike[]; issues: TargetIssue[]}) => {
    for (const x of r.rows) rows.push(x);
    for (const x of r.issues) issues.push(x);
  };
  const options = (file: string, sheet?: string) => ({file, sheet, units: units?.length ? units : undefined});
  if (inputs.inline?.trim()) add(await readResults(inputs.inline, ds, options('script')));
  if (Array.isArray(inputs.results)) add(await readResults(inputs.results, ds, options('results')));
  else if (typeof inputs.results === 'string' && inputs.results.trim() === '[object Object]')
    return {kind: 'failed', error: new ObjectAttributeError('results="[object Object]"'), text};
  else if (typeof inputs.results === 'string' && inputs.results.trim()) {
    let address: string;
    try {
      address = httpUrl('results', inputs.results.trim(), document.baseURI).href;
    } catch (error) {
      return {kind: 'failed', error, url: inputs.results.trim(), text};
    }
    let fetched: FetchedResults;
    try {
      fetched = await once(downloads, address, () => fetchResults(address, {signal}));
    } catch (error) {
      return {kind: 'failed', error, url: address, text};
    }
    add(await readResults(fetched.bytes, ds, options(fetched.file, fetched.sheet)));
  }
  return {kind: 'read', rows, issues, text};
}

/**
 * The page's plan as the widget draws it: the targets of the inline script, the `targets` value or its address,
 * read by the targets reader and made into a dataset (src/data/targets/page-plan.ts); never a rejection.
 */
async function readPage(
  inputs: DataInputs,
  signal: AbortSignal,
  downloads: Map<string, Promise<FetchedResults>>,
): Promise<DataState> {
  let loaded: Awaited<ReturnType<typeof targetsReader>>;
  try {
    loaded = await targetsReader();
  } catch (error) {
    return {kind: 'error', error: new TargetsError(error)};
  }
  const [{readTargets, fetchTargets}, {pagePlanDataset, resolvePageRequest}, text] = loaded;
  const plan = inputs.plan ?? {};
  let read: Awaited<ReturnType<typeof readTargets>>;
  const t = inputs.targets;
  if (inputs.targetsInline?.trim()) read = await readTargets(inputs.targetsInline, {file: 'script', plan});
  else if (t !== null && typeof t === 'object') read = await readTargets(t, {file: 'targets', plan});
  else if (typeof t === 'string' && t.trim() === '[object Object]')
    return {kind: 'error', error: new TargetsError(new ObjectAttributeError('targets="[object Object]"'), text)};
  else {
    let address: string;
    try {
      address = httpUrl('targets', String(t).trim(), document.baseURI).href;
    } catch (error) {
      return {kind: 'error', error: new TargetsError(error, text)};
    }
    let fetched: FetchedResults;
    try {
      fetched = await once(downloads, address, () => fetchTargets(address, {signal, what: 'targets'}));
    } catch (error) {
      return {kind: 'error', error: new TargetsError(error, text)};
    }
    read = await readTargets(fetched.bytes, {file: fetched.file, sheet: fetched.sheet, plan});
  }
  if (!read.targets.length) return {kind: 'error', error: new TargetsError(null, text, read.issues)};
  const {ds, results} = pagePlanDataset(read.targets, {
    names: {vi: MESSAGES.vi.pagePlan, en: MESSAGES.en.pagePlan},
    version: pageVersion(),
  });
  return {
    kind: 'ready',
    ds,
    complete: true,
    results: {kind: 'read', rows: results, issues: read.issues, text},
    page: {targets: ds.page.targets, resolve: (a) => resolvePageRequest(ds, a)},
  };
}

/** The version of the dataset carried in the script (its footer's "plan-chart dataset vX"), or ''. */
function pageVersion(): string {
  try {
    return carriedDataset(datasetUrl(null))?.version ?? '';
  } catch {
    return '';
  }
}
