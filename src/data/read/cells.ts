/** The cells of a results table, whatever file they came from. */

/** A number cell of a workbook (or a number of a JSON row): its format says how Excel shows it. */
export interface NumberCell {
  num: number;
  /** 'date': a date format (`date` holds the day, if it is a real one); 'percent': shown ×100 with "%". */
  format: 'number' | 'percent' | 'date';
  date?: string;
}

/** A workbook cell holding an error (#DIV/0!, #REF!, #N/A…). */
export interface ErrorCell {
  error: string;
}

/**
 * A workbook cell holding a formula with no value calculated (no cached `<v>`: written by a script, or saved with
 * calculation set to manual). Its value is unknown, not 0 or empty: a row with one is a problem.
 */
export interface FormulaCell {
  /** The formula as written, without "=" ('' for a cell sharing another cell's formula). */
  formula: string;
}

export type Cell = string | NumberCell | ErrorCell | FormulaCell;

/** A row as read: its line (CSV: physical line of its start; workbook: row number; JSON: item number) and cells. */
export interface RawRow {
  line: number;
  cells: Cell[];
}

export const isEmptyCell = (c: Cell | undefined): boolean =>
  c === undefined || (typeof c === 'string' && c.trim() === '');

/** A cell as text, for messages (a date as dd/mm/yyyy, as Excel shows it in Vietnam). */
export function cellText(c: Cell | undefined): string {
  if (c === undefined) return '';
  if (typeof c === 'string') return c.trim();
  if ('error' in c) return c.error;
  if ('formula' in c) return c.formula ? `=${c.formula}` : '';
  if (c.format === 'date' && c.date) return c.date.split('-').reverse().join('/');
  if (c.format === 'percent') return `${Number((c.num * 100).toPrecision(15))}%`;
  return String(c.num);
}

/** Spreadsheet column name of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 0-based index of a column name or cell reference: "C", "C5" → 2. */
export function columnIndex(ref: string): number {
  let n = 0;
  for (let k = 0; k < ref.length; k++) {
    const c = ref.charCodeAt(k) & ~32;
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** A JSON value as a cell: numbers stay numbers, other values become their text. */
export function jsonCell(v: unknown): Cell {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return {num: v, format: 'number'};
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}
