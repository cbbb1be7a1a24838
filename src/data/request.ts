/**
 * Resolves the widget's attributes against the dataset: unit ids, slugs or codes (a 2025 province's code or slug
 * brings its predecessors' plans: resolveUnits), indicator ids or group names, period and level. Returns what to
 * draw, or the first bad value with the valid ones.
 */
import type {Dataset, Level, Period, Unit} from './schema.js';
import {LEVELS, PERIOD_PATTERN} from './constants.js';
import {compareText, periodsIn, periodsWithRows, targetsOn} from './queries.js';
import {resolveUnits} from './units.js';
import {DEFAULT_INDICATOR} from './constants.js';

export const VIEWS = ['attainment', 'periods', 'units', 'table'] as const;
export type View = (typeof VIEWS)[number];

export interface Attributes {
  view?: string | null;
  unit?: string | null;
  indicator?: string | null;
  period?: string | null;
  level?: string | null;
}

export interface Request {
  view: View;
  /**
   * The units whose plans (or reported results) are drawn: for a 2025 province, its predecessors that have plans
   * ("19" Thái Nguyên → Bắc Kạn 06); the unit itself when none has.
   */
  units: Unit[];
  /** The units the `unit` attribute named, one per key (Thái Nguyên 19@2025 for "19"). */
  asked: Unit[];
  /**
   * Set when a key was read as a 2025 province and what is drawn carries another name (Bắc Kạn for "19"), for a
   * note: the 2025 province's name, unit_id and the date it took over.
   */
  via: {asked: string; name: string; unit_id: string; from: string | null} | null;
  indicators: string[] | null;
  period: Period | null;
  level: Level;
  /** periods view: one unit indicator by indicator, or one indicator across all plans. */
  form: 'unit' | 'indicator';
}

export type RequestError =
  | {
      code: 'unknown-view' | 'unknown-unit' | 'unknown-indicator' | 'unknown-period' | 'unknown-level';
      value: string;
      valid: string[];
    }
  | {code: 'no-plan'; value: string; valid: string[]; unit: Unit};

const list = (s: string | null | undefined) =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim().normalize('NFC'))
    .filter(Boolean);

export function resolveRequest(
  ds: Dataset,
  a: Attributes,
): {ok: true; request: Request} | {ok: false; error: RequestError} {
  const view = (a.view?.trim() || 'attainment') as View;
  if (!VIEWS.includes(view)) return {ok: false, error: {code: 'unknown-view', value: a.view!, valid: [...VIEWS]}};

  const level = (a.level?.trim() || 'province') as Level;
  if (!LEVELS.includes(level)) return {ok: false, error: {code: 'unknown-level', value: a.level!, valid: [...LEVELS]}};

  let via: Request['via'] = null;
  const units: Unit[] = [];
  const asked: Unit[] = [];
  const withRows = (u: Unit) => periodsWithRows(ds, u.unit_id).length > 0;
  for (const u of list(a.unit)) {
    const r = resolveUnits(ds, u);
    if (!r) {
      return {
        ok: false,
        error: {
          code: 'unknown-unit',
          value: u,
          valid: ds.units.filter(withRows).map((x) => `${x.unit_id} (${x.slug})`),
        },
      };
    }
    asked.push(r.unit);
    const drawn = r.members.filter(withRows);
    const show = drawn.length ? drawn : [r.unit];
    for (const x of show) if (!units.includes(x)) units.push(x);
    if (r.successor) via ??= {asked: u, name: r.successor.name, unit_id: u, from: r.successor.from};
    else if (show.some((x) => x.name !== r.unit.name))
      via ??= {asked: u, name: r.unit.name, unit_id: r.unit.unit_id, from: r.unit.valid_from ?? show[0].successor_from};
  }

  let indicators: string[] | null = null;
  const askedIndicators = list(a.indicator);
  if (askedIndicators.length) {
    indicators = [];
    for (const i of askedIndicators) {
      if (ds.indicators.some((x) => x.indicator_id === i)) indicators.push(i);
      else if (ds.groups.some((g) => g.group_id === i))
        indicators.push(...ds.indicators.filter((x) => x.group === i).map((x) => x.indicator_id));
      else
        return {
          ok: false,
          error: {
            code: 'unknown-indicator',
            value: i,
            valid: [...ds.groups.map((g) => g.group_id), ...ds.indicators.map((x) => x.indicator_id)],
          },
        };
    }
  }

  let period: Period | null = null;
  if (a.period?.trim()) {
    const p = a.period.trim().replace('–', '-');
    const known = periodsIn(ds);
    if (!PERIOD_PATTERN.test(p) || !known.includes(p))
      return {ok: false, error: {code: 'unknown-period', value: a.period, valid: known}};
    period = p;
  }

  // Defaults: the national level for a chart of "whose plan", the flagship indicator for a comparison.
  if (!units.length && (view === 'attainment' || view === 'table')) {
    const vn = ds.units.find((u) => u.unit_id === 'VN')!;
    units.push(vn);
    asked.push(vn);
  }
  const form: Request['form'] = view === 'periods' && !units.length ? 'indicator' : 'unit';
  if ((view === 'units' || form === 'indicator') && !indicators) indicators = [DEFAULT_INDICATOR];

  if (view === 'attainment' || view === 'table') {
    const have = periodsWithRows(
      ds,
      units.map((u) => u.unit_id),
    );
    // A unit the dataset knows but that has no plan and no result in it (a province listed for the 2025 reorganization).
    if (!have.length) return {ok: false, error: {code: 'no-plan', value: '', valid: [], unit: units[0]}};
    if (period && !have.includes(period))
      return {ok: false, error: {code: 'no-plan', value: period, valid: have, unit: units[0]}};
    period ??= have.at(-1) ?? null;
  }
  if (view === 'units' && !period) {
    // The latest period in which units of the level can be read against a national target (2021-2025 for commune
    // coverage, not 2026-2035 where only Hà Nội has a plan), else the latest with targets of the level.
    const ts = indicators!.flatMap((id) => targetsOn(ds, id));
    const withLevel = new Set(ts.filter((t) => t.level === level).map((t) => t.period));
    const national = ts.filter((t) => t.unit_id === 'VN' && withLevel.has(t.period)).map((t) => t.period);
    period =
      [...national].sort(compareText).at(-1) ?? [...withLevel].sort(compareText).at(-1) ?? periodsIn(ds).at(-1) ?? null;
  }
  return {ok: true, request: {view, units, asked, via, indicators, period, level, form}};
}

/**
 * The periods view of a unit with one period, in its indicator form (the reader asked for it where the unit has
 * only one period to compare): the indicators asked for, or the flagship one.
 */
export function indicatorForm(request: Request): Request {
  return {...request, view: 'periods', form: 'indicator', indicators: request.indicators ?? [DEFAULT_INDICATOR]};
}
