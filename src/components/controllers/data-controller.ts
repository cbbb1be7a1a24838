/**
 * The data a widget draws: its dataset and the results its page supplies, loaded as a Task would (Lit's `@lit/task`
 * shape): keyed on what the load depends on — `src`, `results` and the inline script, not `view` or `lang` — with
 * one AbortSignal per load, and a stale load never overwriting a newer one.
 *
 * A move (disconnected, then connected again, as React and Vue do when they reorder a list) does not stop a load.
 * A widget that stays out of the document for REMOVAL_GRACE_MS has its load aborted, and loads again on reconnect.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Dataset} from '../../data/schema.js';
import type {ResultLike} from '../../data/queries.js';
import {LoadError, httpUrl} from '../../data/load-error.js';
import {carriedDataset, datasetUrl, loadWidgetDataset} from '../dataset-client.js';
import {firstRenderTurn, takeFirstTurn} from '../render-queue.js';

// Results parsing loads only when a page supplies results.
const resultsInput = () => import('../../data/results-input.js');

/** How long a results URL may take before the widget says it does not answer. */
export const RESULTS_TIMEOUT_MS = 15_000;
const REMOVAL_GRACE_MS = 5_000;

/** What the load depends on. */
export interface DataInputs {
  src: string | null;
  results: string | Record<string, unknown>[] | null;
  /** The text of an inline `<script type="application/json">` child. */
  inline: string | null;
}

export type DataState =
  | {kind: 'loading'}
  /** A LoadError, a ResultsError or another error: the element words it (errors.ts). */
  | {kind: 'error'; error: unknown}
  | {kind: 'ready'; ds: Dataset; results: ResultLike[]};

/** Thrown when `results` holds "[object Object]": an array set as an attribute before the element was defined. */
export class ObjectAttributeError extends Error {
  override readonly name = 'ObjectAttributeError';
}

const hasResults = (i: DataInputs) =>
  !!i.inline?.trim() || Array.isArray(i.results) || (typeof i.results === 'string' && i.results.trim() !== '');

export class DataController implements ReactiveController {
  state: DataState = {kind: 'loading'};
  private inputs?: DataInputs;
  private loadId = 0;
  private abort?: AbortController;
  /** Whether this widget has had its first-render turn (see render-queue.ts). */
  private hadTurn = false;
  private removal?: ReturnType<typeof setTimeout>;
  /** The load was aborted because the widget left the document: load again when it comes back. */
  private resume = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * Called before each render with the current inputs: starts a load when one of them changed, and returns the
   * state now. The first widget of a page, on the dataset carried in the script and without results, is ready at
   * once: it renders its title and summary in its first update.
   */
  sync(inputs: DataInputs): DataState {
    const prev = this.inputs;
    if (prev && prev.src === inputs.src && prev.results === inputs.results && prev.inline === inputs.inline)
      return this.state;
    this.inputs = inputs;
    this.start(inputs);
    return this.state;
  }

  hostConnected(): void {
    clearTimeout(this.removal);
    if (this.resume && this.inputs) {
      this.resume = false;
      this.start(this.inputs);
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.removal);
    if (this.state.kind !== 'loading') return;
    this.removal = setTimeout(() => {
      this.resume = true;
      this.loadId++;
      this.abort?.abort();
    }, REMOVAL_GRACE_MS);
  }

  private start(inputs: DataInputs): void {
    const id = ++this.loadId;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    let url: string;
    try {
      url = datasetUrl(inputs.src);
    } catch (e) {
      this.state = {kind: 'error', error: e};
      return;
    }
    if (!this.hadTurn && !hasResults(inputs)) {
      const carried = carriedDataset(url);
      if (carried && takeFirstTurn()) {
        this.hadTurn = true;
        this.state = {kind: 'ready', ds: carried, results: []};
        return;
      }
    }
    if (this.state.kind !== 'ready') this.state = {kind: 'loading'};
    void this.load(id, url, inputs, abort.signal).then(
      (state) => {
        if (id !== this.loadId) return;
        this.state = state;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (id !== this.loadId) return;
        this.state = {kind: 'error', error};
        this.host.requestUpdate();
      },
    );
  }

  private async load(id: number, url: string, inputs: DataInputs, signal: AbortSignal): Promise<DataState> {
    const ds = await loadWidgetDataset(url, signal);
    const results = hasResults(inputs) ? await loadResults(ds, inputs, signal) : [];
    // A widget's first render waits for its turn: one widget per task, in document order.
    if (!this.hadTurn && id === this.loadId) {
      await firstRenderTurn();
      this.hadTurn = true;
    }
    return {kind: 'ready', ds, results};
  }
}

/** The results of the inline script, the `results` array or the `results` URL, validated against the dataset. */
async function loadResults(ds: Dataset, inputs: DataInputs, signal: AbortSignal): Promise<ResultLike[]> {
  const {parseResults, resultsFromObjects} = await resultsInput();
  const out: ResultLike[] = [];
  const push = (rows: ResultLike[]) => {
    for (const r of rows) out.push(r);
  };
  if (inputs.inline?.trim()) push(parseResults(inputs.inline, ds, 'script'));
  if (Array.isArray(inputs.results)) push(resultsFromObjects(inputs.results, ds, 'results'));
  else if (typeof inputs.results === 'string' && inputs.results.trim() === '[object Object]')
    throw new ObjectAttributeError('results="[object Object]"');
  else if (typeof inputs.results === 'string' && inputs.results.trim()) {
    const url = httpUrl('results', inputs.results.trim(), document.baseURI);
    const file = url.pathname.split('/').pop() || 'results';
    push(parseResults(await fetchText(url, signal), ds, file));
  }
  return out;
}

/** The text at a URL, or a LoadError: HTTP status, network failure, or no answer within RESULTS_TIMEOUT_MS. */
async function fetchText(url: URL, signal: AbortSignal): Promise<string> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), RESULTS_TIMEOUT_MS);
  const both = new AbortController();
  const stop = () => both.abort();
  signal.addEventListener('abort', stop, {once: true});
  timeout.signal.addEventListener('abort', stop, {once: true});
  try {
    const res = await fetch(url, {signal: both.signal, credentials: 'same-origin'});
    if (!res.ok) throw new LoadError('results', 'http', url.href, {status: res.status});
    return await res.text();
  } catch (e) {
    if (signal.aborted) throw e;
    if (e instanceof LoadError) throw e;
    throw new LoadError('results', timeout.signal.aborted ? 'timeout' : 'network', url.href, {}, {cause: e});
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}
