/**
 * From a resolved request to what the widget shows: title, summary, legend, panels (one chart per measure) and
 * the rows behind them (for the table, the CSV export and the events). Pure; each view lives in `views/`.
 */
import type {ResultLike} from '../data/queries.js';
import type {Request} from '../data/request.js';
import type {ChartContext} from './common.js';
import {VIEW_DEFS, type ViewModel} from './views/index.js';

export type {ViewModel};

export function buildView(ctx: ChartContext, req: Request, results: ResultLike[]): ViewModel {
  return VIEW_DEFS[req.view].build(ctx, req, results);
}
