// The Vietnamese codebook, data/README.vi.md: its "Các cột" section is what scripts/codebook-vi.ts generates from
// the schema and src/data/schema-vi.ts (so it cannot fall behind a new column), and both codebooks cite the
// dataset's current version in their example.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {format, resolveConfig} from 'prettier';
import {TABLES} from '../../src/data/schema.js';
import {TABLES_VI} from '../../src/data/schema-vi.js';
import {COLUMNS_HEADING_VI, columnsSectionVi} from '../../scripts/lib/codebook-vi.js';

const file = new URL('../../data/README.vi.md', import.meta.url);
const vi = readFileSync(file, 'utf8');
const en = readFileSync(new URL('../../data/README.md', import.meta.url), 'utf8');
const version = (
  JSON.parse(readFileSync(new URL('../../data/datapackage.json', import.meta.url), 'utf8')) as {version: string}
).version;

test('the columns section of README.vi.md is the generated one (npx tsx scripts/codebook-vi.ts)', async () => {
  const at = vi.indexOf(`\n${COLUMNS_HEADING_VI}\n`);
  assert.ok(at > 0, 'README.vi.md has its columns heading');
  const options = (await resolveConfig(file.pathname)) ?? {};
  const expected = await format(vi.slice(0, at + 1) + columnsSectionVi(), {...options, parser: 'markdown'});
  assert.equal(vi, expected);
});

test('README.vi.md names every column of every table with its Vietnamese title and meaning', () => {
  const flat = vi.replace(/\s+/g, ' ');
  const missing: string[] = [];
  for (const t of TABLES) {
    const section = flat.slice(flat.indexOf(`### \`${t.file}\``));
    for (const c of Object.keys(t.columns)) {
      const {title, description} = TABLES_VI[t.name].columns[c];
      if (!new RegExp(`\\| \`${c}\` +\\| ${title.replace(/[()]/g, '\\$&')} +\\|`).test(section))
        missing.push(`${t.file} ${c}`);
      if (!section.includes(description.replace(/\s+/g, ' '))) missing.push(`${t.file} ${c}: meaning`);
    }
  }
  assert.deepEqual(missing, []);
});

test('both codebooks cite the current dataset version, and link each other', () => {
  for (const [name, text] of [
    ['README.md', en],
    ['README.vi.md', vi],
  ])
    assert.ok(text.includes(`> plan-chart-targets v${version} (CC BY 4.0), target`), name);
  assert.ok(en.includes('`README.vi.md`'));
  assert.ok(vi.includes('`README.md`'));
  // The same sections, in the same order: files, reading, adding a plan, versioning, licence, columns.
  const headings = (text: string) => [...text.matchAll(/^(#{2,3}) /gm)].map((m) => m[1]).length;
  assert.equal(headings(vi), headings(en));
});
