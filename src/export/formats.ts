/**
 * The export formats by name, as the footer offers them and the element asks for them; their layouts are in
 * `frames.ts` (which loads with the exports, not with the widget).
 */

/**
 * Newspaper columns (mm) on the common six-column broadsheet grid of a ~320 mm type area with 4 mm gutters: one
 * column 50 mm, two 104 mm (2 × 50 + 4), three 158 mm. A tabloid's five-column page has columns within a few mm of
 * these, so the same three widths serve both.
 */
export const PRINT_COLUMNS = {1: 50, 2: 104, 3: 158} as const;
export type PrintColumns = keyof typeof PRINT_COLUMNS;

/** web: the chart as on the page; broadcast: 1920×1080 frames; social: 1080×1080 frames; print: a column at 300 dpi. */
export type ImageFormat =
  {kind: 'web'} | {kind: 'broadcast'} | {kind: 'social'} | {kind: 'print'; columns: PrintColumns};
