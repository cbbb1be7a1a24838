/**
 * The chart's rows for the keyboard and for screen readers: over each drawn panel, a list of its rows as HTML
 * (`role="listbox"`, one `role="option"` per row, laid at the row's band in pixels), with a roving tabindex across
 * every panel, so the chart is one tab stop. Arrow keys (Up/Down, Left/Right) walk the rows, Home/End jump,
 * Enter/Space select (the selection panel opens). Each option's name says the row's label, its target in words,
 * its result and its status, in the widget's language.
 *
 * Why HTML options laid over the SVG, and not a focusable SVG with aria-activedescendant: whatever draws the marks
 * owns its SVG (Vega's today: it writes its own elements and attributes, and the SVG is aria-hidden), so the rows'
 * semantics live beside it, in elements of ours that any renderer leaves alone (laid after the SVG once it is drawn,
 * taken down with it); an option with real focus is scrolled to and outlined by the browser itself; and a listbox
 * puts screen readers into focus mode, so the arrows reach the widget. The options take no pointer: the mouse still
 * hovers and clicks the marks.
 * Loaded with the chart engine (vega-runtime.ts), not with the first content; its styles are the body's (body.ts).
 */
import {MESSAGES, type Lang} from '../i18n/index.js';
import type {ChartRow} from '../charts/rows.js';

/** A panel's rows as drawn: each with its band (px, from the top of the chart's plot) and what Enter selects. */
export interface KeyPanel {
  label: string;
  rows: ChartRow[];
  bands: {key: string; y: number; y2: number}[];
  width: number;
  /** The tooltip of a target (the panel's). */
  tip(id: string): Record<string, string> | undefined;
}

/** Where Vega's plot starts inside its container (the specs' padding, src/charts/rows.ts `sceneFrame`). */
export const PLOT_LEFT = 4;
export const PLOT_TOP = 4;

/**
 * The row each widget's keyboard stop was on when its lists were taken down (a redraw after a resize, a move), and
 * whether it had focus: the new lists start there, and take focus back if the old ones had it.
 */
const kept = new WeakMap<Node, {panel: number; key: string; focused: boolean}>();

const lower = (s: string, lang: Lang) => s.toLocaleLowerCase(lang);

/**
 * What a screen reader says of a row: "Tỷ lệ xã …: chỉ tiêu ít nhất 70%, đến 2025; kết quả 74,5% (tính đến
 * 31/12/2024); đạt". From the row's one target's tooltip (target, deadline, result, status) where the row is one
 * target's; otherwise (a row comparing two periods) its label, figure and detail line as drawn.
 */
export function rowName(row: ChartRow, lang: Lang, tip: (id: string) => Record<string, string> | undefined): string {
  const m = MESSAGES[lang];
  const ids = [...new Set([...row.marks.map((k) => k.id), ...(row.select ? [row.select.id] : [])])];
  const t = ids.length === 1 ? tip(ids[0]) : undefined;
  if (!t?.[m.target]) {
    const rest = [row.value, row.detail.replaceAll(' · ', '; ')].filter(Boolean).join('; ');
    return rest ? `${row.label}: ${rest}` : row.label;
  }
  // The target in words: "ít nhất 70%", not "ít nhất ≥ 70%" (the symbol repeats the comparator).
  const target = t[m.target].replace(/[≥≤><]\u00a0/, '');
  const parts = [`${lower(m.target, lang)} ${target}${t[m.deadline] ? `, ${t[m.deadline]}` : ''}`];
  const status = t[m.statusLabel]?.replace(/^\S+\s/, '');
  if (t[m.result] && t[m.result] !== status) parts.push(`${lower(m.result, lang)} ${t[m.result]}`);
  if (t[m.period]) parts.push(`${lower(m.period, lang)} ${t[m.period]}`);
  if (t[m.notComparable]) parts.push(lower(m.notComparable, lang));
  if (status) parts.push(lower(status, lang));
  return `${row.label}: ${parts.join('; ')}`;
}

/**
 * Lays the rows' lists over the drawn panels (`containers`, one per panel). `select` is called with the target a
 * row selects and the row's option (where focus returns when the selection closes). Returns the option of a row
 * (a click on a mark selects from it), the band of a row in client coordinates (for the tooltip), and the teardown.
 */
export function rowKeys(
  containers: HTMLElement[],
  panels: KeyPanel[],
  lang: Lang,
  select: (id: string, from: HTMLElement) => void,
): {
  option(panel: number, key: string): HTMLElement | undefined;
  band(panel: number, key: string): {top: number; bottom: number} | undefined;
  remove(): void;
} {
  const m = MESSAGES[lang];
  const all: HTMLElement[] = [];
  const byKey = panels.map(() => new Map<string, HTMLElement>());
  const lists: HTMLElement[] = [];
  const ids = new WeakMap<HTMLElement, string>();
  let current: HTMLElement | undefined;
  const hintId = 'row-keys-hint';
  panels.forEach((p, k) => {
    const c = containers[k];
    if (!c) return;
    const list = document.createElement('div');
    list.className = 'keys';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', p.label);
    list.setAttribute('aria-describedby', hintId);
    // Styles through the CSSOM (a strict CSP refuses style attributes).
    list.style.left = `${PLOT_LEFT}px`;
    list.style.top = `${PLOT_TOP}px`;
    list.style.width = `${p.width}px`;
    const rows = new Map(p.rows.map((r) => [r.key, r]));
    for (const b of p.bands) {
      const row = rows.get(b.key);
      if (!row) continue;
      const o = document.createElement('div');
      o.setAttribute('role', 'option');
      o.setAttribute('aria-selected', 'false');
      o.tabIndex = -1;
      o.dataset.key = b.key;
      o.setAttribute('aria-label', rowName(row, lang, p.tip));
      // Two pixels of room around the band, so the ring does not touch the label's glyphs.
      o.style.left = '-3px';
      o.style.width = `${p.width + 6}px`;
      o.style.top = `${b.y - 3}px`;
      o.style.height = `${b.y2 - b.y + 6}px`;
      const id = row.select?.id ?? row.marks.find((mk) => mk.kind !== 'link')?.id ?? row.marks[0]?.id;
      if (id) ids.set(o, id);
      list.append(o);
      all.push(o);
      byKey[k].set(b.key, o);
    }
    if (!list.childElementCount) return;
    if (!lists.length) {
      const hint = document.createElement('p');
      hint.className = 'sr-only';
      hint.id = hintId;
      hint.textContent = m.rowKeysHint ?? '';
      list.before(hint);
      lists.push(hint);
    }
    c.append(list);
    lists.push(list);
  });
  const move = (to: HTMLElement | undefined) => {
    if (!to || to === current) return;
    if (current) {
      current.tabIndex = -1;
      current.setAttribute('aria-selected', 'false');
    }
    current = to;
    to.tabIndex = 0;
    to.setAttribute('aria-selected', 'true');
  };
  const root = containers[0]?.getRootNode();
  const was = root && kept.get(root);
  const start = (was && byKey[was.panel]?.get(was.key)) || all[0];
  move(start);
  if (root) kept.delete(root);
  // Focus comes back only where it was lost with the old lists, never taken from elsewhere on the page.
  const lost = !document.activeElement || document.activeElement === document.body;
  if (was?.focused && lost && start) start.focus({preventScroll: true});
  const onKey = (e: KeyboardEvent) => {
    const from = e.target as HTMLElement;
    const k = all.indexOf(from);
    if (k < 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    let to: HTMLElement | undefined;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        to = all[Math.min(k + 1, all.length - 1)];
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        to = all[Math.max(k - 1, 0)];
        break;
      case 'Home':
        to = all[0];
        break;
      case 'End':
        to = all[all.length - 1];
        break;
      case 'Enter':
      case ' ': {
        e.preventDefault();
        const id = ids.get(from);
        if (id) select(id, from);
        return;
      }
      default:
        return;
    }
    e.preventDefault();
    move(to);
    to.focus();
  };
  const onFocus = (e: FocusEvent) => {
    const o = e.target as HTMLElement;
    if (all.includes(o)) move(o);
  };
  for (const l of lists) {
    l.addEventListener('keydown', onKey);
    l.addEventListener('focusin', onFocus);
  }
  return {
    option: (panel, key) => byKey[panel]?.get(key),
    band(panel, key) {
      const o = byKey[panel]?.get(key);
      if (!o) return undefined;
      const r = o.getBoundingClientRect();
      return {top: r.top, bottom: r.bottom};
    },
    remove() {
      const active = (root as ShadowRoot | Document | undefined)?.activeElement;
      const panel = byKey.findIndex((keys) => current && keys.get(current.dataset.key!) === current);
      if (root && current && panel >= 0)
        kept.set(root, {panel, key: current.dataset.key!, focused: active === current});
      for (const l of lists) l.remove();
    },
  };
}
