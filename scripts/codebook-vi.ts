// `npx tsx scripts/codebook-vi.ts`: rewrites the "Các cột" section of data/README.vi.md (everything from its heading
// to the end) from the schema and src/data/schema-vi.ts, then formats the file with Prettier.
import {readFileSync, writeFileSync} from 'node:fs';
import {format, resolveConfig} from 'prettier';
import {COLUMNS_HEADING_VI, columnsSectionVi} from './lib/codebook-vi.js';

const file = new URL('../data/README.vi.md', import.meta.url);
const text = readFileSync(file, 'utf8');
const at = text.indexOf(`\n${COLUMNS_HEADING_VI}\n`);
if (at < 0) {
  console.error(`codebook-vi: data/README.vi.md has no "${COLUMNS_HEADING_VI}" heading`);
  process.exit(1);
}
const options = (await resolveConfig(file.pathname)) ?? {};
writeFileSync(file, await format(text.slice(0, at + 1) + columnsSectionVi(), {...options, parser: 'markdown'}));
console.log('codebook-vi: wrote data/README.vi.md');
