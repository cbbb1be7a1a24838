/**
 * Citations of a chart that a reader can follow back: the dataset with its version and licence, each plan document
 * with its issuing authority, number, date and the sections the rows come from, the target ids shown, the results'
 * sources, the permalink of the view and the access date. As text in the widget's language, BibTeX (biblatex
 * fields), RIS and CSL-JSON. Pure functions: the access date and the permalink are inputs.
 */
import type {TargetWithResult} from '../data/queries.js';
import type {Dataset, Plan} from '../data/schema.js';
import {DATASET_LICENCE, DATASET_LICENCE_URL, DATASET_NAME} from '../data/constants.js';
import '../i18n/exports.js';
import {MESSAGES, formatDate, type Lang} from '../i18n/index.js';
import {documentKind, documentName, issuerName, plansOfRows} from './sources.js';

/** The dataset's creator and home page, as data/datapackage.json states them (test/export/cite.node.test.ts). */
export const DATASET_AUTHOR = 'plan-chart contributors';
export const DATASET_HOMEPAGE = 'https://www.npmjs.com/package/plan-chart';

export interface CiteInput {
  ds: Dataset;
  lang: Lang;
  /** The chart's title. */
  title: string;
  /** The rows shown. */
  rows: TargetWithResult[];
  /** Whether the chart shows results (the model's `statuses`): their sources are cited then. */
  withResults: boolean;
  /** The view's permalink (see `permalink`); null where the widget cannot tell its address. */
  permalink: string | null;
  /** The access date, ISO (YYYY-MM-DD). */
  accessed: string;
}

/** What to cite of one plan: the plan, and the sections the rows shown come from, in the plan's order. */
export interface CitedPlan {
  plan: Plan;
  sections: string[];
}

export function citedPlans(ds: Dataset, rows: TargetWithResult[]): CitedPlan[] {
  // The chart may put rows with results first; a citation names the sections as the document orders them (the
  // dataset keeps each plan's targets in the document's order).
  const at = new Map(ds.targets.map((t, k) => [t.target_id, k]));
  const inOrder = [...rows].sort((a, b) => (at.get(a.target_id) ?? 0) - (at.get(b.target_id) ?? 0));
  return plansOfRows(ds, rows).map((plan) => ({
    plan,
    sections: [...new Set(inOrder.filter((r) => r.plan_id === plan.plan_id && r.section).map((r) => r.section!))],
  }));
}

/** The results shown with their sources: title and address of each, in order of first appearance. */
export function citedResults(rows: TargetWithResult[]): {title: string | null; url: string | null}[] {
  const seen = new Map<string, {title: string | null; url: string | null}>();
  for (const r of rows) {
    if (!r.result) continue;
    const title = r.result.source_title?.trim() || null;
    const url = r.result.source_url?.trim() || null;
    const key = `${title}|${url}`;
    if (!seen.has(key)) seen.set(key, {title, url});
  }
  return [...seen.values()];
}

export {permalink, type PermalinkParams} from './permalink.js';

const datasetTitle = (lang: Lang) => MESSAGES[lang].datasetTitle;

/** "Quyết định 1736/QĐ-UBND ngày 05/11/2021 của …" with the plan's title, the sections and, if secondary, the page. */
function documentText(ds: Dataset, lang: Lang, c: CitedPlan): string {
  const m = MESSAGES[lang];
  const p = c.plan;
  const title = lang === 'vi' ? `“${p.title}”` : `“${p.title}” [${p.title_en}]`;
  const doc = p.document_no
    ? `${documentName(lang, p)}${p.issued_on ? `, ${formatDate(lang, p.issued_on)}` : ''}, `
    : '';
  const sections = c.sections.length ? `, ${m.section.toLowerCase()} ${c.sections.join(', ')}` : '';
  const secondary = p.source_kind === 'secondary' && p.source_url ? ` (${m.secondary}: ${p.source_url})` : '';
  const issuer = issuerName(ds, lang, p);
  return `${issuer[0].toUpperCase()}${issuer.slice(1)}, ${doc}${title}${sections}${secondary}`;
}

/**
 * The citation as text, in the widget's language: the chart, the dataset (version, licence), the documents, the
 * target ids, the results' sources, the permalink and the access date.
 */
/** A plan the page supplied (src/data/targets/page-plan.ts), not the dataset's. */
const fromPage = (ds: object) => 'page' in ds;

export function citationText(c: CiteInput): string {
  const m = MESSAGES[c.lang];
  const t = m.citeText;
  const plans = citedPlans(c.ds, c.rows);
  // A plan the page supplied (`targets`) is not the dataset's: the citation says so, and its ids mean nothing.
  const page = fromPage(c.ds);
  const parts = [
    `${c.title}.`,
    page
      ? `${t.fromPage}.`
      : `${t.data}: ${DATASET_AUTHOR}, ${datasetTitle(c.lang)} (${DATASET_NAME}), ${t.version} ${c.ds.version}, ${m.licence.toLowerCase()} ${DATASET_LICENCE}.`,
    `${t.documents}: ${plans.map((p) => documentText(c.ds, c.lang, p)).join('; ')}.`,
    page ? '' : `${t.targets}: ${c.rows.map((r) => r.target_id).join(', ')}.`,
  ].filter(Boolean);
  const results = c.withResults ? citedResults(c.rows) : [];
  if (results.length) {
    const cap = m.resultsSource[0].toUpperCase() + m.resultsSource.slice(1);
    const list = results.map((r) => [r.title ?? m.resultsFromPage, r.url].filter(Boolean).join(', '));
    parts.push(`${cap}: ${list.join('; ')}.`);
  }
  const accessed = formatDate(c.lang, c.accessed);
  parts.push(c.permalink ? `${t.at(c.permalink, accessed)}.` : `(${t.accessed(accessed)}).`);
  return parts.join(' ');
}

// ——— BibTeX ———

const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
};

/**
 * A BibTeX field value: one line, TeX's special characters escaped in one pass. Braces become `\textbraceleft{}` and
 * `\textbraceright{}`, not `\{` and `\}`: BibTeX counts a brace after a backslash like any other, so `\}` can close
 * the field (and `}@comment{` the entry). Every brace the value then holds is one this function wrote, in pairs.
 */
function bib(v: string): string {
  return v
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}~^&%$#_]/g, (ch) => TEX_SPECIALS[ch]);
}

/** A url field, written as is (biblatex reads it verbatim) but with what could end the field percent-encoded. */
const bibUrl = (v: string) =>
  v.trim().replace(/[{}\\\s"]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

function bibEntry(type: string, key: string, fields: [string, string | null | undefined, 'raw'?][]): string {
  const lines = fields
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v, raw]) => `  ${k} = {${raw ? v : bib(v!)}},`);
  return `@${type}{${key},\n${lines.join('\n')}\n}\n`;
}

const citeKey = (s: string) => s.replace(/[^A-Za-z0-9:.-]+/g, '-');

/**
 * BibTeX with biblatex fields (`version`, `urldate`, `langid`): one @misc for the dataset (the view's permalink as
 * its url, the target ids in its note) and one @misc per plan document (its authority as a corporate author, type,
 * number, date and the sections).
 */
export function bibtex(c: CiteInput): string {
  const m = MESSAGES[c.lang];
  const t = m.citeText;
  const results = c.withResults ? citedResults(c.rows) : [];
  const note = [
    `${c.title}.`,
    `${t.targets}: ${c.rows.map((r) => r.target_id).join(', ')}.`,
    results.length
      ? `${m.resultsSource}: ${results.map((r) => [r.title ?? m.resultsFromPage, r.url].filter(Boolean).join(', ')).join('; ')}.`
      : '',
    `${m.licence} ${DATASET_LICENCE}.`,
  ]
    .filter(Boolean)
    .join(' ');
  const entries = [
    ...(fromPage(c.ds)
      ? []
      : [
          bibEntry('misc', citeKey(`${DATASET_NAME}-${c.ds.version}`), [
            ['author', `{${bib(DATASET_AUTHOR)}}`, 'raw'],
            ['title', `${datasetTitle(c.lang)} (${DATASET_NAME})`],
            ['version', c.ds.version],
            ['url', bibUrl(c.permalink ?? DATASET_HOMEPAGE), 'raw'],
            ['urldate', c.accessed],
            ['note', note],
            ['langid', c.lang === 'vi' ? 'vietnamese' : 'english'],
          ]),
        ]),
    ...citedPlans(c.ds, c.rows).map(({plan: p, sections}) => {
      const kind = documentKind(p.document_no);
      return bibEntry('misc', citeKey(p.plan_id), [
        ['author', `{${bib(p.issuer)}}`, 'raw'],
        ['title', p.title],
        ['titleaddon', c.lang === 'en' ? p.title_en : null],
        ['type', kind ? MESSAGES.vi.docKind[kind] : null],
        ['number', p.document_no],
        ['date', p.issued_on],
        ['year', p.issued_on?.slice(0, 4)],
        ['url', p.source_url && bibUrl(p.source_url), 'raw'],
        [
          'note',
          [
            sections.length ? `${m.section} ${sections.join(', ')}` : '',
            p.source_kind === 'secondary' ? m.secondary : '',
          ]
            .filter(Boolean)
            .join('; '),
        ],
        ['langid', 'vietnamese'],
      ]);
    }),
  ];
  return entries.join('\n');
}

// ——— RIS ———

const risDate = (iso: string) => iso.replace(/-/g, '/');

function risRecord(fields: [string, string | null | undefined][]): string {
  const lines = fields
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}  - ${v!.replace(/\s*[\r\n]+\s*/g, ' ')}`);
  return [...lines, 'ER  - '].join('\r\n');
}

/**
 * RIS (2011 tags, UTF-8, CRLF): a DATA record for the dataset (version as ET, permalink as UR, access date as Y2,
 * target ids in N1) and a GOVDOC record per plan document (authority as AU, number as M1, type as M3, date as DA).
 */
export function ris(c: CiteInput): string {
  const m = MESSAGES[c.lang];
  const t = m.citeText;
  const results = c.withResults ? citedResults(c.rows) : [];
  const records = [
    ...(fromPage(c.ds)
      ? []
      : [
          risRecord([
            ['TY', 'DATA'],
            ['AU', DATASET_AUTHOR],
            ['TI', `${datasetTitle(c.lang)} (${DATASET_NAME})`],
            ['ET', c.ds.version],
            ['UR', c.permalink ?? DATASET_HOMEPAGE],
            ['Y2', risDate(c.accessed)],
            ['N1', `${c.title}. ${t.targets}: ${c.rows.map((r) => r.target_id).join(', ')}.`],
            ...results.map((r): [string, string] => [
              'N1',
              `${m.resultsSource}: ${[r.title ?? m.resultsFromPage, r.url].filter(Boolean).join(', ')}`,
            ]),
            ['N1', `${m.licence} ${DATASET_LICENCE} (${DATASET_LICENCE_URL})`],
            ['LA', c.lang],
          ]),
        ]),
    ...citedPlans(c.ds, c.rows).map(({plan: p, sections}) => {
      const kind = documentKind(p.document_no);
      return risRecord([
        ['TY', 'GOVDOC'],
        ['AU', p.issuer],
        ['TI', p.title],
        ['TT', p.title_en],
        ['M1', p.document_no],
        ['M3', kind ? MESSAGES.vi.docKind[kind] : null],
        ['PY', p.issued_on?.slice(0, 4)],
        ['DA', p.issued_on ? risDate(p.issued_on) : null],
        ['UR', p.source_url],
        ['N1', sections.length ? `${m.section} ${sections.join(', ')}` : null],
        ['N1', p.source_kind === 'secondary' ? m.secondary : null],
        ['LA', 'vi'],
      ]);
    }),
  ];
  return records.join('\r\n') + '\r\n';
}

// ——— CSL-JSON ———

const dateParts = (iso: string) => ({'date-parts': [iso.split('-').map(Number)]});

/** CSL-JSON (citeproc): a `dataset` item and a `legislation` item per plan document (authority, number, section). */
export function cslJson(c: CiteInput): Record<string, unknown>[] {
  const m = MESSAGES[c.lang];
  return [
    ...(fromPage(c.ds)
      ? []
      : [
          {
            id: `${DATASET_NAME}-${c.ds.version}`,
            type: 'dataset',
            author: [{literal: DATASET_AUTHOR}],
            title: `${datasetTitle(c.lang)} (${DATASET_NAME})`,
            version: c.ds.version,
            URL: c.permalink ?? DATASET_HOMEPAGE,
            accessed: dateParts(c.accessed),
            note: `${c.title}. ${m.citeText.targets}: ${c.rows.map((r) => r.target_id).join(', ')}. ${m.licence} ${DATASET_LICENCE}.`,
            language: c.lang,
          },
        ]),
    ...citedPlans(c.ds, c.rows).map(({plan: p, sections}) => {
      const kind = documentKind(p.document_no);
      return Object.fromEntries(
        Object.entries({
          id: p.plan_id,
          type: 'legislation',
          author: [{literal: p.issuer}],
          authority: p.issuer,
          title: p.title,
          genre: kind ? MESSAGES.vi.docKind[kind] : undefined,
          number: p.document_no ?? undefined,
          issued: p.issued_on ? dateParts(p.issued_on) : undefined,
          section: sections.length ? sections.join(', ') : undefined,
          URL: p.source_url ?? undefined,
          note: p.source_kind === 'secondary' ? m.secondary : undefined,
          language: 'vi',
        }).filter(([, v]) => v !== undefined),
      );
    }),
  ];
}
