/** The widget's events: all bubble and cross the shadow boundary (composed), each with a typed detail. */
import type {Status} from '../data/status.js';
import type {Target, Plan} from '../data/schema.js';
import type {ResultLike} from '../data/queries.js';

export type ErrorCode =
  | 'unknown-unit'
  | 'unknown-indicator'
  | 'unknown-period'
  | 'unknown-view'
  | 'unknown-level'
  | 'unknown-lang'
  | 'no-plan'
  | 'dataset'
  | 'results'
  | 'targets'
  | 'render'
  | 'export';

export interface PlanChartErrorDetail {
  code: ErrorCode;
  /** The message shown in the widget, in its language. */
  message: string;
  /** The offending value (attribute value, URL), where there is one. */
  value?: string;
  /** Valid values, where they are few enough to list. */
  valid?: string[];
  /** For results and targets files: every problem, located by line (CSV) or item (JSON) and column. */
  issues?: {line: number; column: string; message: string}[];
}

export interface PlanChartRenderDetail {
  view: string;
  units: string[];
  period: string | null;
  lang: string;
  /** The targets shown, with their computed status. */
  targets: {target_id: string; status: Status | null}[];
}

export interface PlanChartSelectDetail {
  target: Target;
  plan: Plan;
  result: ResultLike | null;
  status: Status | null;
}

/** Each event's name with its detail: `emit` accepts no other. */
export interface PlanChartEventMap {
  'plan-chart-error': PlanChartErrorDetail;
  'plan-chart-render': PlanChartRenderDetail;
  'plan-chart-select': PlanChartSelectDetail;
}

export type PlanChartErrorEvent = CustomEvent<PlanChartErrorDetail>;
export type PlanChartRenderEvent = CustomEvent<PlanChartRenderDetail>;
export type PlanChartSelectEvent = CustomEvent<PlanChartSelectDetail>;

export function emit<K extends keyof PlanChartEventMap>(el: HTMLElement, name: K, detail: PlanChartEventMap[K]): void {
  el.dispatchEvent(new CustomEvent(name, {detail, bubbles: true, composed: true}));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'plan-chart-error': PlanChartErrorEvent;
    'plan-chart-render': PlanChartRenderEvent;
    'plan-chart-select': PlanChartSelectEvent;
  }
}
