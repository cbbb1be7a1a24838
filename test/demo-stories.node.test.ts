// The home page's stories (demo/index.html) say what their charts show: each story's claim (`data-claim`) is
// checked against the rows its <plan-chart> draws, and every figure its headline and text give, in both languages,
// is a figure of those rows. "Huế nâng chỉ tiêu" over a chart with lowered targets fails here.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {buildView} from '../src/charts/build.js';
import {DEFAULT_THEME} from '../src/charts/palettes.js';
import type {ViewModel} from '../src/charts/views/view.js';
import {resolveRequest, type Attributes} from '../src/data/request.js';
import {checkDataset} from '../src/data/validate.js';
import {formatNumber, type Lang} from '../src/i18n/index.js';
import {readCheckInput} from '../scripts/lib/read-data.js';
import '../src/i18n/en.js';

const ds = checkDataset(readCheckInput()).dataset!;
const page = readFileSync('demo/index.html', 'utf8');

interface Claim {
  /** How many rows have each status (attainment). */
  statuses?: Partial<Record<'met' | 'not_met' | 'not_due' | 'no_data', number>>;
  /** The one direction every comparable change shown takes (periods), at least once. */
  change?: 'raised' | 'lowered';
  /** How many rows the chart shows (units). */
  count?: number;
  /** A row's value, by target id or plan id. */
  values?: Record<string, number>;
}

interface Story {
  claim: Claim;
  attrs: Attributes;
  texts: Record<Lang, string>;
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

function stories(): Story[] {
  return [...page.matchAll(/<article\s+class="story"\s+data-claim='([^']*)'\s*>([\s\S]*?)<\/article>/g)].map((m) => {
    const body = m[2];
    const tag = body.match(/<plan-chart\b[^>]*>/)![0];
    const attrs = Object.fromEntries(
      ['unit', 'view', 'indicator', 'period', 'level']
        .map((k) => [k, attr(tag, k)])
        .filter((kv): kv is [string, string] => kv[1] !== undefined),
    ) as Attributes;
    const texts = {vi: '', en: ''};
    for (const lang of ['vi', 'en'] as const)
      texts[lang] = [...body.matchAll(new RegExp(`data-${lang}="([^"]*)"`, 'g'))].map((x) => x[1]).join(' ');
    return {claim: JSON.parse(m[1]) as Claim, attrs, texts};
  });
}

function model(s: Story, lang: Lang): ViewModel {
  const r = resolveRequest(ds, {...s.attrs, lang} as Attributes);
  assert.ok(r.ok, JSON.stringify(s.attrs));
  return buildView({ds, lang, theme: DEFAULT_THEME, width: 600}, r.request, []);
}

/**
 * The figures a text gives, less what is not a figure of a row: document numbers ("07/KH-UBND", "361/QĐ-TTg"),
 * dates, years and periods.
 */
function figures(text: string, lang: Lang): number[] {
  const rest = text
    .replace(/\d+\/[A-ZĐ][\w-]*(\/[A-ZĐ][\w-]*)*/g, ' ')
    .replace(/\d{1,2}\/\d{1,2}\/\d{4}/g, ' ')
    .replace(/\b(19|20)\d{2}(-(19|20)\d{2})?\b/g, ' ')
    .replace(
      /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
      ' ',
    );
  const group = lang === 'vi' ? '.' : ',';
  return [...rest.matchAll(/\d[\d.,]*/g)].map((x) => {
    const s = x[0].replace(/[.,]$/, '');
    return Number(s.split(group).join('').replace(',', '.'));
  });
}

test('the home page has its stories, the first about results', () => {
  const all = stories();
  assert.ok(all.length >= 4, `${all.length} stories`);
  const first = model(all[0], 'vi');
  assert.ok(
    first.rows.some((r) => r.result),
    'the first story shows reported results',
  );
});

for (const [k, s] of stories().entries()) {
  test(`story ${k + 1} (${JSON.stringify(s.attrs)}) says what its chart shows`, () => {
    for (const lang of ['vi', 'en'] as const) {
      const m = model(s, lang);
      assert.ok(m.rows.length > 0, 'the chart shows rows');
      if (s.claim.statuses)
        for (const [status, n] of Object.entries(s.claim.statuses))
          assert.equal(m.rows.filter((r) => r.status === status && r.result).length, n, `${status} rows`);
      if (s.claim.count !== undefined) {
        assert.equal(m.rows.length, s.claim.count, 'rows shown');
        assert.ok(s.texts[lang].includes(String(s.claim.count)), `the text gives the count ${s.claim.count}`);
      }
      if (s.claim.change) {
        const other = s.claim.change === 'raised' ? 'lowered' : 'raised';
        const changes = (m.changes ?? []).filter((c) => c.comparable);
        assert.ok(
          changes.some((c) => c.change === s.claim.change),
          `at least one target ${s.claim.change}: ${JSON.stringify(m.changes)}`,
        );
        assert.deepEqual(
          changes.filter((c) => c.change === other).map((c) => c.target_id),
          [],
          `no target ${other} in a story that says ${s.claim.change}`,
        );
      }
      for (const [id, value] of Object.entries(s.claim.values ?? {})) {
        const row = m.rows.find((r) => r.target_id === id || r.plan_id === id);
        assert.ok(row, `${id} is drawn`);
        assert.equal(row.value, value, id);
        assert.ok(s.texts[lang].includes(formatNumber(lang, value)), `the text gives ${id}'s ${value}`);
      }
      // Every figure of the headline and text is one the chart shows: a target, a result, or the count of rows.
      const shown = new Set([
        m.rows.length,
        ...m.rows.flatMap((r) => [r.value, r.value_max ?? r.value, r.result?.value ?? r.value]),
      ]);
      for (const f of figures(s.texts[lang], lang))
        assert.ok(shown.has(f), `${lang}: ${f} in "${s.texts[lang]}" is not a figure of the chart (${[...shown]})`);
    }
  });
}

test('a headline of change over a chart that does not show it fails', () => {
  // Huế's whole series (2 raised, 2 lowered): "Huế nâng chỉ tiêu" over it is what the check refuses.
  const r = resolveRequest(ds, {unit: 'hue', view: 'periods'});
  assert.ok(r.ok);
  const m = buildView({ds, lang: 'vi', theme: DEFAULT_THEME, width: 600}, r.request, []);
  const lowered = (m.changes ?? []).filter((c) => c.comparable && c.change === 'lowered');
  assert.ok(lowered.length > 0, 'Huế lowered some targets across its plans');
});
