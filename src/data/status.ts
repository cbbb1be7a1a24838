/**
 * Attainment status of a target given a reported value, computed from comparator, direction, deadline and
 * the date the value refers to. Shown with its inputs, as Open SDG shows its progress-status inputs.
 */
import type {Comparator, Target} from './schema.js';

export const STATUSES = ['met', 'not_met', 'not_due', 'no_data'] as const;
export type Status = (typeof STATUSES)[number];

export interface StatusInput {
  comparator: Comparator;
  value: number;
  value_max: number | null;
  target_year: number;
  recurrence: Target['recurrence'];
  /** "neutral" (a stock, never a target's indicator) reads as higher_is_better. */
  direction?: 'higher_is_better' | 'lower_is_better' | 'neutral';
}

export interface Reported {
  value: number | null;
  /** ISO date the value refers to; null when the source gives none. */
  as_of: string | null;
}

/** Whether a reported value satisfies the target, reading "=" and ranges in the indicator's direction. */
export function meets(t: StatusInput, v: number): boolean {
  const lower = (t.direction ?? 'higher_is_better') === 'lower_is_better';
  switch (t.comparator) {
    case '>=':
      return v >= t.value;
    case '>':
      return v > t.value;
    case '<=':
      return v <= t.value;
    case '=':
      // "đạt 75%" is reached by 80%: a bare figure is a floor when higher is better, a ceiling when lower is.
      return lower ? v <= t.value : v >= t.value;
    case 'range':
      // Reaching the band counts as met; exceeding it in the good direction too.
      return lower ? v <= (t.value_max ?? t.value) : v >= t.value;
  }
}

/**
 * - no_data: no reported value;
 * - met: the value satisfies the target;
 * - not_due: it does not yet, but it refers to a year before a one-off deadline;
 * - not_met: it does not, and the deadline has come (or the target applies every year, or the date is unknown).
 */
export function attainmentStatus(t: StatusInput, r: Reported | null | undefined): Status {
  if (!r || r.value === null || Number.isNaN(r.value)) return 'no_data';
  if (meets(t, r.value)) return 'met';
  if (t.recurrence === 'once' && r.as_of && Number(r.as_of.slice(0, 4)) < t.target_year) return 'not_due';
  return 'not_met';
}
