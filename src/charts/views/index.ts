/** The views, by name: the widget's `view` attribute picks one (see `buildView`). */
import type {View} from '../../data/request.js';
import {attainmentView, tableView} from './attainment.js';
import {periodsView} from './periods.js';
import {unitsView} from './units.js';
import type {ViewDef} from './view.js';

export const VIEW_DEFS: Record<View, ViewDef> = {
  attainment: attainmentView,
  periods: periodsView,
  units: unitsView,
  table: tableView,
};

export type {LegendItem, LegendKind, ViewDef, ViewModel} from './view.js';
export {legendColor} from './view.js';
