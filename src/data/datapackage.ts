/**
 * data/datapackage.json (Frictionless Data Package v2), generated from the column specs in schema.ts so that
 * the documentation of each field cannot drift from the validation. `npm run data:package` writes it;
 * `npm run data:check` fails when the file on disk differs.
 */
import {tableFields} from './columns.js';
import {TABLES} from './schema.js';

export const DATASET_NAME = 'plan-chart-targets';

export function datapackage({version, created}: {version: string; created: string}) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: DATASET_NAME,
    id: `${DATASET_NAME}@${version}`,
    title:
      'Chỉ tiêu kế hoạch phòng, chống mại dâm của tỉnh, huyện (Việt Nam) — Targets of Vietnamese provincial and district prostitution-prevention plans',
    description:
      'Every numeric target ("chỉ tiêu") of Vietnamese prostitution-prevention plans that a shipped source states: five official provincial and district plans, the national programmes, and the plans of some 20 provinces and cities that public pages quote (2016 to 2026, five-year and annual plans, and plans outside any programme), harmonized into one codebook of indicators, with the results reported in the same measure, counts of activity as context, the programme periods (2026-2035 a draft), and all 63 provinces before 1 July 2025 with the 34 after. Each target and result carries the verbatim sentence of its source; the sources ship under sources/ with their sha256.',
    version,
    created,
    homepage: 'https://www.npmjs.com/package/plan-chart',
    keywords: [
      'Vietnam',
      'prostitution prevention',
      'phòng, chống mại dâm',
      'chỉ tiêu',
      'provincial plans',
      'targets',
      'SDG',
      'open data',
    ],
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title:
          'Creative Commons Attribution 4.0 (the curation: ids, codebook, judgments). The plan texts are Vietnamese legal documents, not subject to copyright (Luật Sở hữu trí tuệ, Điều 15).',
      },
    ],
    contributors: [{title: 'plan-chart contributors', roles: ['creator']}],
    sources: [
      {
        title: 'Kế hoạch thực hiện Chương trình phòng, chống mại dâm tỉnh Tuyên Quang giai đoạn 2016-2020',
        path: 'sources/tuyen-quang-2016-2020.txt',
      },
      {
        title: 'Quyết định 2060/QĐ-UBND (01/11/2021), Kế hoạch tỉnh Bắc Kạn 2021-2025',
        path: 'sources/bac-kan-2021-2025.txt',
      },
      {
        title: 'Quyết định 1736/QĐ-UBND (05/11/2021), Kế hoạch tỉnh Quảng Ngãi 2021-2025',
        path: 'sources/quang-ngai-2021-2025.txt',
      },
      {
        title: 'Kế hoạch thực hiện Chương trình phòng, chống mại dâm tỉnh Quảng Trị giai đoạn 2022-2025',
        path: 'sources/quang-tri-2022-2025.txt',
      },
      {title: 'Kế hoạch phòng, chống mại dâm huyện Quỳ Châu năm 2025', path: 'sources/quy-chau-2025.txt'},
      {
        title:
          'Reference notes: national targets, reported results and the 2025 reorganization, each with its public page',
        path: 'sources/reference-national.md',
      },
      {
        title:
          'Reference notes: provincial and city plans, reported results, counts of activity and the 2026-2035 draft, each quote with its public page (secondary sources)',
        path: 'sources/reference-provinces.md',
      },
      {
        title: 'The 63 provinces before 1 July 2025 with their codes and the 34 after (merge mapping)',
        path: 'sources/provinces-units.csv',
      },
    ],
    resources: TABLES.map((t) => ({
      name: t.name,
      type: 'table',
      path: t.file,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      title: t.title,
      description: t.description,
      ...(t.sources ? {sources: t.sources} : {}),
      dialect: {header: true, delimiter: ',', quoteChar: '"', doubleQuote: true, lineTerminator: '\r\n'},
      schema: {
        fields: tableFields(t.columns),
        missingValues: [''],
        primaryKey: [t.primaryKey],
        foreignKeys: t.foreignKeys.map((fk) =>
          fk.reference.resource === t.name ? {fields: fk.fields, reference: {fields: fk.reference.fields}} : fk,
        ),
      },
    })),
  };
}
