/**
 * A tiny column DSL. Each column is declared once and yields both the zod schema that validates a CSV cell
 * (the single source of truth for row types) and the Frictionless Table Schema field that documents it in
 * data/datapackage.json. Cells arrive as strings; an empty cell is `null` for optional columns.
 */
import {z} from 'zod';

/** A Frictionless Table Schema field (v2), as much of it as we use. */
export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'date';
  format?: string;
  title?: string;
  description: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: string[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
  };
}

export interface Column<T> {
  zod: z.ZodType<T, string>;
  field: Omit<TableField, 'name'>;
}

interface ColOptions<R extends boolean = boolean> {
  description: string;
  required?: R;
  unique?: boolean;
}

/** A required column never yields null; an optional one yields null for an empty cell. */
type Out<T, R> = R extends true ? T : T | null;

const NUMBER_RE = /^-?\d+(\.\d+)?$/;
const INTEGER_RE = /^-?\d+$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL_DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Wraps a non-empty-cell schema so that an empty cell is `null` (optional) or an error (required). */
function cell<T, R extends boolean>(
  inner: z.ZodType<T, string>,
  required: R | undefined,
): z.ZodType<Out<T, R>, string> {
  if (required) {
    return z.string().min(1, {message: 'is empty (a value is required)'}).pipe(inner) as unknown as z.ZodType<
      Out<T, R>,
      string
    >;
  }
  return z.string().transform((s, ctx) => {
    if (s === '') return null;
    const r = inner.safeParse(s);
    if (r.success) return r.data;
    for (const issue of r.error.issues) ctx.addIssue({code: 'custom', message: issue.message});
    return z.NEVER;
  }) as unknown as z.ZodType<Out<T, R>, string>;
}

/** "2017", "2020-06" or "2020-11-27": a real year, month or day. */
function isRealPartialDate(s: string): boolean {
  if (s.length === 4) return true;
  if (s.length === 7) return Number(s.slice(5)) >= 1 && Number(s.slice(5)) <= 12;
  return isRealDate(s);
}

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const col = {
  string<R extends boolean = false>(
    o: ColOptions<R> & {pattern?: RegExp; patternHint?: string},
  ): Column<Out<string, R>> {
    let inner: z.ZodType<string, string> = z.string();
    if (o.pattern)
      inner = z.string().regex(o.pattern, {message: `does not match ${o.patternHint ?? o.pattern.source}`});
    return {
      zod: cell(inner, o.required),
      field: {
        type: 'string',
        description: o.description,
        constraints: clean({required: o.required, unique: o.unique, pattern: o.pattern?.source}),
      },
    };
  },
  enum<const V extends readonly string[], R extends boolean = false>(
    values: V,
    o: ColOptions<R>,
  ): Column<Out<V[number], R>> {
    const inner = z.string().refine((s) => (values as readonly string[]).includes(s), {
      message: `is not one of the allowed values (expected one of: ${values.join(', ')})`,
    }) as unknown as z.ZodType<V[number], string>;
    return {
      zod: cell(inner, o.required),
      field: {
        type: 'string',
        description: o.description,
        constraints: clean({required: o.required, enum: [...values]}),
      },
    };
  },
  number<R extends boolean = false>(o: ColOptions<R> & {minimum?: number; integer?: boolean}): Column<Out<number, R>> {
    const re = o.integer ? INTEGER_RE : NUMBER_RE;
    const what = o.integer ? 'a whole number' : 'a number';
    let inner = z
      .string()
      .regex(re, {message: `is not ${what} (expected digits with "." as decimal separator)`})
      .transform(Number) as unknown as z.ZodType<number, string>;
    if (o.minimum !== undefined) {
      const min = o.minimum;
      inner = inner.refine((n) => n >= min, {message: `is below the minimum (expected ${min} or more)`});
    }
    return {
      zod: cell(inner, o.required),
      field: {
        type: o.integer ? 'integer' : 'number',
        description: o.description,
        constraints: clean({required: o.required, minimum: o.minimum}),
      },
    };
  },
  date<R extends boolean = false>(o: ColOptions<R>): Column<Out<string, R>> {
    const inner = z
      .string()
      .regex(DATE_RE, {message: 'is not an ISO date (expected YYYY-MM-DD)'})
      .refine(isRealDate, {message: 'is not a real calendar date (expected YYYY-MM-DD)'});
    return {
      zod: cell(inner, o.required),
      field: {type: 'date', format: 'default', description: o.description, constraints: clean({required: o.required})},
    };
  },
  /**
   * A date as precise as the source allows: a year ("2017"), a month ("2020-06") or a day ("2020-11-27"). ISO order,
   * so the strings sort in time order; a Frictionless string with a pattern (no Table Schema type mixes the three).
   */
  partialDate<R extends boolean = false>(o: ColOptions<R>): Column<Out<string, R>> {
    const inner = z
      .string()
      .regex(PARTIAL_DATE_RE, {message: 'is not a year, month or date (expected YYYY, YYYY-MM or YYYY-MM-DD)'})
      .refine(isRealPartialDate, {message: 'is not a real calendar date (expected YYYY, YYYY-MM or YYYY-MM-DD)'});
    return {
      zod: cell(inner, o.required),
      field: {
        type: 'string',
        description: o.description,
        constraints: clean({required: o.required, pattern: PARTIAL_DATE_RE.source}),
      },
    };
  },
};

function clean<T extends object>(o: T): T | undefined {
  const entries = Object.entries(o).filter(([, v]) => v !== undefined && v !== false);
  return entries.length ? (Object.fromEntries(entries) as T) : undefined;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Columns = Record<string, Column<any>>;
export type RowOf<C extends Columns> = {[K in keyof C]: C[K] extends Column<infer T> ? T : never};

/** The zod object schema of a table: every column a string cell in, a typed value out. */
export function rowSchema<C extends Columns>(columns: C) {
  const shape = Object.fromEntries(Object.entries(columns).map(([k, c]) => [k, c.zod]));
  return z.object(shape) as unknown as z.ZodType<RowOf<C>, Record<string, string>>;
}

export function tableFields(columns: Columns): TableField[] {
  return Object.entries(columns).map(([name, c]) => ({name, ...c.field}));
}
