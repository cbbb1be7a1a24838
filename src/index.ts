/** The npm entry point: the element class (unregistered; import `plan-chart/define` to register it) and its types. */
export {PlanChart} from './components/plan-chart.js';
export type {
  PlanChartErrorDetail,
  PlanChartRenderDetail,
  PlanChartSelectDetail,
  PlanChartErrorEvent,
  PlanChartRenderEvent,
  PlanChartSelectEvent,
  ErrorCode,
} from './components/events.js';
export type {Lang} from './i18n/index.js';
export {VIEWS} from './data/request.js';
export const VERSION = '0.1.0';
