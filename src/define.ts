/** Registers `<plan-chart>`. Guarded: loading the script twice, or two versions, does not throw. */
import {PlanChart} from './components/plan-chart.js';

if (!customElements.get('plan-chart')) customElements.define('plan-chart', PlanChart);

export {PlanChart};
