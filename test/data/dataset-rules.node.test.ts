// The rules of scripts/lib/dataset-rules.ts: each passes on the committed dataset and fails, with one line naming
// file, line and column, on a planted example.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkDataset, type CheckInput} from '../../src/data/validate.js';
import {parseCsv, toCsv} from '../../src/data/csv.js';
import {comparableTargets} from '../../src/data/queries.js';
import {readCheckInput, readReleasedSlugs, readScopeDefinitionsText} from '../../scripts/lib/read-data.js';
import {checkRules, checkSlugs, type ReleasedSlugs} from '../../scripts/lib/dataset-rules.js';

const good = readCheckInput();
const definitions = readScopeDefinitionsText();
const releasedSlugs = readReleasedSlugs<ReleasedSlugs>()!;

function rulesOf(input: CheckInput, scopeDefinitions = definitions) {
  const {dataset, problems} = checkDataset(input);
  assert.deepEqual(problems, [], 'the planted change is valid row by row');
  return checkRules({dataset, tables: input.tables, scopeDefinitions, releasedSlugs});
}

/** The real dataset with some cells of one row changed; returns the rules' problems and the row's line. */
function plant(file: string, rowId: string, cells: Record<string, string>) {
  const {header, records} = parseCsv(good.tables[file], file);
  const k = records.findIndex((r) => Object.values(r.values)[0] === rowId);
  assert.ok(k >= 0, `row ${rowId} exists in ${file}`);
  const rows = records.map((r) => ({...r.values}));
  Object.assign(rows[k], cells);
  return {
    problems: rulesOf({...good, tables: {...good.tables, [file]: toCsv(header, rows, {formulas: 'keep'})}}),
    line: records[k].line,
  };
}

test('the committed dataset keeps every rule', () => {
  assert.ok(definitions, 'data/scope-definitions.csv is shipped');
  assert.deepEqual(rulesOf(good), []);
});

test('a second scope for one definition fails: Huế 2021-2025 industrial-zone workers without "khu công nghiệp"', () => {
  const {problems, line} = plant('targets.csv', 'hue-2021-2025:communication.industrial_zone_workers', {
    scope: '',
    scope_en: '',
  });
  assert.equal(problems.length, 1);
  assert.match(
    problems[0],
    new RegExp(
      `^targets\\.csv line ${line}, column scope: "" for the wording "người lao động trong các khu công nghiệp" \\(expected "khu công nghiệp": one scope per definition`,
    ),
  );
});

test('the national students definition spelled another way fails', () => {
  const {problems, line} = plant('targets.csv', 'vn-qd808-2022:communication.students', {scope: 'học sinh, sinh viên'});
  assert.equal(problems.length, 1);
  assert.match(
    problems[0],
    new RegExp(`^targets\\.csv line ${line}, column scope: "học sinh, sinh viên" for the wording`),
  );
});

test('a scope_en that differs from the definition fails', () => {
  const {problems, line} = plant('targets.csv', 'ca-mau-2021-2025:communication.industrial_zone_workers', {
    scope_en: 'industrial parks',
  });
  assert.deepEqual(problems.length, 1);
  assert.match(problems[0], new RegExp(`^targets\\.csv line ${line}, column scope_en: "industrial parks"`));
});

test("a definition's scope on a quote that does not state it fails (Lâm Đồng's cut sentence is not the national scope)", () => {
  const {problems, line} = plant('targets.csv', 'lam-dong-2021-2025:communication.industrial_zone_workers', {
    scope: 'khu công nghiệp',
    scope_en: 'industrial zones',
  });
  assert.equal(problems.length, 1);
  assert.match(
    problems[0],
    new RegExp(`^targets\\.csv line ${line}, column scope: "khu công nghiệp" for the wording "công nhân khu công …"`),
  );
});

test('the most specific wording wins: Quảng Ngãi counts economic zones too', () => {
  const {problems} = plant('targets.csv', 'quang-ngai-2021-2025:communication.industrial_zone_workers', {
    scope: 'khu công nghiệp',
    scope_en: 'industrial zones',
  });
  assert.equal(problems.length, 1);
  assert.match(problems[0], /expected "khu công nghiệp, khu kinh tế"/);
});

test('a result dated after its unit ended fails', () => {
  const {problems, line} = plant('results.csv', 'ho-chi-minh-2025-11-venues', {unit_id: '79'});
  assert.deepEqual(problems, [
    `results.csv line ${line}, column unit_id: "79" ended on 2025-06-30, before this result's as_of 2025-11-13 (expected the unit of the result's time: its unit_2025 "79@2025")`,
  ]);
});

test('a year that runs past the unit, reported after it ended, fails', () => {
  const {problems, line} = plant('results.csv', 'ho-chi-minh-2025-inspections', {unit_id: '79'});
  assert.deepEqual(problems, [
    `results.csv line ${line}, column unit_id: "79" ended on 2025-06-30; this result's as_of 2025 runs past it and was published on 2026-01-06 (expected the unit that reported it: its unit_2025 "79@2025")`,
  ]);
});

test('a result dated before its unit existed fails', () => {
  const {problems, line} = plant('results.csv', 'ho-chi-minh-2023-inspections', {unit_id: '79@2025'});
  assert.deepEqual(problems, [
    `results.csv line ${line}, column unit_id: "79@2025" exists from 2025-07-01, after this result's as_of 2023 (expected a unit of the result's time)`,
  ]);
});

test('without the table of definitions the check fails', () => {
  const {dataset} = checkDataset(good);
  assert.deepEqual(
    checkRules({dataset, tables: good.tables, scopeDefinitions: undefined, releasedSlugs}).filter((p) =>
      p.includes('scope-definitions'),
    ),
    ['scope-definitions.csv: file is missing (expected data/scope-definitions.csv)'],
  );
});

test("Huế 2021-2025's industrial-zone target is compared with QĐ 1629's 60 %", () => {
  const {dataset} = checkDataset(good);
  const byId = (id: string) => dataset.targets.find((t) => t.target_id === id)!;
  const hue = byId('hue-2021-2025:communication.industrial_zone_workers');
  const national = byId('vn-qd1629-2021:communication.industrial_zone_workers');
  assert.equal(hue.value, 65);
  assert.equal(national.value, 60);
  assert.equal(comparableTargets(hue, national, dataset.indicators), true);
  // Quảng Ngãi counts economic zones too, Lâm Đồng's sentence is cut: neither is compared with the national 60 %.
  for (const id of [
    'quang-ngai-2021-2025:communication.industrial_zone_workers',
    'lam-dong-2021-2025:communication.industrial_zone_workers',
  ])
    assert.equal(comparableTargets(byId(id), national, dataset.indicators), false, id);
  // The students of Huế, Nghệ An 2023, Cà Mau and QĐ 808 are the national definition.
  const students = byId('vn-qd1629-2021:communication.students');
  for (const plan of ['hue-2021-2025', 'nghe-an-2023', 'ca-mau-2021-2025', 'vn-qd808-2022'])
    assert.equal(comparableTargets(byId(`${plan}:communication.students`), students, dataset.indicators), true, plan);
});

test('a re-meant slug fails unless documented with an alias to what it named', () => {
  const units = checkDataset(good).dataset.units;
  assert.deepEqual(checkSlugs(units, releasedSlugs), []);
  // "nghe-an" given to another unit: the 1.0.0 and 1.1.0 slug of "40" now names "416".
  const moved = units.map((u) =>
    u.unit_id === '40' ? {...u, slug: 'nghe-an-tinh'} : u.unit_id === '416' ? {...u, slug: 'nghe-an'} : u,
  );
  assert.deepEqual(checkSlugs(moved, releasedSlugs), [
    'units.csv: slug "nghe-an" (released in 1.0.0 for "40") now names "416" (expected the unit it named; re-meaning a slug needs a documented alias in data/released-slugs.json "remeant")',
    'units.csv: slug "quy-chau" (released in 1.0.0 for "416") is missing (expected every released slug to stay, as slug or alias)',
    'units.csv: slug "nghe-an" (released in 1.1.0 for "40") now names "416" (expected the unit it named; re-meaning a slug needs a documented alias in data/released-slugs.json "remeant")',
    'units.csv: slug "quy-chau" (released in 1.1.0 for "416") is missing (expected every released slug to stay, as slug or alias)',
    'units.csv: slug "nghe-an" (released in 1.2.0 for "40") now names "416" (expected the unit it named; re-meaning a slug needs a documented alias in data/released-slugs.json "remeant")',
    'units.csv: slug "quy-chau" (released in 1.2.0 for "416") is missing (expected every released slug to stay, as slug or alias)',
    'units.csv: slug "nghe-an" (released in 1.3.0 for "40") now names "416" (expected the unit it named; re-meaning a slug needs a documented alias in data/released-slugs.json "remeant")',
    'units.csv: slug "quy-chau" (released in 1.3.0 for "416") is missing (expected every released slug to stay, as slug or alias)',
  ]);
  // The documented re-meaning of "quang-tri" (45 → 44@2025) holds only while "quang-tri-cu" names 45.
  const noAlias = units.map((u) => (u.unit_id === '45' ? {...u, slug: 'quang-tri-1989'} : u));
  assert.deepEqual(checkSlugs(noAlias, releasedSlugs), [
    'units.csv: slug "quang-tri" (released in 1.0.0 for "45"): its alias "quang-tri-cu" names "" (expected "45", the unit the slug named)',
    'units.csv: slug "quang-tri-cu" (released in 1.1.0 for "45") is missing (expected every released slug to stay, as slug or alias)',
    'units.csv: slug "quang-tri-cu" (released in 1.2.0 for "45") is missing (expected every released slug to stay, as slug or alias)',
    'units.csv: slug "quang-tri-cu" (released in 1.3.0 for "45") is missing (expected every released slug to stay, as slug or alias)',
  ]);
});

test('a section on a plan known from an excerpt fails unless its quote shows the number', () => {
  // Cà Mau 165/KH-UBND is known from a cut copy that shows no numbering: "I.2" would be read off a layout never seen.
  const caMau = plant('targets.csv', 'ca-mau-2021-2025:communication.commune_coverage', {section: 'I.2'});
  assert.deepEqual(caMau.problems, [
    `targets.csv line ${caMau.line}, column section: "I.2" on a plan known from an excerpt, whose quote does not number it (expected empty, or the number the quote shows)`,
  ]);
  // Quảng Nam 2544/KH-UBND's quote starts "1. Trên 70% …": "1" is shown, its "II." parent is not.
  const qn = plant('targets.csv', 'quang-nam-2025:communication.commune_coverage', {section: 'II.1'});
  assert.deepEqual(qn.problems, [
    `targets.csv line ${qn.line}, column section: "II.1" on a plan known from an excerpt, whose quote does not number it (expected empty, or the number the quote shows: "1")`,
  ]);
  assert.deepEqual(plant('targets.csv', 'quang-nam-2025:communication.commune_coverage', {section: '1'}).problems, []);
});
