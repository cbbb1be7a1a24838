// The spec builders the bench runs in Node, in one module graph with the English texts (src/i18n/en.ts registers
// them in the MESSAGES of src/i18n/index.ts; the widget loads them with its first English widget).
import '../../../src/i18n/en.js';

export {buildView} from '../../../src/charts/build.js';
export {resolveRequest} from '../../../src/data/request.js';
export {rowChartVegaLite} from '../../../test/reference/vega-lite.js';
