/**
 * Validation of the dataset tables. Pure functions over texts (no file system, no DOM) so that the same
 * checks run in `npm run data:check`, in Node tests and in the browser. Every problem is one line:
 * `<file> line <n>, column <c>: <what is wrong> (<what was expected>)`.
 */
import {parseCsv, CsvSyntaxError} from './csv.js';
import {rowSchema, type Columns} from './columns.js';
import {
  TABLES,
  type Dataset,
  type Indicator,
  type Programme,
  type TableSpec,
  type Target,
  type Plan,
  type Result,
  type Unit,
} from './schema.js';

/** NFC and collapsed whitespace: how quotes are compared with their sources. */
export function normalizeText(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

const show = (v: string, max = 60) => (v.length > max ? `"${v.slice(0, max - 1)}…"` : `"${v}"`);

export interface ParsedTable<T> {
  rows: T[];
  /** Line of each row in the file. */
  lines: number[];
  /** Every record as read, valid or not, with its line: keys are checked on these so one bad cell does not cascade. */
  raw: {line: number; values: Record<string, string>}[];
  problems: string[];
}

/** Parses and validates one table against its column spec. Rows with problems are left out of `rows`. */
export function parseTable<T>(spec: Pick<TableSpec, 'file' | 'columns'>, text: string): ParsedTable<T> {
  const {file, columns} = spec;
  const problems: string[] = [];
  let table;
  try {
    table = parseCsv(text, file);
  } catch (e) {
    if (e instanceof CsvSyntaxError) return {rows: [], lines: [], raw: [], problems: [e.message]};
    throw e;
  }
  const expected = Object.keys(columns);
  const missing = expected.filter((c) => !table.header.includes(c));
  const extra = table.header.filter((c) => !expected.includes(c));
  for (const c of missing)
    problems.push(`${file} line 1: missing column "${c}" (expected columns: ${expected.join(', ')})`);
  for (const c of extra)
    problems.push(`${file} line 1: unknown column "${c}" (expected columns: ${expected.join(', ')})`);
  if (missing.length) return {rows: [], lines: [], raw: [], problems};

  const schema = rowSchema(columns as Columns);
  const rows: T[] = [];
  const lines: number[] = [];
  for (const rec of table.records) {
    let ok = true;
    for (const [c, v] of Object.entries(rec.values)) {
      if (v !== v.normalize('NFC')) {
        problems.push(
          `${file} line ${rec.line}, column ${c}: ${show(v)} is not Unicode NFC (expected NFC-normalized text)`,
        );
        ok = false;
      }
    }
    const r = schema.safeParse(rec.values);
    if (!r.success) {
      for (const issue of r.error.issues) {
        const c = String(issue.path[0] ?? '');
        problems.push(`${file} line ${rec.line}, column ${c}: ${show(rec.values[c] ?? '')} ${issue.message}`);
      }
      continue;
    }
    if (ok) {
      rows.push(r.data as T);
      lines.push(rec.line);
    }
  }
  return {rows, lines, raw: table.records, problems};
}

export interface SourceFile {
  text: string;
  sha256: string;
}

export interface CheckInput {
  /** CSV text by file name (units.csv, plans.csv, …). */
  tables: Record<string, string>;
  /** Source texts and their sha256, by file name under data/sources/. */
  sources: Record<string, SourceFile>;
  version?: string;
  /** Ids released in earlier versions of the same major, by table name: each must still exist. */
  released?: Record<string, string[]>;
}

export interface CheckOutput {
  dataset: Dataset;
  problems: string[];
}

/** Validates every table, then the relations between them and the quotes against their sources. */
export function checkDataset(input: CheckInput): CheckOutput {
  const problems: string[] = [];
  const parsed: Record<string, ParsedTable<Record<string, unknown>>> = {};
  for (const spec of TABLES) {
    const text = input.tables[spec.file];
    if (text === undefined) {
      problems.push(`${spec.file}: file is missing (expected data/${spec.file})`);
      parsed[spec.name] = {rows: [], lines: [], raw: [], problems: []};
      continue;
    }
    parsed[spec.name] = parseTable(spec, text);
    problems.push(...parsed[spec.name].problems);
  }

  // Primary keys: unique.
  const keys: Record<string, Map<string, number>> = {};
  for (const spec of TABLES) {
    const {raw} = parsed[spec.name];
    for (const [c, column] of Object.entries(spec.columns)) {
      if (!column.field.constraints?.unique) continue;
      const seen = new Map<string, number>();
      for (const {line, values} of raw) {
        const v = values[c] ?? '';
        const first = seen.get(v);
        if (first === undefined) seen.set(v, line);
        else if (c === spec.primaryKey) {
          problems.push(
            `${spec.file} line ${line}, column ${c}: "${v}" is a duplicate id (first on line ${first}; expected unique ids)`,
          );
        } else
          problems.push(
            `${spec.file} line ${line}, column ${c}: "${v}" is a duplicate (first on line ${first}; expected unique values)`,
          );
      }
      if (c === spec.primaryKey) keys[spec.name] = seen;
    }
  }

  // Foreign keys.
  for (const spec of TABLES) {
    const {rows, lines} = parsed[spec.name];
    for (const fk of spec.foreignKeys) {
      const field = fk.fields[0];
      const target = keys[fk.reference.resource];
      // A table that could not be read at all has already been reported; do not cascade.
      if (!parsed[fk.reference.resource].raw.length && parsed[fk.reference.resource].problems.length) continue;
      const targetSpec = TABLES.find((t) => t.name === fk.reference.resource)!;
      rows.forEach((row, k) => {
        const v = row[field];
        if (v === null || v === undefined) return;
        if (!target.has(String(v))) {
          const known = [...target.keys()].sort();
          const list =
            known.length > 25 ? `${known.slice(0, 25).join(', ')}, … (${known.length} in all)` : known.join(', ');
          problems.push(
            `${spec.file} line ${lines[k]}, column ${field}: "${v}" is not a known ${singular(targetSpec.name)} (expected one of ${targetSpec.file.replace('.csv', '')}.${fk.reference.fields[0]}: ${list})`,
          );
        }
      });
    }
  }

  const plans = parsed.plans.rows as unknown as Plan[];
  const planById = new Map(plans.map((p) => [p.plan_id, p]));
  const normalizedSources = new Map<string, string>();
  const sourceText = (file: string) => {
    if (!normalizedSources.has(file) && input.sources[file])
      normalizedSources.set(file, normalizeText(input.sources[file].text));
    return normalizedSources.get(file);
  };

  const units = parsed.units.rows as unknown as Unit[];
  const unitById = new Map(units.map((u) => [u.unit_id, u]));
  const programmes = parsed.programmes.rows as unknown as Programme[];
  const programmeByPeriod = new Map(programmes.map((p) => [p.period, p]));
  const indicators = parsed.indicators.rows as unknown as Indicator[];
  const indicatorById = new Map(indicators.map((i) => [i.indicator_id, i]));

  const unreadUnits = new Set(parsed.units.raw.map((r) => r.values.unit_id).filter((id) => !unitById.has(id)));
  problems.push(...checkUnits(units, parsed.units.lines, input.sources['provinces-units.csv']?.text, unreadUnits));

  // Programmes: periods are ordered years; an approved programme has its decision, a draft has none.
  programmes.forEach((g, k) => {
    const at = (c: string) => `programmes.csv line ${parsed.programmes.lines[k]}, column ${c}:`;
    const [a, b] = g.period.split('-').map(Number);
    if (a > b)
      problems.push(`${at('period')} "${g.period}" ends before it starts (expected YYYY-YYYY, first year first)`);
    if (g.status === 'approved' && !g.decision_no)
      problems.push(`${at('decision_no')} is empty for an approved programme (expected the approving decision)`);
    if (g.status === 'draft' && (g.decision_no || g.decided_on))
      problems.push(`${at('decision_no')} is given for a draft (expected empty: no decision approves a draft)`);
    const planRow = g.plan_id ? planById.get(g.plan_id) : undefined;
    if (planRow && (planRow.period !== g.period || planRow.programme_basis !== 'programme'))
      problems.push(
        `${at('plan_id')} "${g.plan_id}" is not this period's programme decision (expected a plan of period ${g.period} with programme_basis "programme")`,
      );
    if (g.quote) {
      const text = sourceText(g.source_file);
      if (text === undefined)
        problems.push(`${at('source_file')} "${g.source_file}" does not exist (expected a file in data/sources/)`);
      else if (!text.includes(normalizeText(g.quote)))
        problems.push(
          `${at('quote')} ${show(g.quote)} is not in data/sources/${g.source_file} (expected the source's sentence verbatim, up to whitespace)`,
        );
    }
  });

  // Plans: source files exist and their sha256 match; spans are ordered.
  plans.forEach((p, k) => {
    const line = parsed.plans.lines[k];
    const programme = programmeByPeriod.get(p.period);
    if (programme?.status === 'draft' && (p.programme_basis === 'implements' || p.programme_basis === 'programme')) {
      problems.push(
        `plans.csv line ${line}, column programme_basis: "${p.programme_basis}" but the ${p.period} programme is a draft (expected "none" or "not_stated")`,
      );
    }
    const unit = unitById.get(p.unit_id);
    if (unit?.valid_to && p.span_start > Number(unit.valid_to.slice(0, 4))) {
      problems.push(
        `plans.csv line ${line}, column unit_id: "${p.unit_id}" ended on ${unit.valid_to}, before this plan's ${p.span_start} (expected the unit of the plan's time: its unit_2025 "${unit.unit_2025}")`,
      );
    }
    if (unit?.valid_from && p.span_end < Number(unit.valid_from.slice(0, 4))) {
      problems.push(
        `plans.csv line ${line}, column unit_id: "${p.unit_id}" exists from ${unit.valid_from}, after this plan's ${p.span_end} (expected a unit of the plan's time)`,
      );
    }
    const src = input.sources[p.source_file];
    if (!src) {
      problems.push(
        `plans.csv line ${line}, column source_file: "${p.source_file}" does not exist (expected a file in data/sources/)`,
      );
    } else if (src.sha256 !== p.source_sha256) {
      problems.push(
        `plans.csv line ${line}, column source_sha256: "${p.source_sha256}" does not match data/sources/${p.source_file} (expected ${src.sha256})`,
      );
    }
    if (p.span_start > p.span_end) {
      problems.push(
        `plans.csv line ${line}, column span_end: ${p.span_end} is before span_start ${p.span_start} (expected span_start <= span_end)`,
      );
    }
    const [ps, pe] = p.period.split('-').map(Number);
    if (p.span_start < ps || p.span_end > pe) {
      problems.push(
        `plans.csv line ${line}, column span_start: ${p.span_start}-${p.span_end} is outside the period ${p.period} (expected a span within it)`,
      );
    }
  });

  // Targets.
  const targets = parsed.targets.rows as unknown as Target[];
  targets.forEach((t, k) => {
    const line = parsed.targets.lines[k];
    const at = (c: string) => `targets.csv line ${line}, column ${c}:`;
    const p = planById.get(t.plan_id);
    const prefix = `${t.plan_id}:${t.indicator_id}`;
    if (t.target_id !== prefix && !t.target_id.startsWith(`${prefix}:`)) {
      problems.push(
        `${at('target_id')} "${t.target_id}" does not start with its plan and indicator (expected "${t.plan_id}:${t.indicator_id}[:key]")`,
      );
    }
    if (t.comparator === 'range') {
      if (t.value_max === null) problems.push(`${at('value_max')} is empty for a range (expected the upper bound)`);
    } else if (t.value_max !== null) {
      problems.push(
        `${at('value_max')} ${t.value_max} is given but comparator is "${t.comparator}" (expected empty unless comparator is range)`,
      );
    }
    if (t.value_max !== null && t.value > t.value_max) {
      problems.push(`${at('value_max')} ${t.value_max} is below value ${t.value} (expected value <= value_max)`);
    }
    if (t.measure === 'percent' && (t.value > 100 || (t.value_max ?? 0) > 100)) {
      problems.push(`${at('value')} ${t.value} is over 100 for a percent (expected 0 to 100)`);
    }
    if (p) {
      for (const c of ['unit_id', 'period', 'level'] as const) {
        if (t[c] !== p[c])
          problems.push(`${at(c)} "${t[c]}" differs from its plan's ${c} "${p[c]}" (expected the plan's value)`);
      }
      if (t.target_year < p.span_start || t.target_year > p.span_end) {
        problems.push(
          `${at('target_year')} ${t.target_year} is outside the plan's span ${p.span_start}-${p.span_end} (expected a year within it)`,
        );
      }
      const file = t.source_file ?? p.source_file;
      if (t.source_file && !input.sources[t.source_file])
        problems.push(`${at('source_file')} "${t.source_file}" does not exist (expected a file in data/sources/)`);
      const text = sourceText(file);
      if (text !== undefined && !text.includes(normalizeText(t.quote))) {
        problems.push(
          `${at('quote')} ${show(t.quote)} is not in data/sources/${file} (expected the source's sentence verbatim, up to whitespace)`,
        );
      }
      if (p.source_kind === 'secondary') {
        if (!t.source_url)
          problems.push(`${at('source_url')} is empty for a secondary source (expected the page the quote comes from)`);
        else if (text !== undefined && !text.includes(t.source_url)) {
          problems.push(
            `${at('source_url')} ${show(t.source_url)} is not cited in data/sources/${file} (expected the address the quote is recorded under)`,
          );
        }
      }
    }
    problems.push(...checkCounted(t, at));
    if (indicatorById.get(t.indicator_id)?.direction === 'neutral')
      problems.push(
        `${at('indicator_id')} "${t.indicator_id}" is a context indicator (direction neutral) (expected an indicator a target can set)`,
      );
  });

  // Results.
  const results = parsed.results.rows as unknown as Result[];
  const targetById = new Map(targets.map((t) => [t.target_id, t]));
  results.forEach((r, k) => {
    const line = parsed.results.lines[k];
    const at = (c: string) => `results.csv line ${line}, column ${c}:`;
    const t = r.target_id ? targetById.get(r.target_id) : undefined;
    if (t) {
      for (const c of ['indicator_id', 'period'] as const) {
        if (r[c] !== t[c])
          problems.push(`${at(c)} "${r[c]}" differs from its target's ${c} "${t[c]}" (expected the target's value)`);
      }
      // A unit may report against the national programme's target (Yên Bái against QĐ 361), not another unit's.
      if (r.unit_id !== t.unit_id && t.unit_id !== 'VN')
        problems.push(
          `${at('unit_id')} "${r.unit_id}" differs from its target's unit_id "${t.unit_id}" (expected the target's unit, or any unit for a national target)`,
        );
      if (r.result_kind === 'value' && r.measure !== t.measure)
        problems.push(
          `${at('measure')} "${r.measure}" differs from its target's measure "${t.measure}" (expected the same measure)`,
        );
    }
    if (
      (r.result_kind === 'units_meeting_target' || r.result_kind === 'units_with_activity') &&
      r.denominator === null
    ) {
      problems.push(`${at('denominator')} is empty for ${r.result_kind} (expected how many units were counted)`);
    }
    if (r.result_kind === 'count_context') {
      if (r.measure !== 'count') problems.push(`${at('measure')} "${r.measure}" for count_context (expected count)`);
      if (r.target_id)
        problems.push(`${at('target_id')} is given for count_context (expected empty: context, not attainment)`);
    }
    problems.push(...checkCounted(r, at));
    const text = input.sources[r.source_file] ? sourceText(r.source_file) : undefined;
    if (!input.sources[r.source_file]) {
      problems.push(`${at('source_file')} "${r.source_file}" does not exist (expected a file in data/sources/)`);
    } else if (!text!.includes(normalizeText(r.quote))) {
      problems.push(
        `${at('quote')} ${show(r.quote)} is not in data/sources/${r.source_file} (expected the source's sentence verbatim, up to whitespace)`,
      );
    }
  });

  // Stability: ids released earlier must still exist.
  for (const [table, ids] of Object.entries(input.released ?? {})) {
    const spec = TABLES.find((t) => t.name === table);
    if (!spec || (!parsed[table].raw.length && parsed[table].problems.length)) continue;
    for (const id of ids) {
      if (!keys[table].has(id)) {
        problems.push(
          `${spec.file}: released id "${id}" is missing (expected every released id to stay; removing one needs a major version)`,
        );
      }
    }
  }

  const dataset: Dataset = {
    version: input.version ?? '',
    units,
    programmes,
    plans,
    groups: parsed.groups.rows as unknown as Dataset['groups'],
    indicators,
    targets,
    results,
  };
  return {dataset, problems};
}

/** A count says what it counts, in both languages; other measures say nothing. */
function checkCounted(r: Pick<Target, 'measure' | 'counted' | 'counted_en'>, at: (c: string) => string): string[] {
  if (r.measure === 'count') {
    return (['counted', 'counted_en'] as const)
      .filter((c) => !r[c])
      .map((c) => `${at(c)} is empty for a count (expected what is counted, e.g. "người" / "people")`);
  }
  return (['counted', 'counted_en'] as const)
    .filter((c) => r[c])
    .map((c) => `${at(c)} "${r[c]}" is given for measure ${r.measure} (expected empty unless measure is count)`);
}

/**
 * Units across 1 July 2025: every unit_2025 is a province of the 2025 list (a current unit that is its own
 * unit_2025), there are 34 of them, and, where data/sources/provinces-units.csv is shipped, every province of
 * before 1 July 2025 has its code and name there and maps to the 2025 province of its code_after and name_after.
 */
function checkUnits(
  units: Unit[],
  lines: number[],
  mapping: string | undefined,
  /** Rows already reported as invalid: not reported again through the mapping. */
  unread: Set<string>,
): string[] {
  const problems: string[] = [];
  const byId = new Map(units.map((u) => [u.unit_id, u]));
  const at = (k: number, c: string) => `units.csv line ${lines[k]}, column ${c}:`;
  units.forEach((u, k) => {
    if (u.unit_id !== 'VN' && u.unit_id.split('@')[0] !== u.code)
      problems.push(
        `${at(k, 'code')} "${u.code}" differs from the code in unit_id "${u.unit_id}" (expected the same code)`,
      );
    if (u.valid_from && u.valid_to && u.valid_from > u.valid_to)
      problems.push(
        `${at(k, 'valid_to')} ${u.valid_to} is before valid_from ${u.valid_from} (expected valid_from <= valid_to)`,
      );
    const heir = u.unit_2025 ? byId.get(u.unit_2025) : undefined;
    if (heir && (heir.valid_to || heir.unit_2025 !== heir.unit_id || heir.level !== 'province'))
      problems.push(
        `${at(k, 'unit_2025')} "${u.unit_2025}" is not a province of the 2025 list (expected a current province whose unit_2025 is itself)`,
      );
    if (u.level !== 'national' && !u.unit_2025)
      problems.push(`${at(k, 'unit_2025')} is empty (expected the 2025 province that holds the unit's territory)`);
  });
  const current = units.filter((u) => u.level === 'province' && !u.valid_to);
  if (current.length !== 34 && !unread.size)
    problems.push(
      `units.csv: ${current.length} provinces without valid_to (expected the 34 provinces from 1 July 2025)`,
    );
  if (mapping === undefined) return problems;
  let records;
  try {
    records = parseCsv(mapping, 'provinces-units.csv').records;
  } catch (e) {
    return [...problems, (e as Error).message];
  }
  const bare = (name: string) => name.replace(/^(Tỉnh|Thành phố) /, '');
  for (const {line, values} of records) {
    const where = `units.csv (data/sources/provinces-units.csv line ${line}):`;
    if (unread.has(values.code_before)) continue;
    const before = units.find(
      (u) =>
        u.level === 'province' && u.code === values.code_before && u.unit_2025 && (u.valid_to || u.unit_id === u.code),
    );
    if (!before || before.name !== bare(values.name_before)) {
      problems.push(
        `${where} no province ${values.code_before} "${bare(values.name_before)}" before 1 July 2025 (expected a row with that code and name)`,
      );
      continue;
    }
    const after = byId.get(before.unit_2025!);
    if (!after || after.code !== values.code_after || after.name !== bare(values.name_after))
      problems.push(
        `${where} ${values.code_before} "${before.name}" maps to "${before.unit_2025}" (expected the 2025 province ${values.code_after} "${bare(values.name_after)}")`,
      );
  }
  return problems;
}

function singular(table: string): string {
  return table.endsWith('s') ? table.slice(0, -1) : table;
}
