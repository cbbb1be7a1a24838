/**
 * Facts about the dataset that the widget, the exports and the research API all state: its name, its licence and
 * the indicator a comparison shows when none is asked for. Zod-free, so the widget can import it.
 */
export const DATASET_NAME = 'plan-chart-targets';
export const DATASET_LICENCE = 'CC BY 4.0';
export const DATASET_LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';
/** The flagship indicator: what the units and periods comparisons show when no indicator is given. */
export const DEFAULT_INDICATOR = 'communication.commune_coverage';
