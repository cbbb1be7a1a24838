/** The dataset's enumerations, without zod: the widget imports these; only build-time code and the research API load zod. */
export const LEVELS = ['national', 'province', 'district'] as const;
export const PERIODS = ['2016-2020', '2021-2025'] as const;
export const MEASURES = ['percent', 'count', 'per_month', 'per_year', 'annual_change_percent'] as const;
export const COMPARATORS = ['>=', '>', '=', '<=', 'range'] as const;
export const DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export const RECURRENCES = ['once', 'annual', 'continuous'] as const;
export const SECTION_ROLES = ['objective', 'task', 'assignment'] as const;
export const SOURCE_KINDS = ['official', 'secondary'] as const;
export const RESULT_KINDS = ['value', 'units_meeting_target', 'units_with_activity'] as const;

export type Level = (typeof LEVELS)[number];
export type Period = (typeof PERIODS)[number];
export type Measure = (typeof MEASURES)[number];
export type Comparator = (typeof COMPARATORS)[number];
export type ResultKind = (typeof RESULT_KINDS)[number];
