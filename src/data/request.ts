/**
 * Resolves the widget's attributes against the dataset: unit ids or slugs (or a 2025 successor's code),
 * indicator ids or group names, period and level. Returns what to draw, or the first bad value with the valid ones.
 */
import type {Dataset, Level, Period, Unit} from './schema.js';
import {LEVELS, PERIODS} from './constants.js';
import {periodsOf, targetsOn} from './queries.js';
import {DEFAULT_INDICATOR} from './dataset-info.js';

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
  units: Unit[];
  /** Units asked for by a successor code (e.g. "19" Thái Nguyên → Bắc Kạn), for a note. */
  via: {asked: string; name: string; from: string | null} | null;
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
  for (const u of list(a.unit)) {
    const key = u.toLowerCase();
    const found = ds.units.find((x) => x.unit_id.toLowerCase() === key || x.slug === key);
    if (found) {
      units.push(found);
      continue;
    }
    const heirs = ds.units.filter(
      (x) => x.successor_id?.split(';').includes(u) && ds.plans.some((p) => p.unit_id === x.unit_id),
    );
    if (heirs.length) {
      units.push(...heirs);
      via = {asked: u, name: heirs[0].successor_name ?? u, from: heirs[0].successor_from};
      continue;
    }
    return {
      ok: false,
      error: {
        code: 'unknown-unit',
        value: u,
        valid: ds.units
          .filter((x) => ds.plans.some((p) => p.unit_id === x.unit_id))
          .map((x) => `${x.unit_id} (${x.slug})`),
      },
    };
  }

  let indicators: string[] | null = null;
  const asked = list(a.indicator);
  if (asked.length) {
    indicators = [];
    for (const i of asked) {
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
    const p = a.period.trim().replace('–', '-') as Period;
    if (!PERIODS.includes(p)) return {ok: false, error: {code: 'unknown-period', value: a.period, valid: [...PERIODS]}};
    period = p;
  }

  // Defaults: the national level for a chart of "whose plan", the flagship indicator for a comparison.
  if (!units.length && (view === 'attainment' || view === 'table'))
    units.push(ds.units.find((u) => u.unit_id === 'VN')!);
  const form: Request['form'] = view === 'periods' && !units.length ? 'indicator' : 'unit';
  if ((view === 'units' || form === 'indicator') && !indicators) indicators = [DEFAULT_INDICATOR];

  if (view === 'attainment' || view === 'table') {
    const have = [...new Set(units.flatMap((u) => periodsOf(ds, u.unit_id)))].sort();
    // A unit the dataset knows but that issued no plan (a province listed for the 2025 reorganization).
    if (!have.length) return {ok: false, error: {code: 'no-plan', value: '', valid: [], unit: units[0]}};
    if (period && !have.includes(period))
      return {ok: false, error: {code: 'no-plan', value: period, valid: have, unit: units[0]}};
    period ??= have.at(-1) ?? null;
  }
  if (view === 'units' && !period) {
    const ps = indicators!
      .flatMap((id) => targetsOn(ds, id))
      .filter((t) => t.level === level)
      .map((t) => t.period);
    period = [...ps].sort().at(-1) ?? PERIODS[PERIODS.length - 1];
  }
  return {ok: true, request: {view, units, via, indicators, period, level, form}};
}
