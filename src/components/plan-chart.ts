/** The `<plan-chart>` element: see the class documentation. */
import {LitElement, html, css, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {Dataset, Target} from '../data/schema.js';
import type {ResultLike, TargetWithResult} from '../data/queries.js';
import {resolveRequest, type Request, type RequestError} from '../data/request.js';
import type {ResultIssue, ResultsError} from '../data/results-input.js';
import {toCsv} from '../data/csv.js';
import {buildView, type ViewModel} from '../charts/build.js';
import type {Theme} from '../charts/rows.js';
import {DEFAULT_THEME} from '../charts/theme.js';
import {
  documentText,
  deadlineText,
  indicatorLabel,
  indicatorOf,
  planOf,
  targetLabel,
  unitName,
  type Panel,
} from '../charts/common.js';
import {
  MESSAGES,
  LANGS,
  STATUS_SYMBOL,
  formatDate,
  formatTarget,
  formatValue,
  periodLabel,
  type Lang,
} from '../i18n.js';
import {carriedDataset, datasetUrl, loadWidgetDataset} from './dataset-client.js';
import {loadVega} from './vega-loader.js';
import type {Spec, View} from 'vega';
import {emit, type ErrorCode, type PlanChartErrorDetail} from './events.js';
// Off the first-content path: results parsing loads only when a page supplies results, exports only on click.
const resultsInput = () => import('../data/results-input.js');
const exporter = () => import('./export.js');
const isResultsError = (e: unknown): e is ResultsError => (e as Error | undefined)?.name === 'ResultsError';

type Phase = 'loading' | 'ready' | 'error' | 'empty';

const LICENCE = 'CC BY 4.0';
/**
 * The height of a widget's body beyond its charts (controls, legend, each panel's heading and status line, footer),
 * in px, as measured on test/e2e/pages/many.html before the charts are drawn: 211-482 px for 1-5 panels at 680 px,
 * 252-527 px at 318 px (the legend wraps). Within about one line of text.
 */
const bodyExtra = (panels: number, width: number) => 150 + 68 * panels + (width < 500 ? 60 : 0);

/** Each results problem as "<file> dòng 3, cột value: <what is wrong>", in the reader's language. */
function issueMessages(lang: Lang, issues: ResultIssue[]) {
  const m = MESSAGES[lang];
  return issues.map((i) => {
    const where = i.line
      ? i.kind === 'csv'
        ? m.line(i.file, i.line, i.column)
        : `${i.file} #${i.line}${i.column ? ` (${i.column})` : ''}`
      : i.file;
    const problem = m.resultIssue[i.code]({value: i.value, expected: i.expected});
    return {line: i.line, column: i.column, where, problem, message: `${where}: ${problem}`};
  });
}

/** Resolves in a new task (a message, not a timer: nested timers are clamped to 4 ms). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * Resolves once the next frame has been painted: in a task after that frame's animation callbacks (or after
 * 100 ms in a document that runs none, such as a hidden tab).
 */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      void nextTask().then(resolve);
    };
    requestAnimationFrame(go);
    setTimeout(go, 100);
  });

let renderTurns: Promise<void> | undefined;
/**
 * Widgets take turns for their first render, one per task in document order: on a page with twenty of them, the
 * first is painted (and its chart engine requested) before the others are built, and no task builds them all.
 */
function firstRenderTurn(): Promise<void> {
  renderTurns = renderTurns ? renderTurns.then(nextTask) : Promise.resolve();
  return renderTurns;
}

/** Takes the first turn if no widget has had one yet: that widget may render at once, in its first update. */
function takeFirstTurn(): boolean {
  if (renderTurns) return false;
  renderTurns = Promise.resolve();
  return true;
}

/**
 * `<plan-chart>`: attainment, period and unit comparisons of the targets of Vietnamese prostitution-prevention
 * plans, with the verbatim source of every number.
 *
 * @fires plan-chart-render - The chart (or table) is drawn. `detail`: view, units, period, lang, targets with status.
 * @fires plan-chart-error - An attribute, results file or dataset is wrong. `detail`: code, message (in the widget's language), value, valid values, issues.
 * @fires plan-chart-select - A mark or table row was chosen. `detail`: target, plan, result, status.
 *
 * @csspart title - The chart title.
 * @csspart summary - The generated text summary.
 * @csspart chart - The area holding the chart panels.
 * @csspart panel - One panel (one measure).
 * @csspart table - The data table.
 * @csspart footer - Source line, dataset version, licence and downloads.
 * @csspart button - Every button.
 * @csspart message - Loading, empty and error messages.
 * @csspart selection - The details of the selected target.
 *
 * @cssprop --plan-chart-font-family - Font (default: the page's sans-serif system font).
 * @cssprop --plan-chart-font-size - Base font size (default 15px).
 * @cssprop --plan-chart-text - Text colour.
 * @cssprop --plan-chart-muted - Secondary text colour.
 * @cssprop --plan-chart-background - Background.
 * @cssprop --plan-chart-accent - Buttons and focus rings.
 * @cssprop --plan-chart-target - Target marks (floors, points, bands' edges).
 * @cssprop --plan-chart-zone - The band of values that meet a floor or range target.
 * @cssprop --plan-chart-track - The track behind each bar.
 * @cssprop --plan-chart-met - Status colour: met.
 * @cssprop --plan-chart-not-met - Status colour: not met.
 * @cssprop --plan-chart-not-due - Status colour: not yet due.
 * @cssprop --plan-chart-no-data - Status colour: no data.
 * @cssprop --plan-chart-before - Period colour: 2016-2020.
 * @cssprop --plan-chart-after - Period colour: 2021-2025.
 * @cssprop --plan-chart-national - The national reference line.
 *
 * @slot - A `<script type="application/json">` child with results (same format as the `results` file).
 */
export class PlanChart extends LitElement {
  static override styles = css`
    :host {
      --_font: var(
        --plan-chart-font-family,
        system-ui,
        -apple-system,
        'Segoe UI',
        Roboto,
        'Noto Sans',
        Arial,
        sans-serif
      );
      --_size: var(--plan-chart-font-size, 15px);
      --_text: var(--plan-chart-text, #1d232b);
      --_muted: var(--plan-chart-muted, #56606b);
      --_bg: var(--plan-chart-background, #ffffff);
      --_accent: var(--plan-chart-accent, #1f4e79);
      --_zone: var(--plan-chart-zone, #cfe0f1);
      --_track: var(--plan-chart-track, #eef0f3);
      --_grid: var(--plan-chart-grid, #d9dde3);
      /* Okabe-Ito: distinct for the common forms of colour blindness; every status also has a symbol and a word. */
      --_target: var(--plan-chart-target, #1d232b);
      /* Blue, vermillion and reddish purple (Okabe-Ito hues, darkened for contrast on white): apart for every common
         form of colour blindness; every status also has a symbol and a word. */
      --_met: var(--plan-chart-met, #0068a8);
      --_not-met: var(--plan-chart-not-met, #c2410c);
      --_not-due: var(--plan-chart-not-due, #9a4a8a);
      --_no-data: var(--plan-chart-no-data, #6b7280);
      --_before: var(--plan-chart-before, #b45309);
      --_after: var(--plan-chart-after, #0072b2);
      --_national: var(--plan-chart-national, #6b21a8);
      display: block;
      position: relative;
      min-width: 0;
      max-width: 100%;
      padding: 0;
      margin: 0;
      contain: layout;
    }
    /* Typography lives here, not on :host: a page rule such as * { font: 20px serif !important } matches the host
       element but cannot reach inside the shadow root. */
    .root {
      box-sizing: border-box;
      position: relative;
      padding: 12px;
      font: normal normal 400 var(--_size) / 1.45 var(--_font);
      font-variant: normal;
      letter-spacing: normal;
      word-spacing: normal;
      text-indent: 0;
      text-align: left;
      text-transform: none;
      text-shadow: none;
      white-space: normal;
      direction: ltr;
      visibility: visible;
      color: var(--_text);
      background: var(--_bg);
    }
    @media (prefers-color-scheme: dark) {
      :host {
        --_text: var(--plan-chart-text, #e8ebef);
        --_muted: var(--plan-chart-muted, #a9b2bc);
        --_bg: var(--plan-chart-background, #15191e);
        --_accent: var(--plan-chart-accent, #7cb7ec);
        --_zone: var(--plan-chart-zone, #1f3a56);
        --_track: var(--plan-chart-track, #252b33);
        --_grid: var(--plan-chart-grid, #39414b);
        --_target: var(--plan-chart-target, #e8ebef);
        --_met: var(--plan-chart-met, #56b4e9);
        --_not-met: var(--plan-chart-not-met, #f08a5d);
        --_not-due: var(--plan-chart-not-due, #d7a0cc);
        --_no-data: var(--plan-chart-no-data, #9aa3ad);
        --_before: var(--plan-chart-before, #f0a050);
        --_after: var(--plan-chart-after, #56b4e9);
        --_national: var(--plan-chart-national, #c9a0f0);
      }
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    /* Form controls do not inherit type by default; SVG text keeps the size and weight Vega gives it. */
    :not(svg, svg *) {
      font: inherit;
      letter-spacing: inherit;
    }
    h2 {
      font-size: 1.2em;
      font-weight: 700;
      line-height: 1.3;
      margin: 0 0 0.35em;
      color: var(--_text);
    }
    p {
      margin: 0 0 0.5em;
    }
    .note {
      color: var(--_muted);
      font-size: 0.9em;
    }
    .summary {
      margin: 0 0 0.6em;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      margin: 0 0 0.6em;
    }
    button {
      cursor: pointer;
      border: 1px solid var(--_accent);
      border-radius: 4px;
      background: transparent;
      color: var(--_accent);
      padding: 0.25em 0.7em;
      font-size: 0.88em;
      line-height: 1.4;
      min-height: 32px;
      margin: 0;
      width: auto;
      height: auto;
      text-transform: none;
      box-shadow: none;
    }
    button:hover {
      background: var(--_zone);
    }
    button:focus-visible,
    .vis:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 2px;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 14px;
      font-size: 0.85em;
      color: var(--_muted);
      margin: 0 0 0.4em;
      padding: 0;
      list-style: none;
    }
    .legend li {
      margin: 0;
      padding: 0;
    }
    .swatch {
      display: inline-block;
      min-width: 1.1em;
      text-align: center;
      font-weight: 700;
    }
    .swatch.before {
      color: var(--_before);
    }
    .swatch.after {
      color: var(--_after);
    }
    .swatch.accent,
    .swatch.target {
      color: var(--_target);
    }
    .swatch.zone {
      color: var(--_zone);
    }
    .swatch.national {
      color: var(--_national);
    }
    .swatch.muted,
    .swatch.no_data {
      color: var(--_no-data);
    }
    .swatch.met {
      color: var(--_met);
    }
    .swatch.not_met {
      color: var(--_not-met);
    }
    .swatch.not_due {
      color: var(--_not-due);
    }
    .panel {
      margin: 0 0 0.8em;
    }
    .panel h3 {
      font-size: 0.95em;
      font-weight: 700;
      color: var(--_muted);
      margin: 0.2em 0 0.2em;
    }
    .vis {
      width: 100%;
      min-height: 40px;
    }
    .vis svg {
      display: block;
      max-width: none;
      width: auto;
      height: auto;
    }
    .message {
      padding: 0.8em;
      border-radius: 4px;
      background: var(--_track);
    }
    .message.error {
      border-left: 4px solid var(--_not-met);
    }
    .message ul {
      margin: 0.4em 0 0;
      padding-left: 1.2em;
    }
    .table-wrap {
      overflow-x: auto;
      margin: 0 0 0.8em;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-size: 0.88em;
      table-layout: auto;
      border: 0;
      background: transparent;
    }
    caption {
      text-align: start;
      font-weight: 700;
      padding: 0 0 0.3em;
      color: var(--_text);
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 0.35em 0.5em;
      border: 0;
      border-bottom: 1px solid var(--_grid);
      color: var(--_text);
      background: transparent;
      width: auto;
    }
    th {
      font-weight: 700;
    }
    /* Narrow screens: each row becomes a block with its labels, instead of a table wider than the phone. */
    .narrow thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .narrow table,
    .narrow tbody,
    .narrow tr,
    .narrow th,
    .narrow td {
      display: block;
      width: auto;
    }
    .narrow tr {
      border-bottom: 1px solid var(--_grid);
      padding: 0.4em 0;
    }
    .narrow th,
    .narrow td {
      border: 0;
      padding: 0.1em 0;
    }
    .narrow td::before {
      content: attr(data-label) ': ';
      font-weight: 700;
      color: var(--_muted);
    }
    .narrow td.quote {
      min-width: 0;
    }
    td.quote {
      min-width: 16em;
      color: var(--_muted);
    }
    td button {
      text-align: start;
      border: 0;
      padding: 0;
      text-decoration: underline;
      min-height: 0;
    }
    .selection {
      border: 1px solid var(--_grid);
      border-left: 4px solid var(--_accent);
      padding: 0.6em 0.8em;
      margin: 0 0 0.8em;
    }
    .selection blockquote {
      margin: 0.3em 0;
      padding: 0;
      font-style: italic;
    }
    .selection dl,
    .tooltip dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 2px 10px;
      margin: 0;
    }
    .selection dt,
    .tooltip dt {
      font-weight: 700;
      color: var(--_muted);
    }
    .selection dd,
    .tooltip dd {
      margin: 0;
    }
    footer {
      font-size: 0.82em;
      color: var(--_muted);
      border-top: 1px solid var(--_grid);
      padding-top: 0.5em;
    }
    footer p {
      margin: 0 0 0.4em;
    }
    footer .downloads {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
    }
    .tooltip {
      position: absolute;
      z-index: 10;
      max-width: min(26em, 90%);
      background: var(--_bg);
      color: var(--_text);
      border: 1px solid var(--_grid);
      box-shadow: 0 2px 8px rgba(0, 0, 0, 0.18);
      padding: 0.5em 0.7em;
      font-size: 0.82em;
      pointer-events: none;
    }
    .tooltip[hidden] {
      display: none;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    @media (prefers-reduced-motion: no-preference) {
      button {
        transition: background-color 0.15s;
      }
    }
  `;

  /** Which chart: attainment (default), periods, units or table. */
  @property({attribute: 'view', reflect: true}) view: string | null = null;
  /** A unit_id or slug, or several separated by commas. */
  @property({attribute: 'unit', reflect: true}) unit: string | null = null;
  /** An indicator_id, several separated by commas, or a group name. */
  @property({attribute: 'indicator', reflect: true}) indicator: string | null = null;
  /** 2016-2020 or 2021-2025; default: the latest period the unit has. */
  @property({attribute: 'period', reflect: true}) period: string | null = null;
  /** For the units view: national, province (default) or district. */
  @property({attribute: 'level', reflect: true}) level: string | null = null;
  /** vi (default) or en. */
  @property({attribute: 'lang', reflect: true}) override lang = 'vi';
  /** URL of a CSV or JSON results file; as a property, also an array of result objects. */
  @property({attribute: 'results'}) results: string | Record<string, unknown>[] | null = null;
  /** Base URL of a dataset version (a folder with dataset.json); default: the dataset bundled with the script. */
  @property({attribute: 'src', reflect: true}) src: string | null = null;

  @state() private phase: Phase = 'loading';
  @state() private model: ViewModel | null = null;
  @state() private error: PlanChartErrorDetail | null = null;
  @state() private showTable = false;
  @state() private showSummary = false;
  @state() private selected: TargetWithResult | null = null;
  @state() private chartReady = false;
  @state() private forceIndicatorForm = false;
  @state() private status = '';
  /**
   * Whether the body (controls, legend, panels, footer) has been rendered. A widget's first render shows its title
   * and summary alone, and the body follows once they are painted: the reader sees them a frame sooner.
   */
  @state() private bodyShown = false;
  private bodyPending?: Promise<void>;
  /** The charts' width at the last rebuild, px. */
  private chartWidth = 600;

  private ds: Dataset | null = null;
  private request: Request | null = null;
  private supplied: ResultLike[] = [];
  /** The Vega views drawn, one per panel; finalized before redrawing and when the element is removed. */
  private views: View[] = [];
  private width = 0;
  private resize?: ResizeObserver;
  private resizeTimer?: ReturnType<typeof setTimeout>;
  private loadId = 0;
  private abort?: AbortController;
  private scheme?: MediaQueryList;
  private onScheme = () => this.rebuild();

  /** The Vega specs drawn, one per panel (for tests and for re-use); empty until the charts are drawn. */
  get specs(): Spec[] {
    return this.drawnSpecs;
  }

  private drawnSpecs: Spec[] = [];

  /** The rows shown, with their status: what the CSV export contains. */
  get rows(): TargetWithResult[] {
    return this.model?.rows ?? [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0].contentRect.width);
      if (Math.abs(w - this.width) < 8) return;
      clearTimeout(this.resizeTimer);
      const first = this.width === 0;
      this.width = w;
      this.resizeTimer = setTimeout(() => this.rebuild(), first ? 0 : 120);
    });
    this.resize.observe(this);
    this.scheme = matchMedia('(prefers-color-scheme: dark)');
    this.scheme.addEventListener('change', this.onScheme);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
    this.scheme?.removeEventListener('change', this.onScheme);
    clearTimeout(this.resizeTimer);
    this.abort?.abort();
    this.finalizeEmbeds();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const data = changed.has('src') || changed.has('results');
    const request = ['view', 'unit', 'indicator', 'period', 'level', 'lang'].some((k) =>
      changed.has(k as keyof PlanChart),
    );
    if (request) {
      this.forceIndicatorForm = false;
      this.selected = null;
    }
    if (data || request) void this.load();
  }

  /** Also waits for the body, when the last update rendered the title and summary alone. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.bodyPending) {
      await this.bodyPending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override updated(): void {
    const pending = this.renderRoot.querySelector<HTMLElement>('.pending');
    if (pending && this.model) {
      // The body's height, reserved (through the CSSOM, see below) so that the page below does not jump.
      const {panels} = this.model;
      pending.style.minHeight = `${panels.reduce((h, p) => h + p.estimatedHeight, bodyExtra(panels.length, this.chartWidth))}px`;
      this.bodyPending ??= afterPaint().then(() => {
        this.bodyShown = true;
        this.bodyPending = undefined;
      });
    }
    // Reserve each panel's height until its chart is drawn, so the page does not jump. Through the CSSOM: a style
    // attribute would be refused by a strict CSP (style-src without 'unsafe-inline').
    const panels = this.model?.panels ?? [];
    this.renderRoot.querySelectorAll<HTMLElement>('.vis').forEach((c, k) => {
      c.style.minHeight = this.chartReady || !panels[k] ? '' : `${panels[k].estimatedHeight}px`;
    });
    if (
      this.phase === 'ready' &&
      this.model?.panels.length &&
      !this.showTable &&
      this.request?.view !== 'table' &&
      this.needsEmbed
    ) {
      this.needsEmbed = false;
      void this.embedPanels();
    }
  }

  private needsEmbed = false;

  private msg() {
    return MESSAGES[this.langCode()];
  }

  private langCode(): Lang {
    return LANGS.includes(this.lang as Lang) ? (this.lang as Lang) : 'vi';
  }

  /** Loads dataset and results, then resolves the request. A stale load never overwrites a newer one. */
  private async load(): Promise<void> {
    const id = ++this.loadId;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    if (!this.ds) this.phase = 'loading';
    const m = this.msg();
    if (!LANGS.includes(this.lang as Lang)) {
      return this.fail({
        code: 'unknown-lang',
        message: m.errors.unknownLang(this.lang),
        value: this.lang,
        valid: [...LANGS],
      });
    }
    const url = datasetUrl(this.src);
    // The first widget of the page, on the dataset carried in the script and without results to fetch, renders its
    // title and summary in its first update: no loading message first, no second update.
    if (!this.ds && !this.hasResults()) {
      const carried = carriedDataset(url);
      if (carried && takeFirstTurn()) return this.show(carried, []);
    }
    let ds: Dataset;
    try {
      ds = await loadWidgetDataset(url, abort.signal);
    } catch (e) {
      if (id !== this.loadId) return;
      return this.fail({code: 'dataset', message: m.errors.dataset(url, (e as Error).message), value: url});
    }
    if (id !== this.loadId) return;
    let supplied: ResultLike[];
    try {
      supplied = await this.loadResults(ds, abort.signal);
    } catch (e) {
      if (id !== this.loadId) return;
      return this.fail(this.resultsError(e));
    }
    if (id !== this.loadId) return;
    // A widget's first render waits for its turn: one widget per task, in document order.
    if (!this.ds) await firstRenderTurn();
    if (id !== this.loadId) return;
    this.show(ds, supplied);
  }

  /** Resolves the request on a loaded dataset and builds the view. */
  private show(ds: Dataset, supplied: ResultLike[]): void {
    this.ds = ds;
    this.supplied = supplied;
    const r = resolveRequest(ds, {
      view: this.view,
      unit: this.unit,
      indicator: this.indicator,
      period: this.period,
      level: this.level,
    });
    if (!r.ok) return this.fail(this.requestError(r.error, ds));
    this.request = r.request;
    this.rebuild();
  }

  /** Whether results are given (inline JSON, a URL, or an array): they are loaded before the first render. */
  private hasResults(): boolean {
    const inline = this.querySelector('script[type="application/json"]');
    const hasString = typeof this.results === 'string' && this.results.trim() !== '';
    return !!inline?.textContent?.trim() || Array.isArray(this.results) || hasString;
  }

  private async loadResults(ds: Dataset, signal: AbortSignal): Promise<ResultLike[]> {
    const out: ResultLike[] = [];
    const inline = this.querySelector('script[type="application/json"]');
    if (!this.hasResults()) return out;
    const {parseResults, resultsFromObjects} = await resultsInput();
    if (inline?.textContent?.trim()) out.push(...parseResults(inline.textContent, ds, 'script'));
    if (Array.isArray(this.results)) out.push(...resultsFromObjects(this.results, ds, 'results'));
    else if (typeof this.results === 'string' && this.results.trim() === '[object Object]') {
      throw Object.assign(new Error(this.msg().errors.resultsObject), {objectAttribute: true});
    } else if (typeof this.results === 'string' && this.results.trim()) {
      const url = new URL(this.results, document.baseURI);
      const file = url.pathname.split('/').pop() || 'results';
      let text: string;
      try {
        const res = await fetch(url, {signal, credentials: 'same-origin'});
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        text = await res.text();
      } catch (e) {
        if (signal.aborted) throw e;
        throw Object.assign(new Error((e as Error).message), {url: url.href});
      }
      out.push(...parseResults(text, ds, file));
    }
    return out;
  }

  private resultsError(e: unknown): PlanChartErrorDetail {
    const m = this.msg();
    if (isResultsError(e)) {
      const issues = issueMessages(this.langCode(), e.issues);
      const where = issues[0].where;
      return {
        code: 'results',
        message: m.errors.results(where, issues[0].problem),
        issues: issues.map(({line, column, message}) => ({line, column, message})),
        value: typeof this.results === 'string' ? this.results : undefined,
      };
    }
    if ((e as {objectAttribute?: boolean}).objectAttribute)
      return {code: 'results', message: (e as Error).message, value: '[object Object]'};
    const url = (e as {url?: string}).url ?? String(this.results);
    return {code: 'results', message: m.errors.resultsLoad(url, (e as Error).message), value: url};
  }

  /**
   * Validates a results file (CSV or JSON text) against a dataset, the way the widget does, for tools such as the
   * embed builder. Resolves with the rows in the inline-JSON form and every problem in the chosen language.
   */
  static async checkResults(
    text: string,
    options: {lang?: string; src?: string | null; file?: string} = {},
  ): Promise<{results: Record<string, string | number>[]; issues: {line: number; column: string; message: string}[]}> {
    const lang: Lang = options.lang === 'en' ? 'en' : 'vi';
    const ds = await loadWidgetDataset(datasetUrl(options.src));
    try {
      const {parseResults} = await resultsInput();
      const rows = parseResults(text, ds, options.file ?? 'results.csv');
      const results = rows.map(
        (r) =>
          Object.fromEntries(
            Object.entries({
              target_id: r.target_id,
              value: r.value,
              as_of: r.as_of,
              source_title: r.source_title,
              source_url: r.source_url,
              note: r.notes,
            }).filter(([, v]) => v !== null && v !== ''),
          ) as Record<string, string | number>,
      );
      return {results, issues: []};
    } catch (e) {
      if (!isResultsError(e)) throw e;
      return {
        results: [],
        issues: issueMessages(lang, e.issues).map(({line, column, message}) => ({line, column, message})),
      };
    }
  }

  private requestError(err: RequestError, ds: Dataset): PlanChartErrorDetail {
    const m = this.msg().errors;
    const valid = err.valid;
    const short = valid.length > 14 ? [...valid.slice(0, 14), '…'] : valid;
    const k = short.join(', ');
    const code = err.code as ErrorCode;
    const message = {
      'unknown-view': () => m.unknownView(err.value, k),
      'unknown-unit': () => m.unknownUnit(err.value, k),
      'unknown-indicator': () => m.unknownIndicator(err.value, k),
      'unknown-period': () => m.unknownPeriod(err.value, k),
      'unknown-level': () => m.unknownLevel(err.value, k),
      'no-plan': () =>
        m.noPlan(unitName(ds, (err as {unit: {unit_id: string}}).unit.unit_id, this.langCode()), err.value, k),
    }[err.code]();
    return {code, message, value: err.value, valid};
  }

  private fail(detail: PlanChartErrorDetail): void {
    this.finalizeEmbeds();
    this.request = null;
    this.phase = 'error';
    this.error = detail;
    this.model = null;
    emit(this, 'plan-chart-error', detail);
  }

  private theme(): Theme {
    const cs = getComputedStyle(this);
    const d = DEFAULT_THEME;
    const v = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
    return {
      font: v('--_font', d.font),
      fontSize: parseFloat(v('--_size', '')) || d.fontSize,
      text: v('--_text', d.text),
      muted: v('--_muted', d.muted),
      track: v('--_track', d.track),
      grid: v('--_grid', d.grid),
      accent: v('--_target', d.accent),
      zone: v('--_zone', d.zone),
      background: v('--_bg', d.background),
      status: {
        met: v('--_met', d.status.met),
        not_met: v('--_not-met', d.status.not_met),
        not_due: v('--_not-due', d.status.not_due),
        no_data: v('--_no-data', d.status.no_data),
      },
      periods: {before: v('--_before', d.periods.before), after: v('--_after', d.periods.after)},
      national: v('--_national', d.national),
    };
  }

  /** Rebuilds the view model (specs) from the current request, width and theme. */
  private rebuild(): void {
    if (!this.ds || !this.request) return;
    const req = this.forceIndicatorForm
      ? {
          ...this.request,
          view: 'periods' as const,
          form: 'indicator' as const,
          indicators: this.request.indicators ?? ['communication.commune_coverage'],
        }
      : this.request;
    // The host's width, less the root's padding (2 × 12), Vega's own padding (4 + 12) and slack for rounding.
    const width = (this.chartWidth = Math.max(200, (this.width || this.clientWidth || 600) - 42));
    try {
      const theme = this.theme();
      this.model = buildView(
        // Text is measured for wrapping when the chart is laid out, with the chart engine (vega-runtime.ts).
        {ds: this.ds, lang: this.langCode(), theme, width},
        req,
        this.supplied,
      );
    } catch (e) {
      return this.fail({code: 'render', message: this.msg().errors.render((e as Error).message)});
    }
    this.error = null;
    this.phase = this.model.empty ? 'empty' : 'ready';
    this.needsEmbed = true;
    if (this.phase === 'empty' || this.showTable || !this.model.panels.length) {
      this.finalizeEmbeds();
      void this.updateComplete.then(() => this.rendered());
    }
  }

  private finalizeEmbeds(): void {
    for (const v of this.views) v.finalize();
    this.views = [];
    this.drawnSpecs = [];
  }

  private async embedPanels(): Promise<void> {
    const model = this.model!;
    const id = this.loadId;
    // The chart engine is fetched only when a widget comes near the viewport: an article with ten charts
    // down the page loads it once, when the reader gets there.
    await this.nearViewport();
    if (model !== this.model) return;
    let rt;
    try {
      rt = await loadVega();
    } catch (e) {
      return this.fail({code: 'render', message: this.msg().errors.render((e as Error).message)});
    }
    if (model !== this.model) return;
    // The engine was requested with the title and summary; the panels' containers come with the body.
    await this.updateComplete;
    if (model !== this.model) return;
    this.finalizeEmbeds();
    const chart = this.renderRoot.querySelector<HTMLElement>('.chart');
    const containers = [...this.renderRoot.querySelectorAll<HTMLElement>('.vis')];
    if (!chart || containers.length !== model.panels.length) return;
    const tooltip = rt.createTooltip(this.renderRoot.querySelector<HTMLElement>('.root')!);
    const specs = model.panels.map((p) => rt.chartSpec(p.options));
    try {
      const views = await Promise.all(
        model.panels.map((p, k) =>
          rt.draw(containers[k], specs[k], {
            // The spec's tooltip is a target id: the panel builds the text when it is hovered.
            tooltip: (handler, event, item, value) =>
              tooltip(handler, event, item, typeof value === 'string' ? (p.tooltip(value) ?? null) : value),
          }),
        ),
      );
      if (model !== this.model || id !== this.loadId) {
        views.forEach((v) => v.finalize());
        return;
      }
      this.views = views;
      this.drawnSpecs = specs;
      for (const v of views) {
        v.addEventListener('click', (_e, item) => {
          const tid = (item?.datum as {id?: string} | undefined)?.id;
          if (tid) this.select(tid);
        });
      }
      // The SVGs are described by the panel heading and the chart's summary; Vega's own roles stay off (aria: false).
      for (const c of containers) c.querySelector('svg')?.setAttribute('aria-hidden', 'true');
    } catch (e) {
      return this.fail({code: 'render', message: this.msg().errors.render((e as Error).message)});
    }
    this.chartReady = true;
    this.rendered();
  }

  private near?: Promise<void>;

  private nearViewport(): Promise<void> {
    if (typeof IntersectionObserver === 'undefined') return Promise.resolve();
    this.near ??= new Promise<void>((resolve) => {
      const io = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            io.disconnect();
            resolve();
          }
        },
        {rootMargin: '400px 0px'},
      );
      io.observe(this);
    });
    return this.near;
  }

  private rendered(): void {
    const req = this.request!;
    emit(this, 'plan-chart-render', {
      view: this.forceIndicatorForm ? 'periods' : req.view,
      units: req.units.map((u) => u.unit_id),
      period: req.period,
      lang: this.langCode(),
      targets: this.rows.map((r) => ({
        target_id: r.target_id,
        status: req.view === 'attainment' || req.view === 'table' ? r.status : null,
      })),
    });
  }

  private select(targetId: string): void {
    const row = this.rows.find((r) => r.target_id === targetId);
    if (!row || !this.ds) return;
    this.selected = row;
    emit(this, 'plan-chart-select', {
      target: row as Target,
      plan: planOf(this.ds, row.plan_id),
      result: row.result,
      status: row.status,
    });
  }

  override render() {
    return html`<div class="root" lang=${this.langCode()}>${this.content()}</div>`;
  }

  private content() {
    const m = this.msg();
    if (this.phase === 'loading') return html`<p class="message" part="message" role="status">${m.loading}</p>`;
    if (this.phase === 'error' && this.error) {
      return html`<div class="message error" part="message" role="alert">
        <p><strong>${m.error}.</strong> ${this.error.message}</p>
        ${
          this.error.issues && this.error.issues.length > 1
            ? html`<ul>
                ${this.error.issues.slice(0, 8).map((i) => html`<li>${i.message}</li>`)}
              </ul>`
            : nothing
        }
      </div>`;
    }
    const model = this.model!;
    const heading = html`<h2 part="title">${model.title}</h2>
      ${model.notes.map((n) => html`<p class="note">${n}</p>`)}`;
    if (this.phase === 'ready' && !this.bodyShown)
      return html`${heading}${this.summary(model)}
        <div class="pending"></div>`;
    return html`
      ${heading}
      ${
        this.phase === 'empty'
          ? html`<div class="message" part="message" role="status">
              <p>${m.empty}</p>
              ${model.empty!.available.length ? html`<p>${m.available}: ${model.empty!.available.join('; ')}.</p>` : nothing}
            </div>`
          : this.body(model)
      }
    `;
  }

  /** The summary paragraph (its id is what the summary toggle controls). */
  private summary(model: ViewModel) {
    return html`<p class="summary" part="summary" id="summary">${model.summary}</p>`;
  }

  private body(model: ViewModel) {
    const m = this.msg();
    const req = this.request!;
    const isTable = this.showTable || req.view === 'table';
    return html`
      ${
        model.offerIndicatorForm
          ? html`<p class="summary" part="summary">${model.summary}</p>
              <div class="controls">
                <button part="button" @click=${this.toIndicatorForm}>
                  ${m.showIndicatorForm(model.offerIndicatorForm)}
                </button>
              </div>`
          : html`
              ${this.showSummary || !this.chartReady || isTable ? this.summary(model) : nothing}
              <div class="controls">
                ${
                  req.view !== 'table'
                    ? html`<button
                        part="button"
                        aria-pressed=${this.showTable ? 'true' : 'false'}
                        @click=${this.toggleTable}
                      >
                        ${this.showTable ? m.showChart : m.showTable}
                      </button>`
                    : nothing
                }
                ${
                  !isTable && this.chartReady
                    ? html`<button
                        part="button"
                        aria-expanded=${this.showSummary ? 'true' : 'false'}
                        aria-controls="summary"
                        @click=${this.toggleSummary}
                      >
                        ${this.showSummary ? m.hideSummary : m.showSummary}
                      </button>`
                    : nothing
                }
              </div>
              ${this.selected ? this.selection(this.selected) : nothing}
              ${isTable ? this.table(model) : this.chart(model)}
            `
      }
      ${this.footer(model)}
    `;
  }

  private legend() {
    const m = this.msg();
    const L = m.legend;
    const req = this.request!;
    const item = (cls: string, sym: string, text: string) =>
      html`<li><span class="swatch ${cls}">${sym}</span> ${text}</li>`;
    if (this.forceIndicatorForm || (req.view === 'periods' && req.form === 'indicator')) {
      return html`<ul class="legend" aria-hidden="true">
        ${item('before', '▷', L.before)} ${item('after', '▶', L.after)} ${item('target', '▶', L.floor)}
        ${item('target', '◆', L.point)} ${item('zone', '▬', L.band)}
      </ul>`;
    }
    if (req.view === 'periods') {
      return html`<ul class="legend" aria-hidden="true">
        ${item('before', '○', L.before)} ${item('after', '●', L.after)} ${item('zone', '▬', L.band)}
        ${item('muted', '≠', L.differs)}
      </ul>`;
    }
    if (req.view === 'units') {
      return html`<ul class="legend" aria-hidden="true">
        ${item('target', '▶', L.floor)} ${item('target', '◆', L.point)} ${item('national', '┆', m.national)}
        ${item('muted', '≠ ◇', L.differs)}
      </ul>`;
    }
    return html`<ul class="legend" aria-hidden="true">
      ${(['met', 'not_met', 'not_due', 'no_data'] as const).map((s) => item(s, STATUS_SYMBOL[s], m.status[s]))}
      ${item('target', '▶', L.floor)} ${item('target', '◆', L.point)} ${item('zone', '▬', L.band)}
    </ul>`;
  }

  private chart(model: ViewModel) {
    return html`<div class="chart" part="chart" role="group" aria-label=${model.title} aria-describedby="chart-desc">
      <p class="sr-only" id="chart-desc">${model.summary}</p>
      ${this.legend()}
      ${model.panels.map(
        (p: Panel) =>
          html`<section class="panel" part="panel" data-measure=${p.measure}>
            ${model.panels.length > 1 ? html`<h3>${p.title}</h3>` : nothing}
            ${this.chartReady ? nothing : html`<p class="note" role="status">${this.msg().loadingChart}</p>`}
            <div class="vis" role="img" aria-label=${`${model.title} — ${p.title}`}></div>
          </section>`,
      )}
    </div>`;
  }

  private table(model: ViewModel) {
    const m = this.msg();
    const lang = this.langCode();
    const ds = this.ds!;
    const withStatus = this.request!.view === 'attainment' || this.request!.view === 'table';
    return html`<div class="table-wrap ${this.width && this.width < 600 ? 'narrow' : ''}" part="table">
      <table>
        <caption>
          ${model.title}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.unit}</th>
            <th scope="col">${m.indicator}</th>
            <th scope="col">${m.target}</th>
            <th scope="col">${m.deadline}</th>
            ${
              withStatus
                ? html`<th scope="col">${m.result}</th>
                    <th scope="col">${m.statusLabel}</th>`
                : html`<th scope="col">${m.period}</th>`
            }
            <th scope="col">${m.document}</th>
            <th scope="col">${m.quote}</th>
          </tr>
        </thead>
        <tbody>
          ${model.rows.map((r) => {
            const p = planOf(ds, r.plan_id);
            return html`<tr>
              <td data-label=${m.unit}>${unitName(ds, r.unit_id, lang)}</td>
              <th scope="row" data-label=${m.indicator}>
                <button part="button" @click=${() => this.select(r.target_id)}>
                  ${targetLabel({ds, lang, theme: this.theme(), width: 0}, r)}
                </button>
              </th>
              <td data-label=${m.target}>${formatTarget(lang, r)}</td>
              <td data-label=${m.deadline}>${deadlineText(lang, r)}</td>
              ${
                withStatus
                  ? html`<td data-label=${m.result}>
                        ${r.result ? formatValue(lang, r.measure, r.result.value) : '–'}
                      </td>
                      <td data-label=${m.statusLabel}>${STATUS_SYMBOL[r.status]} ${m.status[r.status]}</td>`
                  : html`<td>${periodLabel(r.period)}</td>`
              }
              <td>${p.document_no ?? m.noDocNo}${r.section ? `, ${m.section.toLowerCase()} ${r.section}` : ''}</td>
              <td class="quote" data-label=${m.quote}>“${r.quote}”</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  private selection(r: TargetWithResult) {
    const m = this.msg();
    const lang = this.langCode();
    const ds = this.ds!;
    const p = planOf(ds, r.plan_id);
    return html`<section class="selection" part="selection" aria-live="polite" aria-label=${m.selected}>
      <p>
        <strong>${unitName(ds, r.unit_id, lang)} — ${targetLabel({ds, lang, theme: this.theme(), width: 0}, r)}</strong>
      </p>
      <blockquote lang="vi">“${r.quote}”</blockquote>
      <dl>
        <dt>${m.target}</dt>
        <dd>${m.comparator[r.comparator]} ${formatTarget(lang, r)} (${deadlineText(lang, r)})</dd>
        ${
          r.result
            ? html`<dt>${m.result}</dt>
                <dd>
                  ${formatValue(lang, r.measure, r.result.value)}${r.result.as_of ? ` (${m.asOf} ${formatDate(lang, r.result.as_of)})` : ''}${r.result.source_title ? ` — ${r.result.source_title}` : ''}
                </dd>`
            : nothing
        }
        <dt>${m.plan}</dt>
        <dd>${lang === 'vi' ? p.title : p.title_en}</dd>
        <dt>${m.document}</dt>
        <dd>${documentText(lang, p)}</dd>
        ${
          r.section
            ? html`<dt>${m.section}</dt>
                <dd>${r.section}</dd>`
            : nothing
        }
        ${
          p.source_kind === 'secondary'
            ? html`<dt>${m.source}</dt>
                <dd>${m.secondary}: ${r.source_url ?? p.source_url}</dd>`
            : nothing
        }
      </dl>
      <button part="button" @click=${() => (this.selected = null)}>${m.close}</button>
    </section>`;
  }

  private footer(model: ViewModel) {
    const m = this.msg();
    const lang = this.langCode();
    const ds = this.ds!;
    const plans = model.plans.map((id) => planOf(ds, id));
    const sources = plans.map(
      (p) =>
        `${p.document_no ?? (lang === 'vi' ? p.title : p.title_en)}${p.issued_on ? ` (${formatDate(lang, p.issued_on)})` : ''}${p.source_kind === 'secondary' ? `, ${m.secondary}` : ''}`,
    );
    const hasChart = this.chartReady && !this.showTable && this.request?.view !== 'table' && model.panels.length > 0;
    return html`<footer part="footer">
      ${sources.length ? html`<p>${m.sources}: ${sources.join('; ')}.</p>` : nothing}
      <p>${m.dataset} v${ds.version} · ${m.licence} ${LICENCE}</p>
      ${
        model.plans.length
          ? html`<div class="downloads" role="group" aria-label=${m.download}>
              <span>${m.download}:</span>
              <button part="button" @click=${this.downloadCsv}>${m.csv}</button>
              ${
                hasChart
                  ? html`<button part="button" @click=${() => this.downloadPng(false)}>${m.png}</button>
                      <button part="button" @click=${() => this.downloadPng(true)}>${m.pngBroadcast}</button>
                      <button part="button" @click=${this.downloadSvg}>${m.svg}</button>`
                  : nothing
              }
              <button part="button" @click=${this.copyCitation}>${m.cite}</button>
              <span role="status" class="note">${this.status}</span>
            </div>`
          : nothing
      }
    </footer>`;
  }

  private toggleTable = () => {
    this.showTable = !this.showTable;
    this.chartReady = false;
    if (!this.showTable) this.needsEmbed = true;
    else this.finalizeEmbeds();
  };

  private toggleSummary = () => {
    this.showSummary = !this.showSummary;
  };

  private toIndicatorForm = () => {
    this.forceIndicatorForm = true;
    this.chartReady = false;
    this.rebuild();
  };

  /** The CSV of exactly the rows shown. */
  csv(): string {
    const lang = this.langCode();
    const ds = this.ds!;
    const rows = this.rows.map((r) => {
      const p = planOf(ds, r.plan_id);
      return {
        target_id: r.target_id,
        unit_id: r.unit_id,
        unit: unitName(ds, r.unit_id, lang),
        period: r.period,
        indicator_id: r.indicator_id,
        indicator: indicatorLabel(indicatorOf(ds, r.indicator_id), lang),
        scope: lang === 'vi' ? r.scope : r.scope_en,
        comparator: r.comparator,
        value: r.value,
        value_max: r.value_max,
        measure: r.measure,
        target_year: r.target_year,
        result_value: r.result?.value ?? null,
        result_as_of: r.result?.as_of ?? null,
        status: r.status,
        plan_id: r.plan_id,
        document_no: p.document_no,
        issued_on: p.issued_on,
        section: r.section,
        quote: r.quote,
        source_kind: p.source_kind,
        source_url: r.source_url ?? p.source_url,
      };
    });
    const cols = Object.keys(rows[0] ?? {target_id: ''});
    return toCsv(cols, rows);
  }

  citation(): string {
    const lang = this.langCode();
    const ds = this.ds!;
    const plans = [...new Set(this.rows.map((r) => r.plan_id))].map((id) => planOf(ds, id));
    const docs = plans.map(
      (p) =>
        `${p.issuer}, ${lang === 'vi' ? p.title : p.title_en}${p.document_no ? `, ${p.document_no}` : ''}${p.issued_on ? `, ${formatDate(lang, p.issued_on)}` : ''}${p.source_kind === 'secondary' ? ` (${this.msg().secondary}: ${p.source_url})` : ''}`,
    );
    const ds_ =
      lang === 'vi'
        ? `Dữ liệu: plan-chart-targets v${ds.version} (${LICENCE})`
        : `Data: plan-chart-targets v${ds.version} (${LICENCE})`;
    return `${this.model!.title}. ${docs.join('; ')}. ${ds_}.`;
  }

  private fileName(ext: string): string {
    const r = this.request!;
    return `plan-chart-${r.view}-${r.asked.map((u) => u.slug).join('+') || (r.indicators ?? []).join('+')}-${r.period ?? ''}.${ext}`.replace(
      /[^a-z0-9.+_-]/gi,
      '_',
    );
  }

  private downloadCsv = () => {
    const csv = this.csv();
    void exporter().then(({download}) =>
      download(new Blob(['\ufeff' + csv], {type: 'text/csv;charset=utf-8'}), this.fileName('csv')),
    );
  };

  private sourceLine(): string {
    const m = this.msg();
    const ds = this.ds!;
    const lang = this.langCode();
    const plans = [...new Set(this.rows.map((r) => r.plan_id))].map((id) => planOf(ds, id));
    return `${m.sources}: ${plans.map((p) => p.document_no ?? (lang === 'vi' ? p.title : p.title_en)).join('; ')} · ${m.dataset} v${ds.version} · ${LICENCE}`;
  }

  private async downloadPng(broadcast: boolean) {
    const t = this.theme();
    const {exportPng, download} = await exporter();
    const blob = await exportPng(this.views, {
      title: this.model!.title,
      source: this.sourceLine(),
      theme: t,
      broadcast,
    });
    download(blob, this.fileName(broadcast ? '1920x1080.png' : 'png'));
  }

  private downloadSvg = async () => {
    const {exportSvg, download} = await exporter();
    const svg = await exportSvg(this.views, {
      title: this.model!.title,
      source: this.sourceLine(),
      theme: this.theme(),
      broadcast: false,
    });
    download(new Blob([svg], {type: 'image/svg+xml'}), this.fileName('svg'));
  };

  private copyCitation = async () => {
    const text = this.citation();
    try {
      await navigator.clipboard.writeText(text);
      this.status = this.msg().copied;
    } catch {
      // No clipboard (insecure context, permissions): show the text so it can be selected.
      this.status = text;
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-chart': PlanChart;
  }
}
