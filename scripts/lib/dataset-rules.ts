// Rules of `npm run data:check` over the tables as a whole, beyond what each row's schema and src/data/validate.ts
// say: one scope per indicator definition (data/scope-definitions.csv), each result on the unit of its time. Pure
// functions over texts and rows (no file system), so the Node tests plant a failure and read the one line it yields.
import {parseCsv} from '../../src/data/csv.js';
import {normalizeText} from '../../src/data/validate.js';
import type {Dataset, Plan, Result, Target, Unit} from '../../src/data/schema.js';

/** Line of each row of a table, by its first column (the key), as `data:check` reports them. */
export function lineIndex(text: string, file: string): Map<string, number> {
  const {header, records} = parseCsv(text, file);
  return new Map(records.map((r) => [r.values[header[0]], r.line]));
}

/** One indicator definition: who or what is counted, its scope in both languages, the wordings that state it. */
export interface ScopeDefinition {
  indicator_id: string;
  scope: string;
  scope_en: string;
  wordings: string[];
  line: number;
}

const DEFINITION_COLUMNS = ['indicator_id', 'scope', 'scope_en', 'wordings', 'notes'];

/** Reads data/scope-definitions.csv; problems name the file, line and column. */
export function readScopeDefinitions(
  text: string,
  indicatorIds: ReadonlySet<string>,
): {definitions: ScopeDefinition[]; problems: string[]} {
  const file = 'scope-definitions.csv';
  const problems: string[] = [];
  const {header, records} = parseCsv(text, file);
  const missing = DEFINITION_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length)
    return {
      definitions: [],
      problems: missing.map((c) => `${file} line 1: missing column "${c}" (expected ${DEFINITION_COLUMNS.join(', ')})`),
    };
  const definitions: ScopeDefinition[] = [];
  const seen = new Map<string, number>();
  for (const {line, values} of records) {
    const at = (c: string) => `${file} line ${line}, column ${c}:`;
    if (!indicatorIds.has(values.indicator_id))
      problems.push(
        `${at('indicator_id')} "${values.indicator_id}" is not a known indicator (expected indicators.csv)`,
      );
    const wordings = values.wordings
      .split(' | ')
      .map((w) => normalizeText(w))
      .filter(Boolean);
    if (!values.scope || !values.scope_en || !wordings.length)
      problems.push(
        `${at('wordings')} a definition needs scope, scope_en and at least one wording (expected all three)`,
      );
    const key = `${values.indicator_id}|${values.scope}`;
    const first = seen.get(key);
    if (first !== undefined)
      problems.push(
        `${at('scope')} "${values.scope}" is defined twice for ${values.indicator_id} (first on line ${first}; expected one row per definition)`,
      );
    else seen.set(key, line);
    definitions.push({
      indicator_id: values.indicator_id,
      scope: values.scope,
      scope_en: values.scope_en,
      wordings,
      line,
    });
  }
  return {definitions, problems};
}

/**
 * The codebook's "same definition, same scope": a target whose quote states a definition's wording (the most
 * specific one, where one wording contains another: "khu công nghiệp, khu kinh tế" over "khu công nghiệp") has that
 * definition's scope and scope_en; a definition's scope is used only by targets whose quote states its wording.
 */
export function checkScopes(
  targets: readonly Target[],
  definitions: readonly ScopeDefinition[],
  lines: ReadonlyMap<string, number>,
): string[] {
  const problems: string[] = [];
  const byIndicator = new Map<string, ScopeDefinition[]>();
  for (const d of definitions) byIndicator.set(d.indicator_id, [...(byIndicator.get(d.indicator_id) ?? []), d]);
  for (const t of targets) {
    const defs = byIndicator.get(t.indicator_id);
    if (!defs) continue;
    const at = (c: string) => `targets.csv line ${lines.get(t.target_id) ?? '?'}, column ${c}:`;
    const quote = normalizeText(t.quote);
    const matched = defs
      .map((d) => ({d, w: d.wordings.filter((w) => quote.includes(w)).sort((a, b) => b.length - a.length)[0]}))
      .filter((m): m is {d: ScopeDefinition; w: string} => m.w !== undefined);
    const stated = matched.filter((m) => !matched.some((o) => o !== m && o.w.length > m.w.length && o.w.includes(m.w)));
    const scope = t.scope ?? '';
    const own = defs.find((d) => d.scope === scope);
    if (stated.length) {
      const hit = stated.find((m) => m.d.scope === scope);
      if (!hit) {
        const expected = stated.map((m) => `"${m.d.scope}"`).join(' or ');
        problems.push(
          `${at('scope')} "${scope}" for the wording "${stated[0].w}" (expected ${expected}: one scope per definition, data/scope-definitions.csv line ${stated[0].d.line})`,
        );
      } else if ((t.scope_en ?? '') !== hit.d.scope_en)
        problems.push(
          `${at('scope_en')} "${t.scope_en ?? ''}" for the scope "${scope}" (expected "${hit.d.scope_en}", data/scope-definitions.csv line ${hit.d.line})`,
        );
    } else if (own) {
      problems.push(
        `${at('scope')} "${scope}" is the definition of data/scope-definitions.csv line ${own.line}, but the quote states none of its wordings (expected another scope, or the wording added to the definition)`,
      );
    }
  }
  return problems;
}

/** The first and last day a unit existed as described (empty: open). */
function validity(u: Unit): {from: string; to: string} {
  return {from: u.valid_from ?? '', to: u.valid_to ?? ''};
}

/**
 * A result is on the unit of its time: its `as_of` (a year, a month or a day) is not wholly after the unit's
 * `valid_to` nor wholly before its `valid_from`; and a year or month that runs past `valid_to` ("Trong năm 2025" for
 * a unit that ended on 2025-06-30), reported after that day, is the successor's report, on the successor's unit.
 */
export function checkResultUnits(
  results: readonly Result[],
  units: readonly Unit[],
  lines: ReadonlyMap<string, number>,
): string[] {
  const byId = new Map(units.map((u) => [u.unit_id, u]));
  const problems: string[] = [];
  for (const r of results) {
    const u = byId.get(r.unit_id);
    if (!u || !r.as_of) continue;
    const {from, to} = validity(u);
    // The first and last day the partial date can mean: "2025" is 2025-01-01 to 2025-12-31.
    const first = r.as_of.length === 4 ? `${r.as_of}-01-01` : r.as_of.length === 7 ? `${r.as_of}-01` : r.as_of;
    const last = r.as_of.length === 4 ? `${r.as_of}-12-31` : r.as_of.length === 7 ? `${r.as_of}-31` : r.as_of;
    const at = `results.csv line ${lines.get(r.result_id) ?? '?'}, column unit_id:`;
    if (to && first > to) {
      const heir = u.unit_2025 && u.unit_2025 !== u.unit_id ? `its unit_2025 "${u.unit_2025}"` : 'a unit of that time';
      problems.push(
        `${at} "${r.unit_id}" ended on ${to}, before this result's as_of ${r.as_of} (expected the unit of the result's time: ${heir})`,
      );
    } else if (to && last > to && r.published_on && r.published_on > to) {
      problems.push(
        `${at} "${r.unit_id}" ended on ${to}; this result's as_of ${r.as_of} runs past it and was published on ${r.published_on} (expected the unit that reported it: its unit_2025 "${u.unit_2025}")`,
      );
    } else if (from && last < from) {
      problems.push(
        `${at} "${r.unit_id}" exists from ${from}, after this result's as_of ${r.as_of} (expected a unit of the result's time)`,
      );
    }
  }
  return problems;
}

/**
 * A section is the source's own numbering: a target of a plan known from an excerpt (a news page, a cut stored copy)
 * has a `section` only where its quote shows that number ("1. Trên 70% số xã…" is section "1"). A number the excerpt
 * does not show ("I.2" read off a layout never seen) cannot be cited. The official texts (`full`) are checked by
 * reading them (propose-seeds).
 */
export function checkSections(
  targets: readonly Target[],
  plans: readonly Plan[],
  lines: ReadonlyMap<string, number>,
): string[] {
  const excerpt = new Set(plans.filter((p) => p.completeness === 'excerpt').map((p) => p.plan_id));
  const problems: string[] = [];
  for (const t of targets) {
    if (!t.section || !excerpt.has(t.plan_id)) continue;
    const own = t.section.split('.').pop()!;
    const shown = new RegExp(`^\\s*${own.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[.)]\\s`, 'u').test(t.quote);
    if (shown && t.section === own) continue;
    problems.push(
      `targets.csv line ${lines.get(t.target_id) ?? '?'}, column section: "${t.section}" on a plan known from an excerpt, whose quote does not number it (expected empty, or the number the quote shows${shown ? `: "${own}"` : ''})`,
    );
  }
  return problems;
}

/** data/released-slugs.json: each released version's slugs with the unit they named, and the documented re-meanings. */
export interface ReleasedSlugs {
  released: Record<string, Record<string, string>>;
  remeant: {slug: string; in: string; named: string; now: string; alias: string; why: string}[];
}

/**
 * Slugs are ids too: a slug a released version had still names the unit it named (as its slug or one of its
 * aliases), unless data/released-slugs.json lists the re-meaning, with an alias (slug or alias) that names the former
 * unit and the unit the slug names now.
 */
export function checkSlugs(units: readonly Unit[], released: ReleasedSlugs): string[] {
  const problems: string[] = [];
  const named = new Map<string, string>();
  for (const u of units) {
    named.set(u.slug, u.unit_id);
    for (const a of (u.aliases ?? '').split(';').map((x) => x.trim())) if (a && !named.has(a)) named.set(a, u.unit_id);
  }
  for (const [version, slugs] of Object.entries(released.released)) {
    for (const [slug, unitId] of Object.entries(slugs)) {
      const now = named.get(slug);
      if (now === unitId) continue;
      const where = `units.csv: slug "${slug}" (released in ${version} for "${unitId}")`;
      const doc = released.remeant.find((r) => r.slug === slug && r.named === unitId);
      if (!doc) {
        problems.push(
          now === undefined
            ? `${where} is missing (expected every released slug to stay, as slug or alias)`
            : `${where} now names "${now}" (expected the unit it named; re-meaning a slug needs a documented alias in data/released-slugs.json "remeant")`,
        );
        continue;
      }
      if (now !== doc.now)
        problems.push(
          `${where} names "${now ?? ''}" (expected "${doc.now}", as data/released-slugs.json "remeant" says)`,
        );
      if (named.get(doc.alias) !== unitId)
        problems.push(
          `${where}: its alias "${doc.alias}" names "${named.get(doc.alias) ?? ''}" (expected "${unitId}", the unit the slug named)`,
        );
    }
  }
  return problems;
}

export interface RulesInput {
  dataset: Dataset;
  tables: Record<string, string>;
  /** data/scope-definitions.csv */
  scopeDefinitions?: string;
  /** data/released-slugs.json */
  releasedSlugs?: ReleasedSlugs;
}

/** Every rule of this file, in order; one line per problem. */
export function checkRules(input: RulesInput): string[] {
  const {dataset, tables} = input;
  const problems: string[] = [];
  const targetLines = tables['targets.csv'] ? lineIndex(tables['targets.csv'], 'targets.csv') : new Map();
  const resultLines = tables['results.csv'] ? lineIndex(tables['results.csv'], 'results.csv') : new Map();
  if (input.scopeDefinitions !== undefined) {
    const ids = new Set(dataset.indicators.map((i) => i.indicator_id));
    const {definitions, problems: read} = readScopeDefinitions(input.scopeDefinitions, ids);
    problems.push(...read, ...checkScopes(dataset.targets, definitions, targetLines));
  } else problems.push('scope-definitions.csv: file is missing (expected data/scope-definitions.csv)');
  problems.push(...checkResultUnits(dataset.results, dataset.units, resultLines));
  problems.push(...checkSections(dataset.targets, dataset.plans, targetLines));
  if (input.releasedSlugs) problems.push(...checkSlugs(dataset.units, input.releasedSlugs));
  else problems.push('released-slugs.json: file is missing (expected data/released-slugs.json)');
  return problems;
}
