/**
 * The dark palette and the exports' choice of palette (`exportTheme`), with the contrast figures that keep the status
 * colours apart on both. Apart from the light defaults (src/charts/palettes.ts) because only the exports read them:
 * a module shared by the first content and a chunk is carried whole by the first content.
 */
import {DEFAULT_THEME} from './palettes.js';
import type {Theme} from './rows.js';

/** The dark defaults of the styles' `@media screen and (prefers-color-scheme: dark)` block. */
export const DARK_THEME: Theme = {
  ...DEFAULT_THEME,
  text: '#e8ebef',
  muted: '#a9b2bc',
  track: '#252b33',
  grid: '#39414b',
  target: '#e8ebef',
  zone: '#1f3a56',
  background: '#15191e',
  status: {met: '#56b4e9', not_met: '#f08a5d', not_due: '#d7a0cc', no_data: '#9aa3ad'},
  periods: {before: '#f0a050', after: '#56b4e9'},
  national: '#c9a0f0',
};

export type Scheme = 'light' | 'dark';

export const PALETTES: Record<Scheme, Theme> = {light: DEFAULT_THEME, dark: DARK_THEME};

type Colours = Omit<Theme, 'font' | 'fontSize'>;
const norm = (c: string) => c.trim().toLowerCase();

/**
 * The theme of an export in the scheme chosen, from the theme the widget reads on the page (`current`, in the
 * page's scheme `pageScheme`): every colour still at the page scheme's default takes the chosen palette's; a colour
 * the page set itself (`--plan-chart-met: #123` on the host) is kept. Font and size are the page's.
 */
export function exportTheme(current: Theme, pageScheme: Scheme, choice: Scheme): Theme {
  const from = PALETTES[pageScheme];
  const to = PALETTES[choice];
  const pick = (c: string, f: string, t: string) => (norm(c) === norm(f) ? t : c);
  const pickAll = <T extends Record<string, string>>(c: T, f: T, t: T): T =>
    Object.fromEntries(Object.keys(c).map((k) => [k, pick(c[k], f[k], t[k])])) as T;
  const colours: Colours = {
    text: pick(current.text, from.text, to.text),
    muted: pick(current.muted, from.muted, to.muted),
    track: pick(current.track, from.track, to.track),
    grid: pick(current.grid, from.grid, to.grid),
    target: pick(current.target, from.target, to.target),
    zone: pick(current.zone, from.zone, to.zone),
    background: pick(current.background, from.background, to.background),
    status: pickAll(current.status, from.status, to.status),
    periods: pickAll(current.periods, from.periods, to.periods),
    national: pick(current.national, from.national, to.national),
  };
  // The font list as the CSS has it may span lines: one line in an SVG attribute.
  return {font: current.font.replace(/\s+/g, ' ').trim(), fontSize: current.fontSize, ...colours};
}

/** WCAG 2 relative luminance of a #rgb or #rrggbb colour. */
export function luminance(hex: string): number {
  let h = hex.trim().replace(/^#/, '');
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  if (!/^[0-9a-f]{6}$/i.test(h)) throw new Error(`not a hex colour: "${hex}"`);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours (1 to 21). Graphics need 3:1 against what they sit on (SC 1.4.11). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
