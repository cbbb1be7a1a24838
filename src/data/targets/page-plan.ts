/**
 * A plan given by the page (src/data/targets/input.ts) as a small dataset the views draw with their own code: one
 * unit (the page's), one plan per distinct plan metadata (two for the periods view), one indicator per distinct
 * label, each target with its quote as an objective, and the results given beside the targets as page results.
 * Pure, no DOM: tested in Node.
 */
import type {Dataset, Indicator, Level, Plan, Target, Unit} from '../schema.js';
import type {UnitKind} from '../constants.js';
import type {ResultLike} from '../queries.js';
import {resolveRequest, type Attributes, type Request, type RequestError, type View} from '../request.js';
import {planKey, type PageTarget, type PlanMeta} from './input.js';

/** The words a page plan needs where the page gives none, per language (src/i18n/index.ts, `pagePlan`). */
export interface PagePlanNames {
  /** The unit's name when neither `plan-unit` nor the issuer names one ("Kế hoạch"). */
  unit: string;
  /** The plan's title when none is given. */
  untitled: string;
  /** The label of the one group of indicators. */
  group: string;
}

export interface PagePlanOptions {
  names: Record<'vi' | 'en', PagePlanNames>;
  /** What `version` says (the widget's dataset version, for its footer); default ''. */
  version?: string;
}

/** A dataset made of a page's plan: `page` says so (and what its rows are). */
export interface PagePlanDataset extends Dataset {
  page: {
    /** The one unit: the request's unit whatever the `unit` attribute says. */
    unit_id: string;
    /** How many targets the page's rows gave. */
    targets: number;
  };
}

/** The page's unit id: not a GSO code, so it never collides with one. */
export const PAGE_UNIT_ID = 'page';
/** The views a page plan can be drawn in (periods: with two plans or more). */
export const PAGE_VIEWS: readonly View[] = ['attainment', 'periods', 'table'];

/** A view that a page plan cannot be drawn in: the units comparison, or periods with one plan. */
export interface PageViewError {
  code: 'page-view';
  value: string;
  valid: string[];
  /** How many plans the page gave. */
  plans: number;
}

const KINDS: [RegExp, UnitKind, Level][] = [
  [/^(?:tỉnh)\s+(.+)$/iu, 'province', 'province'],
  [/^(?:thành phố|tp\.?)\s+(.+)$/iu, 'city', 'province'],
  [/^(?:huyện)\s+(.+)$/iu, 'district', 'district'],
];
/** Smaller units have no kind in the dataset: their name is written whole, with its word in English. */
const OTHER_WORDS: [RegExp, string][] = [
  [/^thị xã\s+/iu, 'town'],
  [/^thị trấn\s+/iu, 'township'],
  [/^quận\s+/iu, 'district'],
  [/^xã\s+/iu, 'commune'],
  [/^phường\s+/iu, 'ward'],
  [/^đặc khu\s+/iu, 'special zone'],
];

/** Latin letters without Vietnamese diacritics ("Quảng Trị" → "Quang Tri"), as the dataset's English names. */
export function plainLetters(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

const slugOf = (s: string) =>
  plainLetters(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The place an issuer is of ("UBND tỉnh Quảng Trị" → "tỉnh Quảng Trị", "Sở Y tế thành phố Huế" → "thành phố Huế"). */
export function placeOfIssuer(issuer: string): string | null {
  // "Xã hội" (social) is not a commune: "Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An" is of the province.
  const m = /(?:^|\s)((?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã(?!\s+hội)|phường|đặc khu)\s+\S.*)$/iu.exec(
    issuer.trim(),
  );
  return m ? m[1].trim() : null;
}

/** The page's unit, named by `plan-unit`, else by the issuer's place, else by the issuer, else "Kế hoạch". */
export function pageUnit(plans: PlanMeta[], names: PagePlanOptions['names']): Unit {
  const given = plans.map((p) => p.unit).find(Boolean);
  const issuer = plans.map((p) => p.issuer).find(Boolean);
  const place = given ?? (issuer ? (placeOfIssuer(issuer) ?? issuer) : null);
  const base = {
    unit_id: PAGE_UNIT_ID,
    code: PAGE_UNIT_ID,
    aliases: null,
    parent_id: null,
    valid_from: null,
    valid_to: null,
    unit_2025: null,
    successor_id: null,
    successor_name: null,
    successor_from: null,
    successor_note: null,
  };
  if (!place) {
    // "country" keeps a name whole ("Kế hoạch" / "Plan"), with no kind word before it.
    return {...base, slug: 'plan', name: names.vi.unit, name_en: names.en.unit, kind: 'country', level: 'province'};
  }
  for (const [re, kind, level] of KINDS) {
    const m = re.exec(place);
    if (m) return {...base, slug: slugOf(m[1]) || 'plan', name: m[1], name_en: plainLetters(m[1]), kind, level};
  }
  const name = place[0].toUpperCase() + place.slice(1);
  const other = OTHER_WORDS.find(([re]) => re.test(place));
  const name_en = other ? `${plainLetters(place.replace(other[0], ''))} ${other[1]}` : plainLetters(name);
  return {...base, slug: slugOf(place) || 'plan', name, name_en, kind: 'country', level: 'district'};
}

/**
 * The period of each plan, as the views group plans: a plan of several years is its own period; an annual plan
 * belongs to the page's plan of several years that holds it (a five-year plan and its annual plans are one series),
 * else to the years of the page's annual plans taken together (the 2024 and 2025 plans are a series, not two
 * "periods" of one year).
 */
export function periodsOf(spans: [number, number][]): string[] {
  const multi = spans.filter(([a, b]) => b > a);
  const lone = spans.filter(([a, b]) => a === b && !multi.some(([x, y]) => x <= a && a <= y)).map(([a]) => a);
  const loneSpan = lone.length ? `${Math.min(...lone)}-${Math.max(...lone)}` : '';
  return spans.map(([a, b]) => {
    if (b > a) return `${a}-${b}`;
    const holder = multi.find(([x, y]) => x <= a && a <= y);
    return holder ? `${holder[0]}-${holder[1]}` : loneSpan;
  });
}

/** Spreadsheet-style letters for an index (0 → a, 25 → z, 26 → aa): ids that fit the dataset's id patterns. */
function letters(k: number): string {
  let s = '';
  for (let n = k + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(97 + ((n - 1) % 26)) + s;
  return s;
}

const labelKey = (label: string) => label.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The dataset of a page's plan(s), and the results given beside the targets (page results, source_kind "page").
 * `targets` must be non-empty (what readTargets kept).
 */
export function pagePlanDataset(
  targets: PageTarget[],
  options: PagePlanOptions,
): {ds: PagePlanDataset; results: ResultLike[]} {
  if (!targets.length) throw new Error('page plan: no targets');
  const {names} = options;
  // Plans in order of first appearance.
  const byPlan = new Map<string, {meta: PlanMeta; targets: PageTarget[]}>();
  for (const t of targets) {
    const key = planKey(t.plan);
    const p = byPlan.get(key);
    if (p) p.targets.push(t);
    else byPlan.set(key, {meta: t.plan, targets: [t]});
  }
  const unit = pageUnit(
    [...byPlan.values()].map((p) => p.meta),
    names,
  );

  const spans = [...byPlan.values()].map(({meta, targets: ts}) => {
    const years = ts.map((t) => t.target_year);
    return meta.span ?? ([Math.min(...years), Math.max(...years)] as [number, number]);
  });
  const periods = periodsOf(spans);
  const plans: Plan[] = [...byPlan.values()].map(({meta}, k) => {
    const [start, end] = spans[k];
    return {
      plan_id: `page-${k + 1}`,
      title: meta.title ?? names.vi.untitled,
      title_en: meta.title ?? names.en.untitled,
      issuer: meta.issuer ?? meta.unit ?? '',
      unit_id: unit.unit_id,
      level: unit.level,
      period: periods[k],
      span_start: start,
      span_end: end,
      document_no: meta.document,
      issued_on: meta.date,
      parent: null,
      programme_basis: 'not_stated',
      source_file: '',
      source_sha256: '',
      source_kind: 'official',
      // The page gives its plan's targets as the plan states them: a whole target section.
      completeness: 'full',
      source_url: meta.url,
      notes: null,
    };
  });
  const planOfKey = new Map([...byPlan.keys()].map((key, k) => [key, plans[k]]));

  // One indicator per label, in order of first appearance.
  const indicatorOfLabel = new Map<string, Indicator>();
  const byLabel = new Map<string, PageTarget[]>();
  for (const t of targets) {
    const key = labelKey(t.label);
    byLabel.set(key, [...(byLabel.get(key) ?? []), t]);
  }
  let n = 0;
  for (const [key, ts] of byLabel) {
    const first = ts[0];
    // A ceiling ("không quá 5%") is met from below: lower is better when every target of the label is one.
    const lower = ts.every((t) => t.comparator === '<=');
    indicatorOfLabel.set(key, {
      indicator_id: `page.${letters(n++)}`,
      group: 'page',
      label_vi: first.label,
      label_en: first.label,
      measure: first.measure,
      denominator_vi: '',
      denominator_en: '',
      direction: lower ? 'lower_is_better' : 'higher_is_better',
      comparison: 'direct',
      comparability: null,
    });
  }

  const rows: Target[] = [];
  const results: ResultLike[] = [];
  const ids = new Map<string, number>();
  for (const t of targets) {
    const plan = planOfKey.get(planKey(t.plan))!;
    const indicator = indicatorOfLabel.get(labelKey(t.label))!;
    const id = `${plan.plan_id}:${indicator.indicator_id}`;
    const k = (ids.get(id) ?? 0) + 1;
    ids.set(id, k);
    const target: Target = {
      target_id: k === 1 ? id : `${id}:${k}`,
      plan_id: plan.plan_id,
      unit_id: unit.unit_id,
      period: plan.period,
      level: plan.level,
      indicator_id: indicator.indicator_id,
      scope: null,
      scope_en: null,
      comparator: t.comparator,
      value: t.value,
      value_max: t.value_max,
      measure: t.measure,
      counted: t.counted,
      counted_en: t.counted,
      target_year: t.target_year,
      recurrence: t.recurrence,
      section: t.section,
      section_role: 'objective',
      quote: t.quote,
      source_url: null,
      source_file: null,
      notes: null,
    };
    rows.push(target);
    if (t.result)
      results.push({
        result_id: `page#${t.line}`,
        target_id: target.target_id,
        unit_id: unit.unit_id,
        indicator_id: indicator.indicator_id,
        period: plan.period,
        result_kind: 'value',
        as_of: t.result.as_of,
        value: t.result.value,
        measure: t.measure,
        counted: t.counted,
        counted_en: t.counted,
        denominator: null,
        denominator_label: null,
        denominator_label_en: null,
        source_url: t.result.source_url,
        source_title: t.result.source_title,
        published_on: null,
        quote: null,
        source_kind: 'page',
        notes: null,
      });
  }

  const ds: PagePlanDataset = {
    version: options.version ?? '',
    units: [unit],
    programmes: [],
    plans,
    groups: [{group_id: 'page', order: 1, label_vi: names.vi.group, label_en: names.en.group}],
    indicators: [...indicatorOfLabel.values()],
    targets: rows,
    results: [],
    page: {unit_id: unit.unit_id, targets: rows.length},
  };
  return {ds, results};
}

/**
 * The widget's attributes read against a page plan: the page's unit whatever `unit` says; the units comparison
 * refused (one unit), and periods with a single plan (nothing to compare).
 */
export function resolvePageRequest(
  ds: PagePlanDataset,
  a: Attributes,
): {ok: true; request: Request} | {ok: false; error: RequestError | PageViewError} {
  const view = a.view?.trim() || 'attainment';
  const valid = ds.plans.length > 1 ? [...PAGE_VIEWS] : PAGE_VIEWS.filter((v) => v !== 'periods');
  if (view === 'units' || (view === 'periods' && ds.plans.length < 2))
    return {ok: false, error: {code: 'page-view', value: view, valid, plans: ds.plans.length}};
  return resolveRequest(ds, {...a, unit: ds.page.unit_id, level: null});
}
