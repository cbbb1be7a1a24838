/**
 * The body of a widget: controls, legend, chart containers, table, selection and footer with its downloads, and the
 * texts that go with an export (CSV, source lines, file names, permalink). Plain functions of explicit inputs (no
 * `this`). A chunk of its own: it loads as soon as a widget starts, beside its first content, and the body is drawn
 * once it is in (with the whole dataset).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {ref} from 'lit/directives/ref.js';
import {repeat} from 'lit/directives/repeat.js';
import type {ViewModel} from '../charts/build.js';
import type {LegendItem} from '../charts/views/index.js';
import type {Panel} from '../charts/common.js';
import {
  deadlineText,
  documentNo,
  documentText,
  planOf,
  targetLabel,
  unitName,
  type ChartContext,
} from '../charts/common.js';
import {footerSources, resultSources} from '../export/sources.js';
import {PRINT_COLUMNS, type ImageFormat, type PrintColumns} from '../export/formats.js';
import type {TargetWithResult} from '../data/queries.js';
import {DATASET_LICENCE} from '../data/constants.js';
import '../i18n/exports.js';
import {drawInBackground} from './background-draw.js';
import {
  MESSAGES,
  STATUS_SYMBOL,
  formatDate,
  formatResult,
  formatTarget,
  periodLabel,
  type Lang,
} from '../i18n/index.js';

export * as exports from '../export/actions.js';

// The page's charts below the fold are drawn in the background once it is quiet, and all before printing.
drawInBackground();

type Messages = (typeof MESSAGES)[Lang];

export function emptyView(m: Messages, model: ViewModel) {
  return html`<div class="message" part="message" role="status">
    <p>${m.empty}</p>
    ${model.empty?.available.length ? html`<p>${m.available}: ${model.empty.available.join('; ')}.</p>` : nothing}
  </div>`;
}

/** The periods view of a unit with one period: what it says, and the button to the indicator form. */
export function offerView(m: Messages, model: ViewModel, onIndicatorForm: () => void) {
  return html`<p class="summary" part="summary">${model.summary}</p>
    <div class="controls" ${adoptStyles}>
      <button part="button" @click=${onIndicatorForm}>${m.showIndicatorForm(model.offerIndicatorForm!)}</button>
    </div>`;
}

/** The buttons above a chart or its table: chart ⇄ table, and the summary once the chart is drawn. */
export function controlsView(
  m: Messages,
  o: {table: boolean; toggleTable: boolean; summaryToggle: boolean; summaryOpen: boolean},
  on: {table: () => void; summary: () => void},
) {
  return html`<div class="controls" ${adoptStyles}>
    ${
      o.toggleTable
        ? html`<button part="button" aria-pressed=${o.table ? 'true' : 'false'} @click=${on.table}>
            ${o.table ? m.showChart : m.showTable}
          </button>`
        : nothing
    }
    ${
      o.summaryToggle
        ? html`<button
            part="button"
            aria-expanded=${o.summaryOpen ? 'true' : 'false'}
            aria-controls="summary"
            @click=${on.summary}
          >
            ${o.summaryOpen ? m.hideSummary : m.showSummary}
          </button>`
        : nothing
    }
  </div>`;
}

export const legendView = (items: LegendItem[]) =>
  items.length
    ? html`<ul class="legend" aria-hidden="true">
        ${items.map((i) => html`<li><span class="swatch ${i.kind}">${i.symbol}</span> ${i.text}</li>`)}
      </ul>`
    : nothing;

/**
 * A panel's heading; where counts of one thing are split by order of magnitude (Hà Nội's 5.300 residents and
 * 100.000 students), each says its scale, so that three "Số lượng: người" read as three scales, not a repetition.
 */
function panelHeading(m: Messages, model: ViewModel, p: Panel): string {
  if (model.panels.filter((q) => q.title === p.title).length < 2) return p.title;
  const [d0, d1] = p.options.domain;
  return `${p.title} (${m.panelScale(d0, d1)})`;
}

/**
 * The body's own styles, adopted into the widget's shadow root when the chart, its controls or a selection is first
 * rendered (a
 * constructable stylesheet: no <style> element and no style attribute, which a strict CSP would refuse, and out of
 * the first content's stylesheet): the rows' list for the keyboard laid over each chart (row-keys.ts) with its focus
 * ring, the selection panel laid beside the row it was opened from, and long addresses that wrap in it and in the
 * tooltip. Printed: no buttons or menus; a chart not drawn yet gives its summary alone (no loading note, no blank
 * box, no legend); a drawn one is scaled to the page, kept on one page with its heading where it fits.
 */
const BODY_CSS = `
.vis { position: relative; }
.keys { position: absolute; margin: 0; padding: 0; pointer-events: none; }
.keys [role='option'] { position: absolute; display: block; border-radius: 3px; pointer-events: none; outline: none; }
.keys [role='option']:focus-visible {
  outline: 3px solid var(--_accent);
  background: color-mix(in srgb, var(--_accent) 12%, transparent);
}
.selection.placed {
  position: absolute;
  z-index: 5;
  left: 12px;
  right: 12px;
  max-width: 46em;
  margin: 0;
  background: var(--_bg);
  box-shadow: 0 3px 12px rgba(0, 0, 0, 0.22);
}
.selection h3 { margin: 0 0 0.3em; font-weight: 700; }
.selection dd,
.tooltip dd { min-width: 0; overflow-wrap: anywhere; }
.selection h3:focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
@media (forced-colors: active) {
  .keys [role='option']:focus-visible { outline-color: Highlight; background: transparent; }
  .selection.placed { border: 2px solid CanvasText; }
}
@media print {
  .controls, .downloads, .cite-menu, .keys, .selection, .panel > .note, .vis:empty { display: none !important; }
  /* A rule of its own: a browser without :has() drops only this one. */
  .panel:has(> .vis:empty), .chart:not(:has(svg)) .legend { display: none; }
  h2, .note, .notice, .summary, .legend, .panel h3 { break-inside: avoid; break-after: avoid; }
  .panel { break-inside: avoid; }
  .vis svg { max-width: 100%; height: auto; }
}
`;
let bodySheet: CSSStyleSheet | undefined;
function adopt(el: Element): void {
  const root = el.getRootNode();
  if (!(root instanceof ShadowRoot) || typeof CSSStyleSheet === 'undefined') return;
  try {
    if (!bodySheet) (bodySheet = new CSSStyleSheet()).replaceSync(BODY_CSS);
    if (!root.adoptedStyleSheets.includes(bodySheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, bodySheet];
  } catch {
    // No constructable stylesheets: the rows stay focusable and named (with the browser's ring), the panel in flow.
  }
}
// Once the element is in the shadow root: a template's refs are called before Lit inserts it.
const adoptStyles = ref((el) => {
  if (el) queueMicrotask(() => adopt(el));
});

/** The chart: a legend, and one container per panel that the chart controller draws into. */
export function chartView(m: Messages, model: ViewModel, drawn: boolean) {
  return html`<div
    class="chart"
    part="chart"
    role="group"
    aria-label=${model.title}
    aria-describedby="chart-desc"
    ${adoptStyles}
  >
    <p class="sr-only" id="chart-desc">${model.summary}</p>
    ${legendView(model.legend)}
    ${model.panels.map(
      (p: Panel) =>
        html`<section class="panel" part="panel" data-measure=${p.measure}>
          ${model.panels.length > 1 ? html`<h3>${panelHeading(m, model, p)}</h3>` : nothing}
          ${drawn ? nothing : html`<p class="note" role="status">${m.loadingChart}</p>`}
          <div class="vis"></div>
        </section>`,
    )}
  </div>`;
}

/** The accessible table of the rows shown, with each row's verbatim quote; a block per row on narrow widgets. */
export function tableView(
  ctx: ChartContext,
  model: ViewModel,
  narrow: boolean,
  onSelect: (id: string, from: HTMLElement) => void,
) {
  const {ds, lang} = ctx;
  const m = MESSAGES[lang];
  const withStatus = model.statuses;
  return html`<div class="table-wrap ${narrow ? 'narrow' : ''}" part="table">
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
              <button part="button" @click=${(e: Event) => onSelect(r.target_id, e.currentTarget as HTMLElement)}>
                ${targetLabel(ctx, r)}
              </button>
            </th>
            <td data-label=${m.target}>${formatTarget(lang, r)}</td>
            <td data-label=${m.deadline}>${deadlineText(lang, r)}</td>
            ${
              withStatus
                ? html`<td data-label=${m.result}>${r.result ? formatResult(lang, r.measure, r.result) : '–'}</td>
                    <td data-label=${m.statusLabel}>${STATUS_SYMBOL[r.status]} ${m.status[r.status]}</td>`
                : html`<td>${periodLabel(r.period)}</td>`
            }
            <td>${documentNo(lang, p) ?? m.noDocNo}${r.section ? `, ${m.section.toLowerCase()} ${r.section}` : ''}</td>
            <td class="quote" data-label=${m.quote}>“${r.quote}”</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/** Where each selection panel was last laid, and from what: it is laid (and focused) once per choice. */
const placed = new WeakMap<Element, {id: string; from?: HTMLElement}>();
/** The widgets' roots lengthened to hold an open panel, by panel: given back when the panel goes. */
const lengthened = new Map<HTMLElement, HTMLElement>();
function release(): void {
  for (const [panel, root] of lengthened)
    if (!panel.isConnected) {
      root.style.paddingBottom = '';
      lengthened.delete(panel);
    }
}

/**
 * Lays the selection panel beside the row (or table button) it was opened from: just under it, across the widget's
 * width (in place under the row; the widget grows at its foot if the panel would pass it), scrolls it into view only
 * if some of it is out of view, and moves focus to its heading. Without a row to lay it by (gone with a redraw), it
 * stays in the flow, above the chart.
 */
function placeSelection(panel: HTMLElement, id: string, from: HTMLElement | undefined): void {
  const last = placed.get(panel);
  if (last?.id === id && last.from === from) return;
  placed.set(panel, {id, from});
  // After the update that rendered the panel has put it in the document.
  queueMicrotask(() => {
    if (!panel.isConnected) return;
    adopt(panel);
    const root = panel.parentElement;
    if (from?.isConnected && root) {
      // Through the CSSOM: a strict CSP refuses style attributes.
      root.style.paddingBottom = '';
      panel.classList.add('placed');
      const rb = root.getBoundingClientRect();
      const top = from.getBoundingClientRect().bottom - rb.top + 6;
      panel.style.top = `${top}px`;
      const pad = parseFloat(getComputedStyle(root).paddingBottom) || 0;
      const need = top + panel.offsetHeight + pad - root.offsetHeight;
      if (need > 0) {
        root.style.paddingBottom = `${pad + need}px`;
        lengthened.set(panel, root);
      }
    } else panel.classList.remove('placed');
    const box = panel.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) panel.scrollIntoView({block: 'nearest'});
    panel.querySelector<HTMLElement>('h3')?.focus({preventScroll: true});
  });
}

/**
 * The details of the selected target: its quote, target, result, plan, document and section, beside the row it was
 * chosen from (`from`). A non-modal dialog: focus moves to its heading; Escape or "Đóng" closes it and gives focus
 * back to the row.
 */
export function selectionView(ctx: ChartContext, r: TargetWithResult, onClose: () => void, from?: HTMLElement) {
  const {ds, lang} = ctx;
  const m = MESSAGES[lang];
  const p = planOf(ds, r.plan_id);
  const close = (e: Event) => {
    // The row it came from, or the same row drawn anew (a resize redraws the chart).
    const key = from?.dataset.key;
    const root = (e.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
    const back = from?.isConnected
      ? from
      : key
        ? root.querySelector<HTMLElement>(`[role="option"][data-key="${CSS.escape(key)}"]`)
        : null;
    back?.focus();
    onClose();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    close(e);
  };
  return html`<section
    class="selection"
    part="selection"
    role="dialog"
    aria-labelledby="selection-title"
    @keydown=${onKey}
    ${adoptStyles}
    ${ref((el) => (el ? placeSelection(el as HTMLElement, r.target_id, from) : queueMicrotask(release)))}
  >
    <h3 id="selection-title" tabindex="-1">${unitName(ds, r.unit_id, lang)} — ${targetLabel(ctx, r)}</h3>
    <blockquote lang="vi">“${r.quote}”</blockquote>
    <dl>
      <dt>${m.target}</dt>
      <dd>${m.comparator[r.comparator]} ${formatTarget(lang, r)} (${deadlineText(lang, r)})</dd>
      ${
        r.result
          ? html`<dt>${m.result}</dt>
              <dd>
                ${formatResult(lang, r.measure, r.result)}${r.result.as_of ? ` (${m.asOf} ${formatDate(lang, r.result.as_of)})` : ''}${r.result.source_title ? ` — ${r.result.source_title}` : ''}
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
    <button part="button" @click=${close}>${m.close}</button>
  </section>`;
}

export interface FooterActions {
  csv: () => void;
  xlsx: () => void;
  /**
   * An image export: the format, the file type, the dark palette or not, and the rows picked for it (row keys;
   * undefined: every row).
   */
  image: (
    format: ImageFormat,
    type: 'png' | 'svg',
    dark: boolean,
    rows: string[] | undefined,
    transparent: boolean,
  ) => void;
  copyCitation: () => void;
  citationFile: (kind: 'bibtex' | 'ris' | 'csl-json') => void;
  /** The citation text, shown when the citation menu opens. */
  citationText: () => Promise<string>;
}

/*
 * The menus' few styles, set through the CSSOM when the element is rendered: a style attribute (or Lit's styleMap,
 * whose first render writes one) would be refused by a strict CSP. Rows of labelled buttons that wrap, a summary that
 * looks clickable, a citation whose long ids and addresses wrap.
 */
const ROW = {alignItems: 'center', margin: '0 0 6px'};
const SUMMARY = {cursor: 'pointer', color: 'var(--_accent)', margin: '0 0 6px', minHeight: '32px', lineHeight: '32px'};
const CITATION = {overflowWrap: 'anywhere', color: 'var(--_text)', userSelect: 'text'};
/** The row picker: one row per line, scrolling past a dozen, long labels wrapped. */
const PICKS = {
  display: 'flex',
  flexDirection: 'column',
  gap: '4px',
  maxHeight: '18em',
  overflowY: 'auto',
  margin: '0 0 8px',
  padding: '4px 8px',
  border: '1px solid var(--_grid)',
  overflowWrap: 'anywhere',
};
const styled = (css: Partial<CSSStyleDeclaration>) =>
  ref((el) => {
    if (el) Object.assign((el as HTMLElement).style, css);
  });

/**
 * The export menu's choices at the time of a click: the dark palette, the print width, and the rows picked (their
 * keys; undefined when every row is).
 */
function exportChoices(e: Event): {
  dark: boolean;
  transparent: boolean;
  columns: PrintColumns;
  rows: string[] | undefined;
} {
  const menu = (e.currentTarget as HTMLElement).closest('.export-menu');
  const dark = !!menu?.querySelector<HTMLInputElement>('input[name="dark"]')?.checked;
  const transparent = !!menu?.querySelector<HTMLInputElement>('input[name="transparent"]')?.checked;
  const n = Number(menu?.querySelector<HTMLSelectElement>('select[name="columns"]')?.value);
  const boxes = [...(menu?.querySelectorAll<HTMLInputElement>('input[name="row"]') ?? [])];
  const rows = boxes.filter((b) => b.checked).map((b) => b.value);
  return {
    dark,
    transparent,
    columns: n === 1 || n === 3 ? n : 2,
    rows: rows.length === boxes.length ? undefined : rows,
  };
}

/**
 * The rows an image shows, picked by the editor (a television frame holds a few rows at legible sizes: five rows
 * picked make one or two frames, not eight). Where some rows have a result, those are picked at first (the targets
 * still without one are a list a viewer need not see on air); otherwise every row is. The summary counts them once
 * one is not.
 */
function rowPicker(model: ViewModel, lang: Lang): TemplateResult | typeof nothing {
  const m = MESSAGES[lang];
  const drawn = model.panels.some((p) => !p.options.compact);
  const rows = model.panels.flatMap((p) => p.options.rows.map((r) => ({...r, picked: !drawn || !p.options.compact})));
  if (rows.length < 2) return nothing;
  const picked = rows.filter((r) => r.picked).length;
  const initial = picked === rows.length ? '' : ` (${m.pickedRows(picked, rows.length)})`;
  const count = (picker: HTMLElement) => {
    const boxes = [...picker.querySelectorAll<HTMLInputElement>('input[name="row"]')];
    const n = boxes.filter((b) => b.checked).length;
    const out = picker.querySelector('.picked');
    if (out) out.textContent = n === boxes.length ? '' : ` (${m.pickedRows(n, boxes.length)})`;
  };
  const all = (checked: boolean) => (e: Event) => {
    const picker = (e.currentTarget as HTMLElement).closest('.row-picker') as HTMLElement;
    picker.querySelectorAll<HTMLInputElement>('input[name="row"]').forEach((b) => (b.checked = checked));
    count(picker);
  };
  return html`<details class="row-picker" @change=${(e: Event) => count(e.currentTarget as HTMLElement)}>
    <summary part="button" ${styled(SUMMARY)}>${m.pickRows}<span class="picked">${initial}</span></summary>
    <div class="controls" ${styled(ROW)}>
      <button part="button" @click=${all(true)}>${m.pickAll}</button>
      <button part="button" @click=${all(false)}>${m.pickNone}</button>
    </div>
    <div role="group" aria-label=${m.pickRows} ${styled(PICKS)}>
      ${repeat(
        rows,
        (r, k) => `${k}:${r.key}`,
        (r) => html`<label><input type="checkbox" name="row" value=${r.key} ?checked=${r.picked} /> ${r.label}</label>`,
      )}
    </div>
  </details>`;
}

/**
 * Sources (each document with its number, date and issuing authority; the results' sources when results are shown),
 * dataset version and licence, and two menus that stay usable at 360 px: downloads grouped by where the file goes
 * (data, web, television, social media, print at a column width), light by default with a dark choice; and the
 * citation, shown as text with copy and BibTeX, RIS and CSL-JSON downloads. Native <details> and buttons: keyboard
 * and screen readers work as they do everywhere.
 */
export function footerView(
  ctx: ChartContext,
  model: ViewModel,
  o: {images: boolean; status: string},
  on: FooterActions,
): TemplateResult {
  const {ds, lang} = ctx;
  const m = MESSAGES[lang];
  const sources = footerSources(ds, lang, model.plans);
  const results = model.statuses ? resultSources(lang, model.rows) : [];
  const g = m.exportGroups;
  const image = (format: ImageFormat | ((columns: PrintColumns) => ImageFormat), type: 'png' | 'svg') => (e: Event) => {
    const c = exportChoices(e);
    on.image(typeof format === 'function' ? format(c.columns) : format, type, c.dark, c.rows, c.transparent);
  };
  const group = (label: string, content: TemplateResult) =>
    html`<div class="controls" role="group" aria-label=${label} ${styled(ROW)}>
      <span aria-hidden="true">${label}:</span> ${content}
    </div>`;
  const print = (columns: PrintColumns): ImageFormat => ({kind: 'print', columns});
  return html`<footer part="footer">
    ${
      sources.length
        ? html`<p>
            ${m.sources}:
            ${sources.join('; ')}${results.length ? html`; ${m.resultsSource}: ${results.join('; ')}` : nothing}.
          </p>`
        : nothing
    }
    <p>${'page' in ds ? m.citeText.fromPage : `${m.dataset} v${ds.version} · ${m.licence} ${DATASET_LICENCE}`}</p>
    ${
      model.plans.length
        ? html`<div class="downloads">
            <details class="export-menu">
              <summary part="button" ${styled(SUMMARY)}>${m.download}</summary>
              ${group(
                m.exportGroups.data,
                html`<button part="button" @click=${on.csv}>${m.csv}</button>
                  <button part="button" @click=${on.xlsx}>${m.xlsx}</button>`,
              )}
              ${
                o.images
                  ? html`${rowPicker(model, lang)}
                      ${group(
                        g.web,
                        html`<button part="button" @click=${image({kind: 'web'}, 'png')}>${m.png}</button>
                          <button part="button" @click=${image({kind: 'web'}, 'svg')}>${m.svg}</button>`,
                      )}
                      ${group(
                        g.tv,
                        html`<button part="button" @click=${image({kind: 'broadcast'}, 'png')}>
                          ${m.pngBroadcast}
                        </button>`,
                      )}
                      ${group(
                        g.social,
                        html`<button part="button" @click=${image({kind: 'social'}, 'png')}>${m.pngSocial}</button>`,
                      )}
                      ${group(
                        g.print,
                        html`<label
                            >${m.columnWidth}
                            <select name="columns">
                              ${([1, 2, 3] as const).map(
                                (n) =>
                                  html`<option value=${n} ?selected=${n === 2}>
                                    ${m.columns(n, PRINT_COLUMNS[n])}
                                  </option>`,
                              )}
                            </select></label
                          >
                          <button part="button" @click=${image(print, 'png')}>${m.printPng}</button>
                          <button part="button" @click=${image(print, 'svg')}>${m.printSvg}</button>`,
                      )}
                      <label class="controls" ${styled(ROW)}
                        ><input type="checkbox" name="dark" /> ${m.darkExport}</label
                      >
                      <label class="controls" ${styled(ROW)}
                        ><input type="checkbox" name="transparent" /> ${m.transparentExport}</label
                      >`
                  : nothing
              }
            </details>
            <details
              class="cite-menu"
              @toggle=${(e: Event) => {
                const d = e.currentTarget as HTMLDetailsElement;
                const p = d.querySelector('.citation');
                if (d.open && p) void on.citationText().then((text) => (p.textContent = text));
              }}
            >
              <summary part="button" ${styled(SUMMARY)}>${m.cite}</summary>
              <p class="citation" ${styled(CITATION)}></p>
              <div class="controls" ${styled(ROW)}>
                <button part="button" @click=${on.copyCitation}>${m.copyCitation}</button>
                <button part="button" @click=${() => on.citationFile('bibtex')}>${m.bibtex}</button>
                <button part="button" @click=${() => on.citationFile('ris')}>${m.ris}</button>
                <button part="button" @click=${() => on.citationFile('csl-json')}>${m.cslJson}</button>
              </div>
            </details>
            <span role="status" class="note">${o.status}</span>
          </div>`
        : nothing
    }
  </footer>`;
}
