// The palettes (src/charts/palettes.ts): the same colours as the element's styles, status colours with at least 3:1
// contrast on both backgrounds, and the export theme (light by default, dark by choice, page overrides kept).
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {DEFAULT_THEME} from '../../src/charts/palettes.js';
import {DARK_THEME, contrastRatio, exportTheme, luminance} from '../../src/charts/export-palettes.js';
import type {Theme} from '../../src/charts/rows.js';

const css = readFileSync('src/components/plan-chart.styles.ts', 'utf8');
const darkBlock = css.slice(css.indexOf('@media screen and (prefers-color-scheme: dark)'));
const lightBlock = css.slice(0, css.indexOf('@media screen and (prefers-color-scheme: dark)'));
const VARS: [string, (t: Theme) => string][] = [
  ['text', (t) => t.text],
  ['muted', (t) => t.muted],
  ['background', (t) => t.background],
  ['zone', (t) => t.zone],
  ['track', (t) => t.track],
  ['grid', (t) => t.grid],
  ['target', (t) => t.target],
  ['met', (t) => t.status.met],
  ['not-met', (t) => t.status.not_met],
  ['not-due', (t) => t.status.not_due],
  ['no-data', (t) => t.status.no_data],
  ['before', (t) => t.periods.before],
  ['after', (t) => t.periods.after],
  ['national', (t) => t.national],
];
const declared = (block: string, name: string) =>
  new RegExp(`var\\(--plan-chart-${name}, (#[0-9a-f]{6})\\)`, 'i').exec(block)?.[1];

test('the light and dark palettes are the styles’ defaults', () => {
  for (const [name, get] of VARS) {
    assert.equal(get(DEFAULT_THEME), declared(lightBlock, name), `light ${name}`);
    assert.equal(get(DARK_THEME), declared(darkBlock, name), `dark ${name}`);
  }
});

test('status, period and reference colours keep 3:1 against the background in both palettes (WCAG 1.4.11)', () => {
  const ratios: Record<string, string> = {};
  for (const t of [DEFAULT_THEME, DARK_THEME]) {
    const marks = {...t.status, ...t.periods, national: t.national, target: t.target};
    for (const [k, c] of Object.entries(marks)) {
      const r = contrastRatio(c, t.background);
      ratios[`${t === DARK_THEME ? 'dark' : 'light'} ${k}`] = r.toFixed(2);
      assert.ok(r >= 3, `${k} ${c} on ${t.background}: ${r.toFixed(2)}`);
      // Bars sit on the track: still 3:1 there.
      assert.ok(contrastRatio(c, t.track) >= 3, `${k} on the track`);
    }
  }
  // The figures the README states.
  assert.deepEqual(
    [
      'light met',
      'light not_met',
      'light not_due',
      'light no_data',
      'dark met',
      'dark not_met',
      'dark not_due',
      'dark no_data',
    ].map((k) => ratios[k]),
    ['5.92', '5.18', '5.64', '4.83', '7.65', '7.14', '8.23', '6.91'],
  );
});

test('contrast ratios are WCAG’s: black on white 21, a colour on itself 1', () => {
  assert.equal(contrastRatio('#000', '#fff'), 21);
  assert.equal(contrastRatio('#0068a8', '#0068a8'), 1);
  assert.equal(luminance('#ffffff'), 1);
  assert.throws(() => luminance('red'), /not a hex colour: "red"/);
});

test('an export is light whatever the page’s scheme, dark when chosen; colours the page set are kept', () => {
  assert.deepEqual(exportTheme(DEFAULT_THEME, 'light', 'light'), DEFAULT_THEME);
  assert.deepEqual(exportTheme(DARK_THEME, 'dark', 'light'), DEFAULT_THEME);
  assert.deepEqual(exportTheme(DEFAULT_THEME, 'light', 'dark'), DARK_THEME);
  // A page that set --plan-chart-met (and its own font, over several lines as CSS gives it) keeps them.
  const page: Theme = {
    ...DARK_THEME,
    font: 'Roboto,\n      sans-serif',
    status: {...DARK_THEME.status, met: '#123456'},
  };
  const out = exportTheme(page, 'dark', 'light');
  assert.equal(out.status.met, '#123456');
  assert.equal(out.status.not_met, DEFAULT_THEME.status.not_met);
  assert.equal(out.background, '#ffffff');
  assert.equal(out.font, 'Roboto, sans-serif');
});
