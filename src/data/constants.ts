/** The dataset's enumerations, without zod: the widget imports these; only build-time code and the research API load zod. */
export const LEVELS = ['national', 'province', 'district'] as const;
/**
 * @deprecated The two programme periods of dataset 1.0. Periods are open values since 1.1.0 (`YYYY-YYYY`, listed in
 * programmes.csv): derive them from the data with `periodsIn(ds)` or `periodsOf(ds, unit)` (src/data/queries.ts).
 */
export const PERIODS = ['2016-2020', '2021-2025'] as const;
/** A programme period, `YYYY-YYYY` (programmes.period): 2016-2020, 2021-2025, 2026-2035 … */
export const PERIOD_PATTERN = /^(\d{4})-(\d{4})$/;
export const MEASURES = ['percent', 'count', 'per_month', 'per_year', 'annual_change_percent'] as const;
export const COMPARATORS = ['>=', '>', '=', '<=', 'range'] as const;
/** How a reported figure relates to what happened: "=" the figure, ">" more than it ("hơn 10.600"), "<" less than it. */
export const RESULT_COMPARATORS = ['=', '>', '>=', '<', '<='] as const;
/** "neutral": a stock or context figure (e.g. how many businesses there are); no target uses such an indicator. */
export const DIRECTIONS = ['higher_is_better', 'lower_is_better', 'neutral'] as const;
export const RECURRENCES = ['once', 'annual', 'continuous'] as const;
export const SECTION_ROLES = ['objective', 'task', 'assignment'] as const;
export const SOURCE_KINDS = ['official', 'secondary'] as const;
/** Whether the dataset holds a plan's whole target section ("full") or what a page quotes of it ("excerpt"). */
export const PLAN_COMPLETENESS = ['full', 'excerpt'] as const;
/**
 * "value": the indicator's own value for the unit; "units_meeting_target": how many subordinate units met the
 * target; "units_with_activity": how many (or what share of) subordinate units report the activity at all;
 * "count_context": a count of activity (sessions held, people reached, businesses inspected) kept as context,
 * never plotted as attainment.
 */
export const RESULT_KINDS = ['value', 'units_meeting_target', 'units_with_activity', 'count_context'] as const;
/** What kind of unit: the country, a province (tỉnh), a centrally-run city (thành phố trực thuộc trung ương), a district. */
export const UNIT_KINDS = ['country', 'province', 'city', 'district'] as const;
export const PROGRAMME_STATUSES = ['approved', 'draft'] as const;
/**
 * How a plan relates to the national programme of its period: "programme": it is the programme decision;
 * "implements": the source says it implements the programme (directly or through a provincial or ministerial plan);
 * "not_stated": the source seen does not say; "none": it rests on another basis (e.g. only the 2003 Ordinance).
 */
export const PROGRAMME_BASES = ['programme', 'implements', 'not_stated', 'none'] as const;
/**
 * When two targets of an indicator may be compared (across units or plans): "direct": whenever measure (and, for
 * counts, what is counted) agree; "same_scope": only when the scope is also the same; "none": never (the plans
 * define it differently). A count and a percent are never compared.
 */
export const COMPARISONS = ['direct', 'same_scope', 'none'] as const;

export type Level = (typeof LEVELS)[number];
/** A programme period such as "2021-2025" (an open value since dataset 1.1.0). */
export type Period = string;
export type Measure = (typeof MEASURES)[number];
export type Comparator = (typeof COMPARATORS)[number];
export type ResultComparator = (typeof RESULT_COMPARATORS)[number];
export type ResultKind = (typeof RESULT_KINDS)[number];
export type UnitKind = (typeof UNIT_KINDS)[number];
export type Comparison = (typeof COMPARISONS)[number];

/**
 * Facts about the dataset that the widget, the exports and the research API all state: its name, its licence and
 * the indicator a comparison shows when none is asked for. Zod-free, so the widget can import it.
 */
export const DATASET_NAME = 'plan-chart-targets';
export const DATASET_LICENCE = 'CC BY 4.0';
export const DATASET_LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';
/** The flagship indicator: what the units and periods comparisons show when no indicator is given. */
export const DEFAULT_INDICATOR = 'communication.commune_coverage';
