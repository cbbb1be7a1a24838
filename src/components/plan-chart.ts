/** The `<plan-chart>` element: see the class documentation. */
import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {Spec} from 'vega-typings';
import type {Dataset, Target} from '../data/schema.js';
import type {TargetWithResult} from '../data/queries.js';
import type {ChartContext} from '../charts/common.js';
import {planOf} from '../charts/common.js';
import type {ImageFormat} from '../export/formats.js';
import {MESSAGES, hasMessages, type Lang} from '../i18n/index.js';
import {styles} from './plan-chart.styles.js';
import {DataController} from './controllers/data-controller.js';
import {ChartController} from './controllers/chart-controller.js';
import {HostSizeController} from './controllers/host-size-controller.js';
import {afterPaint} from './render-queue.js';
import {
  INITIAL_UI,
  deriveLoad,
  display,
  langCode,
  renderedWithoutChart,
  type Derived,
  type LoadState,
  type UiState,
} from './state.js';
import {errorDetail, errorKey, resultsIssuesDetail} from './errors.js';
import {datasetUrl, loadWidgetDataset} from './dataset-client.js';
import {emit, type PlanChartErrorDetail} from './events.js';
import * as T from './templates.js';
import type * as Body from './body.js';
import type {ExportHost} from '../export/actions.js';

// Off the first-content path: English texts load with the first English widget; the body (templates, exports)
// beside the first content.
const loadMessages = (lang: Lang) => (lang === 'en' ? import('../i18n/en.js') : Promise.resolve());
// The body's templates and export texts: fetched when a widget starts, drawn once its first content is painted.
let bodyModule: Promise<typeof Body> | undefined;
const loadBody = () => (bodyModule ??= import('./body.js'));

/** The host's intrinsic widths (see the styles' `.strut`): sixteen boxes of 40 px that may wrap. */
const STRUT = Array.from({length: 16}, () => html`<i></i> `);

/** The attributes that say what to draw: changing one resets the reader's choices (table, selection). */
const REQUEST = ['view', 'unit', 'indicator', 'period', 'level'] as const;

/**
 * The height of a widget's body beyond its charts (controls, legend, each panel's heading and status line, footer),
 * in px, as measured on test/e2e/pages/many.html before the charts are drawn: 211-482 px for 1-5 panels at 680 px,
 * 252-527 px at 318 px (the legend wraps). Within about one line of text.
 */
const bodyExtra = (panels: number, width: number) => 150 + 68 * panels + (width < 500 ? 60 : 0);

/**
 * `<plan-chart>`: attainment, period and unit comparisons of the targets of Vietnamese prostitution-prevention
 * plans, with the verbatim source of every number.
 *
 * @fires plan-chart-render - The chart (or table) is drawn. `detail`: view, units, period, lang, targets with status.
 * @fires plan-chart-error - An attribute, results file or dataset is wrong, or an export failed. `detail`: code, message (in the widget's language), value, valid values, issues.
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
 * @slot - A `<script type="application/json">` child with results (same format as the `results` file), or, with
 *   `data-targets`, the targets of a plan the page supplies (same format as the `targets` file).
 */
export class PlanChart extends LitElement {
  static override styles = styles;

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
  /**
   * URL of a CSV, TSV, .xlsx or JSON file of a plan's targets supplied by the page (a plan not in the dataset); as a
   * property, also an array of target rows or an object `{title, …, targets}` / `{plans: […]}`. When set, `unit`,
   * `src` and `results` do not apply: the chart is of this plan, with the results given beside its targets.
   */
  @property({attribute: 'targets'}) targets: string | unknown[] | Record<string, unknown> | null = null;
  /** The page plan's title (when its targets do not give it). */
  @property({attribute: 'plan-title', reflect: true}) planTitle: string | null = null;
  /** The page plan's issuing authority ("UBND xã Đông Sơn"). */
  @property({attribute: 'plan-issuer', reflect: true}) planIssuer: string | null = null;
  /** The page plan's document number ("45/KH-UBND"). */
  @property({attribute: 'plan-document', reflect: true}) planDocument: string | null = null;
  /** The page plan's date of issue (YYYY-MM-DD or dd/mm/yyyy). */
  @property({attribute: 'plan-date', reflect: true}) planDate: string | null = null;
  /** The page plan's public address. */
  @property({attribute: 'plan-url', reflect: true}) planUrl: string | null = null;
  /** The years the page plan covers: "2021-2025" or "2026". */
  @property({attribute: 'plan-span', reflect: true}) planSpan: string | null = null;
  /** The unit the page plan is for, as it is written ("tỉnh Quảng Trị", "xã Đông Sơn"); default: from the issuer. */
  @property({attribute: 'plan-unit', reflect: true}) planUnit: string | null = null;
  /**
   * Where the results come from, when not from the publishing site: `link` (set by embed.html for `data=`) shows a
   * notice that the figures were supplied by the link, in the widget and in its exports.
   */
  @property({attribute: 'results-origin', reflect: true}) resultsOrigin: string | null = null;

  /** The dataset and the page's results, keyed on `src`, `results` and the inline script. */
  private readonly data = new DataController(this);
  /** The host's width and colour scheme. */
  private readonly size = new HostSizeController(this);
  /** Draws the panels near the viewport, with tooltips and clicks; redraws after a move. */
  private readonly chart = new ChartController(this, {
    drawn: (model) => this.chartDrawn(model),
    failed: (e) => this.setLoad({kind: 'error', error: this.errorOf(e, 'render')}),
    select: (id, from) => this.select(id, from),
  });

  /** What is loaded and how far the widget has come (state.ts). */
  @state() private load: LoadState = {kind: 'loading'};
  /** What the reader chose. */
  @state() private ui: UiState = INITIAL_UI;
  /** The footer's status line (copied, export failed, the citation where there is no clipboard). */
  @state() private notice = '';

  /** The last derivation and what it was derived from, to derive again only when one of them changes. */
  private derived: Derived = {load: {kind: 'loading'}, built: []};
  /** The last state an event was fired for (each error and each render fires once). */
  private announced: Record<'error' | 'results' | 'render', unknown> = {error: null, results: null, render: null};
  private bodyPending?: Promise<void>;
  /** Resolves at the end of the next update (for updateComplete while the body is on its way). */
  private nextUpdate?: {promise: Promise<void>; resolve: () => void};
  /** The body's templates and export texts (body.ts), once loaded: the body is drawn with them. */
  private body?: typeof Body;
  /** The row or button a selection was made from: the panel opens beside it, and focus goes back to it. */
  private selectedFrom?: HTMLElement;
  /** The results' problems as worded, per results state and language (announced once each). */
  private problems?: WeakMap<object, {lang: Lang; detail: PlanChartErrorDetail}>;

  /** The Vega specs drawn, one per panel (for tests and for re-use); empty until the charts are drawn. */
  get specs(): Spec[] {
    return this.chart.drawing?.specs ?? [];
  }

  /** The rows shown, with their status: what the CSV export contains. */
  get rows(): TargetWithResult[] {
    return this.load.kind === 'ready' ? this.load.model.rows : [];
  }

  /**
   * Reads a results file against a dataset with the widget's own reader, for tools such as the embed builder: the
   * good rows in the inline-JSON form (what a snippet carries), every problem in the chosen language, and what was
   * read (format, encoding, separator, decimal mark, sheet). `input` is the file's bytes (an upload) or its text.
   */
  static async checkResults(
    input: string | Uint8Array | ArrayBuffer,
    options: {lang?: string; src?: string | null; file?: string; sheet?: string; unit?: string} = {},
  ): Promise<{
    results: Record<string, string | number>[];
    issues: {line: number; column: string; message: string}[];
    info: unknown;
  }> {
    const lang: Lang = options.lang === 'en' ? 'en' : 'vi';
    const ds = await loadWidgetDataset(datasetUrl(options.src));
    const [{readResults, resultsToInline}, text] = await Promise.all([
      import('../data/results-input.js'),
      import('../i18n/results.js'),
    ]);
    const units = options.unit
      ?.split(',')
      .map((u) => u.trim())
      .filter(Boolean);
    const read = await readResults(input, ds, {file: options.file ?? 'results.csv', sheet: options.sheet, units});
    return {
      results: resultsToInline(read.rows),
      issues: read.issues.map((i) => ({line: i.line, column: i.column, message: text.describeIssue(lang, i).message})),
      // The encoding in words too ("bảng mã Windows-1258 (Excel trên Windows tiếng Việt)"), for a "read as" line.
      info: {...read.info, encodingName: read.info.encoding ? text.encodingName(lang, read.info.encoding) : null},
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The body's templates are fetched once the first content is painted (they are not needed for it, and would
    // compete with it on a slow line); the chart engine once the widget nears the viewport.
    if (!this.body)
      void afterPaint()
        .then(loadBody)
        .then(
          (body) => {
            this.body = body;
            this.requestUpdate();
          },
          // A broken copy of dist/ or a lost connection: said like a chart that cannot be drawn.
          (e: unknown) => this.setLoad({kind: 'error', error: this.errorOf(e, 'render')}),
        );
    this.chart.prefetch();
  }

  /**
   * What a tool needs to chart a plan of its own, for the embed builder: `proposeTargets` and `planFileText` (a
   * plan's text, .txt or .docx, to proposed targets), `proposeResults` (a report's text to proposed results), and the
   * targets reader the widget uses (`readTargets`, `targetsToInline`, `describeIssue`). Loaded on demand, in a chunk
   * of its own.
   */
  static planTools(): Promise<typeof import('./plan-tools.js')> {
    return import('./plan-tools.js');
  }

  /**
   * Also waits for the body, when the last update rendered the title and summary alone: the body's templates and
   * the dataset's text arrive after that first paint, and either arriving updates the widget.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.isConnected && display(this.load, this.ui).kind === 'heading') {
      await (this.bodyPending ?? this.afterNextUpdate());
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private afterNextUpdate(): Promise<void> {
    if (!this.nextUpdate) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.nextUpdate = {promise, resolve};
    }
    return this.nextUpdate.promise;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (REQUEST.some((k) => changed.has(k))) this.ui = INITIAL_UI;
    this.load = this.derive();
  }

  protected override updated(): void {
    const waiting = this.nextUpdate;
    this.nextUpdate = undefined;
    waiting?.resolve();
    const d = display(this.load, this.ui);
    if (d.kind === 'heading') this.showBodyAfterPaint();
    this.reserveHeights();
    if (d.kind === 'chart') this.chart.sync(d.model, this.renderRoot);
    else this.chart.clear();
    // An error is announced once per cause: the detail is worded anew whenever the state is derived again (a width
    // measured, the texts or the dataset arriving), so it is known by what it says; a state without error forgets it,
    // and the same cause given again later is announced again.
    if (d.kind === 'error') this.announce('error', errorKey(d.error), () => emit(this, 'plan-chart-error', d.error));
    else this.announced.error = null;
    const problems = this.resultsProblems();
    if (problems) this.announce('results', problems, () => emit(this, 'plan-chart-error', problems));
    if (renderedWithoutChart(d) && this.resultsSettled()) this.announce('render', d.model, () => this.fireRender());
  }

  override render() {
    const lang = this.langCode();
    const m = MESSAGES[lang];
    // English texts on their way (they load with the first English widget): no words yet, in either language.
    if (!m) return html`<div class="root" lang=${lang}><p class="message" part="message" role="status">…</p></div>`;
    const d = display(this.load, this.ui);
    let content;
    switch (d.kind) {
      case 'loading':
        content = T.loadingView(m);
        break;
      case 'error':
        content = T.errorView(m, d.error);
        break;
      case 'heading':
        content = html`${T.headingView(d.model)}${T.noticesView(this.notices())}${this.resultsNotice(m)}${T.summaryView(d.model)}
          <div class="pending"></div>`;
        break;
      case 'empty':
        content = html`${T.headingView(d.model)}${this.body!.emptyView(m, d.model)}`;
        break;
      case 'offer':
        content = html`${T.headingView(d.model)}${this.body!.offerView(m, d.model, this.toIndicatorForm)}${this.footer(d.model, false)}`;
        break;
      case 'table':
      case 'chart': {
        const ctx = this.shown()!.ctx;
        const table = d.kind === 'table';
        const selected = this.ui.selected ? d.model.rows.find((r) => r.target_id === this.ui.selected) : undefined;
        content = html`${T.headingView(d.model)}${T.noticesView(this.notices())}${this.resultsNotice(m)}
        ${table || d.summary ? T.summaryView(d.model) : nothing}
        ${this.body!.controlsView(
          m,
          {
            table,
            toggleTable: d.kind === 'chart' || d.toggle,
            summaryToggle: d.kind === 'chart' && d.drawn,
            summaryOpen: this.ui.summaryOpen,
          },
          {table: this.toggleTable, summary: this.toggleSummary},
        )}
        ${selected ? this.body!.selectionView(ctx, selected, () => this.setUi({selected: null}), this.selectedFrom) : nothing}
        ${table ? this.body!.tableView(ctx, d.model, this.size.width > 0 && this.size.width < 600, (id, from) => this.select(id, from)) : this.body!.chartView(m, d.model, d.drawn)}
        ${this.footer(d.model, d.kind === 'chart' && d.drawn && d.model.panels.length > 0)}`;
      }
    }
    return html`<div class="root ${this.size.width > 0 && this.size.width < 340 ? 'tight' : ''}" lang=${lang}>
        ${content}
      </div>
      <div class="strut" aria-hidden="true">${STRUT}</div>`;
  }

  /** What the reader must be told about the figures' origin (also drawn into exported images). */
  private notices(): string[] {
    const m = MESSAGES[this.langCode()];
    const r = this.data.state.kind === 'ready' ? this.data.state.results : null;
    const page = this.data.state.kind === 'ready' && this.data.state.page ? [m.targetsFromPage] : [];
    return [
      ...page,
      ...(r?.kind === 'read' && r.rows.length && this.resultsOrigin === 'link' ? [m.resultsFromLink] : []),
    ];
  }

  private resultsNotice(m: (typeof MESSAGES)[Lang]) {
    const r = this.data.state.kind === 'ready' ? this.data.state.results : null;
    // A page plan's problems are its targets' rows: the targets charted are counted.
    const page = this.data.state.kind === 'ready' ? this.data.state.page : undefined;
    return T.resultsNoticeView(page ? {...m, resultsKept: m.targetsKept} : m, {
      loading: r?.kind === 'loading',
      problems: this.resultsProblems(),
      kept: r?.kind === 'read' && r.issues.length ? (page ? page.targets : r.rows.length) : 0,
    });
  }

  /** Whether the page's results (if any) are in: loaded and read, or failed. */
  private resultsSettled(): boolean {
    return this.data.state.kind !== 'ready' || this.data.state.results.kind !== 'loading';
  }

  /** What went wrong with the page's results: rows left out (with their line and reason), or a file not read. */
  private resultsProblems(): PlanChartErrorDetail | null {
    const r = this.data.state.kind === 'ready' && hasMessages(this.langCode()) ? this.data.state.results : null;
    if (!r || (r.kind !== 'failed' && (r.kind !== 'read' || !r.issues.length))) return null;
    this.problems ??= new WeakMap();
    let detail = this.problems.get(r);
    if (!detail || detail.lang !== this.langCode()) {
      const page = this.data.state.kind === 'ready' && !!this.data.state.page;
      const ctx = {
        lang: this.langCode(),
        ds: this.data.state.kind === 'ready' ? this.data.state.ds : null,
        results: page ? this.targets : this.results,
        what: page ? ('targets' as const) : undefined,
      };
      const d =
        r.kind === 'failed'
          ? errorDetail(r.error, {...ctx, text: r.text})
          : resultsIssuesDetail(r.issues, {...ctx, text: r.text});
      this.problems.set(r, (detail = {lang: this.langCode(), detail: d}));
    }
    return detail.detail;
  }

  // ——— state ———

  /** The load state for the current attributes: data from the controller, the state from `deriveLoad` (state.ts). */
  private derive(): LoadState {
    const inline = this.querySelector('script[type="application/json"]:not([data-targets])')?.textContent ?? null;
    const targetsInline = this.querySelector('script[type="application/json"][data-targets]')?.textContent ?? null;
    const plan = {
      title: this.planTitle,
      issuer: this.planIssuer,
      document: this.planDocument,
      date: this.planDate,
      url: this.planUrl,
      span: this.planSpan,
      unit: this.planUnit,
    };
    const data = this.data.sync({
      src: this.src,
      results: this.results,
      inline,
      unit: this.unit,
      targets: this.targets,
      targetsInline,
      plan,
    });
    const lang = this.langCode();
    const derived = deriveLoad(
      {
        data,
        lang: this.lang,
        messages: hasMessages(lang),
        width: this.chartWidth(),
        dark: this.size.dark,
        attributes: {
          view: this.view,
          unit: this.unit,
          indicator: this.indicator,
          period: this.period,
          level: this.level,
        },
        indicatorForm: this.ui.indicatorForm,
      },
      // The stage moves on outside the derivation (heading → body → drawn): the state shown is the previous one.
      {load: this.load, built: this.derived.built},
      {context: (ds) => this.context(ds), errorOf: (e, during) => this.errorOf(e, during)},
    );
    this.derived = derived;
    if (derived.loadMessages) void loadMessages(derived.loadMessages).then(() => this.requestUpdate());
    return derived.load;
  }

  private setLoad(load: LoadState): void {
    this.load = load;
  }

  private setUi(patch: Partial<UiState>): void {
    this.ui = {...this.ui, ...patch};
  }

  private langCode(): Lang {
    return langCode(this.lang);
  }

  private errorOf(e: unknown, during?: 'render' | 'export'): PlanChartErrorDetail {
    const ds = this.data.state.kind === 'ready' ? this.data.state.ds : this.shown()?.ds;
    return errorDetail(e, {lang: this.langCode(), ds, results: this.results, during});
  }

  /**
   * The charts' width: the host's, less the root's padding (2 × 12), Vega's own (4 + 12) and slack for the axis
   * label centred on the right edge. (A tight root, under 340 px, has 12 px more room.) Until the size controller
   * has seen the host, 600 px — the model is built again when it reports, before the first paint — unless `measure`
   * (after a render, where the layout is due anyway): reading clientWidth in the first update forced a layout of the
   * page before the widget had rendered anything, 7-9 ms of its first content (A/B of 21 runs, twice).
   */
  private chartWidth(measure = false): number {
    return Math.max(160, (this.size.width || (measure ? this.clientWidth : 0) || 600) - 42);
  }

  /** What the chart layer needs: dataset, language, theme and width. */
  private context(ds: Dataset): ChartContext {
    // Text is measured for wrapping when the chart is laid out, with the chart engine (vega-runtime.ts).
    return {ds, lang: this.langCode(), theme: this.size.theme(), width: this.chartWidth()};
  }

  /** The model shown and what it was built from, when the widget is ready. */
  private shown(): Extract<LoadState, {kind: 'ready'}> | null {
    return this.load.kind === 'ready' ? this.load : null;
  }

  /** The heading is painted: the body follows (a frame sooner for the reader, and for the page's other widgets). */
  private showBodyAfterPaint(): void {
    // The body waits for the whole dataset too (labels' scopes, quotes) and for its templates: either arriving
    // updates the widget again.
    if (this.data.state.kind !== 'ready' || !this.data.state.complete) return;
    if (!this.body) return;
    this.bodyPending ??= afterPaint().then(() => {
      this.bodyPending = undefined;
      if (this.load.kind === 'ready' && this.load.stage === 'heading') this.load = {...this.load, stage: 'body'};
    });
  }

  /** The heights to reserve before the body and the charts arrive, so that the page below does not jump. */
  private reserveHeights(): void {
    if (this.load.kind !== 'ready') return;
    const {model, stage} = this.load;
    const {panels} = model;
    // Through the CSSOM: a style attribute would be refused by a strict CSP (style-src without 'unsafe-inline').
    const pending = this.renderRoot.querySelector<HTMLElement>('.pending');
    if (pending)
      pending.style.minHeight = `${panels.reduce((h, p) => h + p.estimatedHeight, bodyExtra(panels.length, this.chartWidth(true)))}px`;
    this.renderRoot.querySelectorAll<HTMLElement>('.vis').forEach((c, k) => {
      c.style.minHeight = stage === 'drawn' || !panels[k] ? '' : `${panels[k].estimatedHeight}px`;
    });
  }

  private chartDrawn(model: ViewModel): void {
    if (this.load.kind !== 'ready' || this.load.model !== model) return;
    if (this.load.stage !== 'drawn') this.load = {...this.load, stage: 'drawn'};
    // Every drawing is announced (a widget moved is drawn again), except one made before the page's results are in.
    if (this.resultsSettled()) {
      this.announced.render = model;
      this.fireRender();
    }
  }

  /** Runs `fire` once per state: an error or a render is announced once, however many updates show it. */
  private announce(kind: keyof PlanChart['announced'], what: unknown, fire: () => void): void {
    if (what === this.announced[kind]) return;
    this.announced[kind] = what;
    fire();
  }

  private fireRender(): void {
    const req = this.shown()!.request;
    const statuses = this.load.kind === 'ready' && this.load.model.statuses;
    emit(this, 'plan-chart-render', {
      view: this.load.kind === 'ready' ? this.load.model.view : req.view,
      units: req.units.map((u) => u.unit_id),
      period: req.period,
      lang: this.langCode(),
      targets: this.rows.map((r) => ({target_id: r.target_id, status: statuses ? r.status : null})),
    });
  }

  // ——— handlers ———

  private select(targetId: string, from?: HTMLElement): void {
    const row = this.rows.find((r) => r.target_id === targetId);
    const ds = this.shown()?.ds;
    if (!row || !ds) return;
    this.selectedFrom = from;
    this.setUi({selected: targetId});
    emit(this, 'plan-chart-select', {
      target: row as Target,
      plan: planOf(ds, row.plan_id),
      result: row.result,
      status: row.status,
    });
  }

  private toggleTable = () => {
    const table = !this.ui.table;
    this.setUi({table});
    // Back to the chart: its containers are new, so it is drawn again.
    if (!table && this.load.kind === 'ready' && this.load.stage === 'drawn') this.load = {...this.load, stage: 'body'};
  };

  private toggleSummary = () => this.setUi({summaryOpen: !this.ui.summaryOpen});

  private toIndicatorForm = () => this.setUi({indicatorForm: true});

  // ——— exports ———

  private footer(model: ViewModel, images: boolean) {
    const x = this.body!.exports;
    const h = this.exportHost();
    return this.body!.footerView(
      this.shown()!.ctx,
      model,
      {images, status: this.notice},
      {
        csv: () => void x.downloadCsv(h),
        xlsx: () => void x.downloadXlsx(h),
        image: (format, type, dark, rows, transparent) =>
          void x.downloadImage(h, format, type, dark, rows, transparent),
        copyCitation: () => void x.copyCitation(h),
        citationFile: (kind) => void x.downloadCitation(h, kind),
        citationText: () => x.citation(h, 'text', new Date()),
      },
    );
  }

  /** What the exports (body.ts, exports.ts) need to know of the widget. */
  private exportHost(): ExportHost {
    const data = this.data.state;
    return {
      shown:
        this.load.kind === 'ready'
          ? {model: this.load.model, ds: this.load.ds, request: this.load.request, ctx: this.load.ctx}
          : null,
      lang: this.langCode(),
      rows: this.rows,
      results: data.kind === 'ready' && data.results.kind === 'read' ? data.results.rows : [],
      attributes: {
        unit: this.unit,
        indicator: this.indicator,
        period: this.period,
        level: this.level,
        src: this.src,
        results: this.results,
        inline: this.querySelector('script[type="application/json"]:not([data-targets])')?.textContent ?? null,
      },
      pagePlan: data.kind === 'ready' && !!data.page,
      theme: () => this.size.theme(),
      dark: this.size.dark,
      notices: () => this.notices(),
      status: (text) => (this.notice = text),
      failed: (e) => {
        const error = this.errorOf(e, 'export');
        this.notice = error.message;
        emit(this, 'plan-chart-error', error);
      },
    };
  }

  /** The CSV of exactly the rows shown (once the widget has drawn its body). */
  csv(): string {
    return this.body ? this.body.exports.csv(this.exportHost()) : '';
  }

  /**
   * A citation of the view, in the widget's language: the chart, the dataset (version, licence), each plan document
   * (authority, number, date, sections), the target ids shown, the results' sources, the permalink and the access
   * date (`accessed`, default today). As text, BibTeX, RIS or CSL-JSON.
   */
  async citation(
    format: 'text' | 'bibtex' | 'ris' | 'csl-json' = 'text',
    accessed: Date = new Date(),
  ): Promise<string> {
    return (await loadBody()).exports.citation(this.exportHost(), format, accessed);
  }

  /** The view's address: embed.html next to the script, with the view's parameters (once the body has drawn). */
  permalink(): string | null {
    return this.body ? this.body.exports.permalink(this.exportHost()) : null;
  }

  /**
   * The files of an image export, without saving them: one per frame (a television export of many rows gives
   * "…-1920x1080-1of3.png" …). Light colours unless `dark`, whatever the page's colour scheme; colours the page set
   * with `--plan-chart-*` are kept. `transparent`: no background (a PNG with alpha, "…-alpha…", to key over video).
   */
  async exportImages(
    format: ImageFormat,
    options: {type?: 'png' | 'svg'; dark?: boolean; transparent?: boolean; rows?: Iterable<string>} = {},
  ): Promise<{name: string; blob: Blob}[]> {
    return (await loadBody()).exports.exportImages(this.exportHost(), format, options);
  }
}

type ViewModel = import('../charts/build.js').ViewModel;

declare global {
  interface HTMLElementTagNameMap {
    'plan-chart': PlanChart;
  }
}
