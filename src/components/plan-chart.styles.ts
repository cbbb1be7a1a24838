/**
 * The element's styles: one constructable stylesheet in its shadow root (no <style> injected, so a strict
 * style-src holds), custom properties with light and dark defaults, and resets against hostile page CSS.
 */
import {css} from 'lit';

export const styles = css`
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
  /* Width from the container, never from the content (see controllers/host-size-controller.ts): the content is
       size-contained in the inline axis, so neither a long title nor a drawn chart can widen a table cell, a float
       or a flex item; the host's intrinsic widths come from the strut alone. */
  .root {
    contain: inline-size;
    min-width: 0;
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
  /* On screen only: a dark page prints light, as paper is. */
  @media screen and (prefers-color-scheme: dark) {
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
  /* Sixteen 40 px boxes that may wrap: min-content 40 px, max-content 640 px (DEFAULT_WIDTH), no height. */
  .strut {
    display: block;
    height: 0;
    overflow: hidden;
    visibility: hidden;
    font-size: 0;
    line-height: 0;
  }
  .strut i {
    display: inline-block;
    width: 40px;
    height: 0;
  }
  /* A column narrower than a phone (a 300 px sidebar): less padding, so the chart keeps its width. */
  .root.tight {
    padding: 8px 6px;
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
  /* What the reader must know about where the figures come from: never hidden, never muted. */
  .notice {
    margin: 0 0 0.6em;
    padding: 0.4em 0.6em;
    border-left: 4px solid var(--_not-due);
    background: var(--_track);
    color: var(--_text);
    font-size: 0.92em;
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
  .message details summary {
    cursor: pointer;
    color: var(--_accent);
    margin: 0.3em 0 0;
  }
  .message details ul {
    max-height: 16em;
    overflow-y: auto;
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
  slot {
    display: none;
  }
  /* Printed before the chart is drawn: no loading message over a blank box (body.ts has the body's print styles). */
  @media print {
    .pending,
    .loading {
      display: none;
    }
    slot {
      display: contents;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 0.15s;
    }
  }
`;
