/**
 * The templates of a widget's first content: plain functions of explicit inputs (no `this`). The body's (controls,
 * legend, chart, table, selection, footer) are in body.ts, which loads beside the first content.
 */
import {html, nothing} from 'lit';
import type {ViewModel} from '../charts/build.js';
import {MESSAGES, type Lang} from '../i18n/index.js';
import type {PlanChartErrorDetail} from './events.js';

type Messages = (typeof MESSAGES)[Lang];

/** The loading message; printed, the page's own content of the element instead (its fallback paragraph). */
export const loadingView = (m: Messages) =>
  html`<p class="message loading" part="message" role="status">${m.loading}</p>
    <slot></slot>`;

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
