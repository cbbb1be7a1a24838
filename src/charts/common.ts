/** Labels, tooltips and scales shared by the chart views. Pure functions of rows and options. */
import type {Dataset, Indicator, Measure, Plan, Target, Unit} from '../data/schema.js';
import {MEASURES} from '../data/constants.js';
import {planIndex} from '../data/queries.js';
import {unitFullName} from '../data/units.js';
import {MESSAGES, compareNames, formatDate, formatNumber, formatTarget, formatValue, type Lang} from '../i18n/index.js';
import type {ChartRow, RowChartOptions, RowMark, TextMeasure, Theme} from './rows.js';
import {axisTicks} from './ticks.js';
import {tooltips} from './tips.js';

export interface ChartContext {
  ds: Dataset;
  lang: Lang;
  theme: Theme;
  width: number;
  /** Measures text for wrapping labels (the widget uses a canvas). */
  measureText?: TextMeasure;
}

export interface Panel {
  measure: Measure;
  title: string;
  /** The targets drawn in this panel, in order (for the CSV export, the table and the tests). */
  targets: Target[];
  /** The chart's accessible description. */
  description: string;
  /**
   * What the chart draws (rows, domain, axis, theme), built on first read: the title and summary do not wait.
   * `rowChartSpec(options)` (src/charts/rows.ts, loaded with the chart engine) turns it into the Vega spec drawn.
   */
  readonly options: RowChartOptions;
  /** The tooltip of a target drawn in this panel (the spec's tooltips are target ids). */
  tooltip(id: string): Record<string, string> | undefined;
  /** Height to reserve before the spec is built. */
  estimatedHeight: number;
}

/** A panel whose chart is built when first read, with the description current at that time. */
export function lazyPanel(
  p: {measure: Measure; title: string; targets: Target[]; description: string},
  build: (description: string) => RowChartOptions,
  /** Height to reserve before the chart is laid out (default: 72 px a row, as a drawn row takes). */
  estimatedHeight = p.targets.length * 72 + 56,
): Panel {
  let options: RowChartOptions | undefined;
  let tips: ((id: string) => Record<string, string> | undefined) | undefined;
  return {
    ...p,
    estimatedHeight,
    get options() {
      return (options ??= build(this.description));
    },
    tooltip(id) {
      return (tips ??= tooltips(this.options.rows))(id);
    },
  };
}

interface Index {
  indicators: Map<string, Indicator>;
  units: Map<string, Unit>;
}
const indexes = new WeakMap<Dataset, Index>();

/** Lookups by id, built once per dataset (a units view over 700 districts makes thousands of them). */
function index(ds: Dataset): Index {
  let i = indexes.get(ds);
  if (!i) {
    i = {
      indicators: new Map(ds.indicators.map((x) => [x.indicator_id, x])),
      units: new Map(ds.units.map((x) => [x.unit_id, x])),
    };
    indexes.set(ds, i);
  }
  return i;
}

export const indicatorOf = (ds: Dataset, id: string): Indicator => index(ds).indicators.get(id)!;
export const planOf = (ds: Dataset, id: string): Plan => planIndex(ds.plans).get(id)!;
export const unitOf = (ds: Dataset, id: string): Unit => index(ds).units.get(id)!;

/** "Tỉnh Bắc Kạn" / "Bac Kan province"; inside a sentence "tỉnh Bắc Kạn", and "cấp quốc gia" / "the national level". */
export function unitName(ds: Dataset, id: string, lang: Lang, inSentence = false): string {
  const u = unitOf(ds, id);
  if (!u) return id;
  if (u.level === 'national')
    return inSentence ? (lang === 'vi' ? 'cấp quốc gia' : 'the national level') : MESSAGES[lang].national;
  // "Thành phố Hà Nội", "Tỉnh Quảng Trị (cũ)" for the province of before 1 July 2025 beside today's.
  return unitFullName(ds, u, lang, {inSentence, disambiguate: true});
}

const unitRanks = new WeakMap<Dataset, Partial<Record<Lang, Map<string, number>>>>();

/**
 * Compares unit ids by the units' display names in the language ("Tỉnh Bắc Kạn" before "Tỉnh Quảng Ngãi"): by the
 * order precomputed in the widget's dataset.json where it lists every unit, otherwise by collation keys.
 */
export function compareUnits(ds: Dataset, lang: Lang): (a: string, b: string) => number {
  let byLang = unitRanks.get(ds);
  if (!byLang) unitRanks.set(ds, (byLang = {}));
  let rank = byLang[lang];
  const order = ds.unit_order?.[lang];
  if (!rank && Array.isArray(order) && order.length === ds.units.length) {
    rank = byLang[lang] = new Map(order.map((id, k) => [id, k]));
    if (rank.size !== ds.units.length || ds.units.some((u) => !rank!.has(u.unit_id))) rank = byLang[lang] = undefined;
  }
  if (rank) {
    const r = rank;
    return (a, b) => r.get(a)! - r.get(b)!;
  }
  return (a, b) => compareNames(lang, unitName(ds, a, lang), unitName(ds, b, lang));
}

export function indicatorLabel(ind: Indicator, lang: Lang): string {
  return lang === 'vi' ? ind.label_vi : ind.label_en;
}

/** Indicator label plus what distinguishes this row from its neighbours: scope and milestone. */
export function targetLabel(ctx: ChartContext, t: Target, withScope = true): string {
  const m = MESSAGES[ctx.lang];
  const parts = [indicatorLabel(indicatorOf(ctx.ds, t.indicator_id), ctx.lang)];
  const scope = ctx.lang === 'vi' ? t.scope : t.scope_en;
  const extras: string[] = [];
  // The scope is shown unless the label already says it ("Xã, phường, thị trấn …" needs no "(xã, phường, thị trấn)").
  if (withScope && scope && !parts[0].toLowerCase().includes(scope.toLowerCase())) extras.push(scope);
  if (isMilestone(ctx.ds, t)) extras.push(m.milestone(t.target_year));
  if (extras.length) parts.push(`(${extras.join('; ')})`);
  return parts.join(' ');
}

/** A deadline before the plan's last year: a milestone (Tuyên Quang 2017, QĐ 361 2017). */
export function isMilestone(ds: Dataset, t: Target): boolean {
  const p = planOf(ds, t.plan_id);
  return t.recurrence === 'once' && !!p && t.target_year < p.span_end;
}

export function deadlineText(lang: Lang, t: Target): string {
  const m = MESSAGES[lang];
  if (t.recurrence === 'annual') return `${m.everyYear}, ${m.by(t.target_year)}`;
  if (t.recurrence === 'continuous') return `${m.throughout}, ${m.by(t.target_year)}`;
  return m.by(t.target_year);
}

/**
 * A plan's number as a reader can tell it is one: "07/KH-UBND" as it is; a bare number, which is all some pages
 * give ("Kế hoạch số 06"), as "số 06" / "No. 06". Null without a number.
 */
export function documentNo(lang: Lang, p: Plan): string | null {
  const no = p.document_no;
  return no && /^\d+$/.test(no) ? `${lang === 'vi' ? 'số' : 'No.'} ${no}` : no;
}

export function documentText(lang: Lang, p: Plan): string {
  const m = MESSAGES[lang];
  return `${documentNo(lang, p) ?? m.noDocNo}, ${p.issued_on ? formatDate(lang, p.issued_on) : m.noDate}`;
}

/** Tooltip of a target: value, comparator, deadline, and the verbatim quote with its document. */
export function targetTip(ctx: ChartContext, t: Target, extra: Record<string, string> = {}): Record<string, string> {
  const m = MESSAGES[ctx.lang];
  const p = planOf(ctx.ds, t.plan_id);
  const tip: Record<string, string> = {
    [m.target]: `${m.comparator[t.comparator]} ${formatTarget(ctx.lang, t)}`.trim(),
    [m.deadline]: deadlineText(ctx.lang, t),
    ...extra,
    [m.plan]: ctx.lang === 'vi' ? p.title : p.title_en,
    [m.document]: documentText(ctx.lang, p),
  };
  if (t.section)
    tip[m.section] =
      t.section +
      (t.section_role === 'task'
        ? ` (${m.roleTask})`
        : t.section_role === 'assignment'
          ? ` (${m.roleAssignment})`
          : '');
  if (p.source_kind === 'secondary') tip[m.source] = `${m.secondary}: ${t.source_url ?? p.source_url ?? ''}`;
  tip[m.quote] = `“${t.quote}”`;
  // The curators' notes (comparator and scope judgments) are written in Vietnamese.
  if (ctx.lang === 'vi' && t.notes) tip['Ghi chú'] = t.notes;
  return tip;
}

/** The x domain of a panel: 0-100 for percentages, otherwise up to a little past the largest figure. */
export function domainFor(measure: Measure, values: number[]): [number, number] {
  if (measure === 'percent') return [0, 100];
  const max = Math.max(1, ...values);
  const step = max <= 2 ? 0.5 : max <= 10 ? 1 : max <= 50 ? 5 : 10;
  return [0, Math.ceil((max * 1.25) / step) * step];
}

/** Counts and frequencies are whole numbers: their axes get no fractional ticks. */
export const integerTicks = (measure: Measure) =>
  measure === 'count' || measure === 'per_month' || measure === 'per_year';

/** The axis labels carry "%" only; the axis title names the other measures ("Số lần mỗi tháng"). */
export function axisSuffix(measure: Measure): string {
  return measure === 'percent' || measure === 'annual_change_percent' ? '%' : '';
}

export const measureOrder = (a: Measure, b: Measure) => MEASURES.indexOf(a) - MEASURES.indexOf(b);

/** How a view draws a target (see `targetMarks`). */
export interface MarkStyle {
  color: string;
  /** Hollow marks: a unit that counts something else, a target of the earlier period. */
  filled?: boolean;
  /** The band from a floor (or ceiling) to the end of the axis; none: the floor is its mark alone. */
  band?: string;
  /** The band between a range's bounds (default: `band`, else `color`). */
  rangeBand?: string;
  /** A range's bounds: a rule at each end (default), or one mark at its lower bound. */
  rangeEnds?: 'rules' | 'point';
  /** The point's shape: by comparator (▶ floor, ◀ ceiling, ◆ a bare figure), or a circle whatever it says. */
  shape?: 'comparator' | 'circle';
}

/**
 * The marks of one target, for every view: a floor ("ít nhất") as ▶ (with its band), a ceiling as ◀, a range as a
 * band between its bounds, a bare figure as ◆ — or, in the periods view, a circle.
 */
export function targetMarks(t: Target, domain: [number, number], style: MarkStyle, tip: RowMark['tip']): RowMark[] {
  const id = t.target_id;
  const {color, filled = true, band, rangeEnds = 'rules', shape = 'comparator'} = style;
  const point = (s: NonNullable<RowMark['shape']>): RowMark => ({
    kind: 'point',
    x: t.value,
    shape: shape === 'circle' ? 'circle' : s,
    color,
    filled,
    tip,
    id,
  });
  const rule = (x: number): RowMark => ({kind: 'rule', x, color, tip, id});
  switch (t.comparator) {
    case '>=':
    case '>':
      return band
        ? [{kind: 'zone', x: t.value, x2: domain[1], color: band, tip, id}, rule(t.value), point('triangle-right')]
        : [point('triangle-right')];
    case '<=':
      return band
        ? [{kind: 'zone', x: domain[0], x2: t.value, color: band, tip, id}, rule(t.value), point('triangle-left')]
        : [point('triangle-left')];
    case 'range': {
      const max = t.value_max ?? t.value;
      const zone: RowMark = {kind: 'zone', x: t.value, x2: max, color: style.rangeBand ?? band ?? color, tip, id};
      return rangeEnds === 'rules' ? [zone, rule(t.value), rule(max)] : [zone, point('triangle-right')];
    }
    case '=':
      return [point('diamond')];
  }
}

/**
 * One panel per measure (percent, count, per month… are never drawn on one axis), and per thing counted among counts
 * (5.300 people and 3 TV reports never share an axis either), in the measures' order: the items of each panel, and
 * the chart built from them when first read.
 */
export function panelsByMeasure<T>(
  ctx: ChartContext,
  items: T[],
  targetOf: (item: T) => Pick<Target, 'measure' | 'counted' | 'counted_en' | 'value' | 'value_max' | 'indicator_id'>,
  targetsOf: (inPanel: T[]) => Target[],
  description: string,
  chart: (inPanel: T[], measure: Measure, description: string) => RowChartOptions,
  /**
   * How counts of one thing are split further: by order of magnitude (a unit's 5.300 residents and 100.000 students
   * on one axis would leave the first a sliver), by indicator (a series of one indicator's plans), or not at all
   * (units compared on one count).
   */
  counts: 'magnitude' | 'indicator' | 'none' = 'magnitude',
): Panel[] {
  const counted = (x: T) => {
    const t = targetOf(x);
    if (t.measure !== 'count') return '';
    const what = (ctx.lang === 'vi' ? t.counted : (t.counted_en ?? t.counted)) ?? '';
    const extra =
      counts === 'magnitude'
        ? Math.floor(Math.log10(Math.max(1, t.value_max ?? t.value)))
        : counts === 'indicator'
          ? t.indicator_id
          : '';
    return `${what}|${extra}`;
  };
  const key = (x: T) => `${targetOf(x).measure}|${counted(x)}`;
  const keys = [...new Set(items.map(key))].sort((a, b) =>
    measureOrder(a.split('|')[0] as Measure, b.split('|')[0] as Measure),
  );
  return keys.map((k) => {
    const [measure, what] = k.split('|') as [Measure, string, string];
    const inPanel = items.filter((x) => key(x) === k);
    const title = MESSAGES[ctx.lang].measure[measure] + (what ? `: ${what}` : '');
    return lazyPanel({measure, title, targets: targetsOf(inPanel), description}, (description) =>
      chart(inPanel, measure, description),
    );
  });
}

export {formatValue, formatTarget};

/** The chart of one panel: axis, ticks, width, theme and text measuring follow from the context and the measure. */
export function panelOptions(
  ctx: ChartContext,
  measure: Measure,
  rows: ChartRow[],
  domain: [number, number],
  description: string,
  extra: Pick<RowChartOptions, 'references' | 'sections'> = {},
): RowChartOptions {
  return {
    rows,
    domain,
    ticks: axisTicks(domain, Math.max(2, Math.min(6, Math.floor(ctx.width / 80))), integerTicks(measure) ? 1 : 0).map(
      (value) => ({value, label: formatNumber(ctx.lang, value, 2) + axisSuffix(measure)}),
    ),
    measureText: ctx.measureText,
    axisTitle: MESSAGES[ctx.lang].measure[measure],
    width: ctx.width,
    theme: ctx.theme,
    description,
    ...extra,
  };
}
