// The "Các cột" section of data/README.vi.md, from the schema (types, required, allowed values, keys, references)
// and the Vietnamese texts of src/data/schema-vi.ts: `npx tsx scripts/codebook-vi.ts` rewrites it in place.
import {TABLES} from '../../src/data/schema.js';
import {TABLES_VI} from '../../src/data/schema-vi.js';

export const COLUMNS_HEADING_VI = '## Các cột';

const TYPE_VI: Record<string, string> = {string: 'chuỗi', integer: 'số nguyên', number: 'số', date: 'ngày'};

export function columnsSectionVi(): string {
  const out = [
    COLUMNS_HEADING_VI,
    '',
    'Sinh từ `src/data/schema.ts` (kiểu, bắt buộc, giá trị cho phép, khóa) và `src/data/schema-vi.ts` (tên và ý nghĩa bằng tiếng Việt của từng cột, cùng nội dung với mô tả tiếng Anh trong `datapackage.json`): `npx tsx scripts/codebook-vi.ts`.',
  ];
  for (const t of TABLES) {
    const vi = TABLES_VI[t.name];
    const refs = t.foreignKeys.map((f) => `\`${f.fields[0]}\` → \`${f.reference.resource}.${f.reference.fields[0]}\``);
    out.push(
      '',
      `### \`${t.file}\` — ${vi.title}`,
      '',
      `${vi.description} Khóa: \`${t.primaryKey}\`.${refs.length ? ` Tham chiếu: ${refs.join(', ')}.` : ''}`,
      '',
      '| cột | tên | kiểu | bắt buộc | ý nghĩa |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const [name, c] of Object.entries(t.columns)) {
      const v = vi.columns[name];
      const values = c.field.constraints?.enum;
      const meaning = `${v.description}${values ? ` Một trong: ${values.map((x) => `\`${x}\``).join(', ')}.` : ''}`;
      out.push(
        `| \`${name}\` | ${v.title} | ${TYPE_VI[c.field.type]} | ${c.field.constraints?.required ? 'có' : ''} | ${meaning} |`,
      );
    }
  }
  return out.join('\n') + '\n';
}
