/**
 * The element's templates: plain functions of explicit inputs (no `this`), one per part of the widget. The element
 * picks them by its display state (state.ts).
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {ViewModel} from '../charts/build.js';
import type {LegendItem} from '../charts/views/index.js';
import type {Panel} from '../charts/common.js';
import {deadlineText, documentText, planOf, targetLabel, unitName, type ChartContext} from '../charts/common.js';
import {footerSources} from '../charts/sources.js';
import type {TargetWithResult} from '../data/queries.js';
import {DATASET_LICENCE} from '../data/dataset-info.js';
import {MESSAGES, STATUS_SYMBOL, formatDate, formatTarget, formatValue, periodLabel, type Lang} from '../i18n.js';
import type {PlanChartErrorDetail} from './events.js';

type Messages = (typeof MESSAGES)[Lang];

export const loadingView = (m: Messages) => html`<p class="message" part="message" role="status">${m.loading}</p>`;

export function errorView(m: Messages, error: PlanChartErrorDetail) {
  return html`<div class="message error" part="message" role="alert">
    <p><strong>${m.error}.</strong> ${error.message}</p>
    ${
      error.issues && error.issues.length > 1
        ? html`<ul>
            ${error.issues.slice(0, 8).map((i) => html`<li>${i.message}</li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}

/** The title and the notes under it (a successor, why another form is drawn). */
export const headingView = (model: ViewModel) =>
  html`<h2 part="title">${model.title}</h2>
    ${model.notes.map((n) => html`<p class="note">${n}</p>`)}`;

/** Notices about where the figures come from (results given by a link): shown under the title, and in exports. */
export const noticesView = (notices: string[]) =>
  notices.map((n) => html`<p class="notice" part="notice" role="note">${n}</p>`);

/**
 * The page's results: loading (the targets are drawn meanwhile), or what went wrong — the first problem in words,
 * the rows kept, and every problem on request. Beside the chart, never instead of it.
 */
export function resultsNoticeView(
  m: Messages,
  o: {loading: boolean; problems: PlanChartErrorDetail | null; kept: number},
) {
  if (o.loading) return html`<p class="note" part="message" role="status">${m.loadingResults}</p>`;
  const p = o.problems;
  if (!p) return nothing;
  const all = p.issues ?? [];
  return html`<div class="message error results" part="message" role="alert">
    <p>${p.message}</p>
    ${o.kept ? html`<p>${m.resultsKept(o.kept)}</p>` : nothing}
    ${
      all.length > 1
        ? html`<details>
            <summary>${m.resultsProblems(all.length)}</summary>
            <ul>
              ${all.slice(0, 200).map((i) => html`<li>${i.message}</li>`)}
              ${all.length > 200 ? html`<li>…</li>` : nothing}
            </ul>
          </details>`
        : nothing
    }
  </div>`;
}

/** The summary paragraph (its id is what the summary toggle controls). */
export const summaryView = (model: ViewModel) =>
  html`<p class="summary" part="summary" id="summary">${model.summary}</p>`;

export function emptyView(m: Messages, model: ViewModel) {
  return html`<div class="message" part="message" role="status">
    <p>${m.empty}</p>
    ${model.empty?.available.length ? html`<p>${m.available}: ${model.empty.available.join('; ')}.</p>` : nothing}
  </div>`;
}

/** The periods view of a unit with one period: what it says, and the button to the indicator form. */
export function offerView(m: Messages, model: ViewModel, onIndicatorForm: () => void) {
  return html`<p class="summary" part="summary">${model.summary}</p>
    <div class="controls">
      <button part="button" @click=${onIndicatorForm}>${m.showIndicatorForm(model.offerIndicatorForm!)}</button>
    </div>`;
}

/** The buttons above a chart or its table: chart ⇄ table, and the summary once the chart is drawn. */
export function controlsView(
  m: Messages,
  o: {table: boolean; toggleTable: boolean; summaryToggle: boolean; summaryOpen: boolean},
  on: {table: () => void; summary: () => void},
) {
  return html`<div class="controls">
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
  html`<ul class="legend" aria-hidden="true">
    ${items.map((i) => html`<li><span class="swatch ${i.kind}">${i.symbol}</span> ${i.text}</li>`)}
  </ul>`;

/** The chart: a legend, and one container per panel that the chart controller draws into. */
export function chartView(m: Messages, model: ViewModel, drawn: boolean) {
  return html`<div class="chart" part="chart" role="group" aria-label=${model.title} aria-describedby="chart-desc">
    <p class="sr-only" id="chart-desc">${model.summary}</p>
    ${legendView(model.legend)}
    ${model.panels.map(
      (p: Panel) =>
        html`<section class="panel" part="panel" data-measure=${p.measure}>
          ${model.panels.length > 1 ? html`<h3>${p.title}</h3>` : nothing}
          ${drawn ? nothing : html`<p class="note" role="status">${m.loadingChart}</p>`}
          <div class="vis" role="img" aria-label=${`${model.title} — ${p.title}`}></div>
        </section>`,
    )}
  </div>`;
}

/** The accessible table of the rows shown, with each row's verbatim quote; a block per row on narrow widgets. */
export function tableView(ctx: ChartContext, model: ViewModel, narrow: boolean, onSelect: (id: string) => void) {
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
              <button part="button" @click=${() => onSelect(r.target_id)}>${targetLabel(ctx, r)}</button>
            </th>
            <td data-label=${m.target}>${formatTarget(lang, r)}</td>
            <td data-label=${m.deadline}>${deadlineText(lang, r)}</td>
            ${
              withStatus
                ? html`<td data-label=${m.result}>${r.result ? formatValue(lang, r.measure, r.result.value) : '–'}</td>
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

/** The details of the selected target: its quote, target, result, plan, document and section. */
export function selectionView(ctx: ChartContext, r: TargetWithResult, onClose: () => void) {
  const {ds, lang} = ctx;
  const m = MESSAGES[lang];
  const p = planOf(ds, r.plan_id);
  return html`<section class="selection" part="selection" aria-live="polite" aria-label=${m.selected}>
    <p>
      <strong>${unitName(ds, r.unit_id, lang)} — ${targetLabel(ctx, r)}</strong>
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
    <button part="button" @click=${onClose}>${m.close}</button>
  </section>`;
}

export interface FooterActions {
  csv: () => void;
  png: () => void;
  pngBroadcast: () => void;
  svg: () => void;
  cite: () => void;
}

/** Sources, dataset version and licence, and the downloads (images only once a chart is drawn). */
export function footerView(
  ctx: ChartContext,
  model: ViewModel,
  o: {images: boolean; status: string},
  on: FooterActions,
): TemplateResult {
  const {ds, lang} = ctx;
  const m = MESSAGES[lang];
  const sources = footerSources(ds, lang, model.plans);
  return html`<footer part="footer">
    ${sources.length ? html`<p>${m.sources}: ${sources.join('; ')}.</p>` : nothing}
    <p>${m.dataset} v${ds.version} · ${m.licence} ${DATASET_LICENCE}</p>
    ${
      model.plans.length
        ? html`<div class="downloads" role="group" aria-label=${m.download}>
            <span>${m.download}:</span>
            <button part="button" @click=${on.csv}>${m.csv}</button>
            ${
              o.images
                ? html`<button part="button" @click=${on.png}>${m.png}</button>
                    <button part="button" @click=${on.pngBroadcast}>${m.pngBroadcast}</button>
                    <button part="button" @click=${on.svg}>${m.svg}</button>`
                : nothing
            }
            <button part="button" @click=${on.cite}>${m.cite}</button>
            <span role="status" class="note">${o.status}</span>
          </div>`
        : nothing
    }
  </footer>`;
}
