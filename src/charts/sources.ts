/**
 * The texts that go with a chart wherever it goes: the CSV of the rows shown, the source line (footer and images),
 * the citation and the download file names. Pure functions of the dataset, the language and the rows.
 */
import type {TargetWithResult} from '../data/queries.js';
import type {Request} from '../data/request.js';
import type {Dataset, Plan} from '../data/schema.js';
import {toCsv} from '../data/csv.js';
import {DATASET_LICENCE, DATASET_NAME} from '../data/dataset-info.js';
import {MESSAGES, formatDate, type Lang} from '../i18n.js';
import {indicatorLabel, indicatorOf, planOf, unitName} from './common.js';

/** The plans of some rows, in order of first appearance. */
export function plansOfRows(ds: Dataset, rows: {plan_id: string}[]): Plan[] {
  return [...new Set(rows.map((r) => r.plan_id))].map((id) => planOf(ds, id));
}

const planTitle = (lang: Lang, p: Plan) => (lang === 'vi' ? p.title : p.title_en);

/** The CSV of exactly the rows shown: ids, labels in the language, target, result, status, document and quote. */
export function rowsCsv(ds: Dataset, lang: Lang, rows: TargetWithResult[]): string {
  const records = rows.map((r) => {
    const p = planOf(ds, r.plan_id);
    return {
      target_id: r.target_id,
      unit_id: r.unit_id,
      unit: unitName(ds, r.unit_id, lang),
      period: r.period,
      indicator_id: r.indicator_id,
      indicator: indicatorLabel(indicatorOf(ds, r.indicator_id), lang),
      scope: lang === 'vi' ? r.scope : r.scope_en,
      comparator: r.comparator,
      value: r.value,
      value_max: r.value_max,
      measure: r.measure,
      target_year: r.target_year,
      result_value: r.result?.value ?? null,
      result_as_of: r.result?.as_of ?? null,
      status: r.status,
      plan_id: r.plan_id,
      document_no: p.document_no,
      issued_on: p.issued_on,
      section: r.section,
      quote: r.quote,
      source_kind: p.source_kind,
      source_url: r.source_url ?? p.source_url,
    };
  });
  return toCsv(Object.keys(records[0] ?? {target_id: ''}), records);
}

/** The footer's list of sources: each plan's document number (or title) and date, marked when secondary. */
export function footerSources(ds: Dataset, lang: Lang, planIds: string[]): string[] {
  const m = MESSAGES[lang];
  return planIds.map((id) => {
    const p = planOf(ds, id);
    return `${p.document_no ?? planTitle(lang, p)}${p.issued_on ? ` (${formatDate(lang, p.issued_on)})` : ''}${p.source_kind === 'secondary' ? `, ${m.secondary}` : ''}`;
  });
}

/** The source line drawn inside exported images. */
export function sourceLine(ds: Dataset, lang: Lang, rows: TargetWithResult[]): string {
  const m = MESSAGES[lang];
  const docs = plansOfRows(ds, rows).map((p) => p.document_no ?? planTitle(lang, p));
  return `${m.sources}: ${docs.join('; ')} · ${m.dataset} v${ds.version} · ${DATASET_LICENCE}`;
}

/** A citation of the rows shown: the chart's title, each plan with its issuer, number and date, the dataset. */
export function citation(ds: Dataset, lang: Lang, title: string, rows: TargetWithResult[]): string {
  const m = MESSAGES[lang];
  const docs = plansOfRows(ds, rows).map(
    (p) =>
      `${p.issuer}, ${planTitle(lang, p)}${p.document_no ? `, ${p.document_no}` : ''}${p.issued_on ? `, ${formatDate(lang, p.issued_on)}` : ''}${p.source_kind === 'secondary' ? ` (${m.secondary}: ${p.source_url})` : ''}`,
  );
  const data = `${lang === 'vi' ? 'Dữ liệu' : 'Data'}: ${DATASET_NAME} v${ds.version} (${DATASET_LICENCE})`;
  return `${title}. ${docs.join('; ')}. ${data}.`;
}

/**
 * "plan-chart-attainment-bac-kan-2021-2025.png": the view, the units (or indicators) and the period, with no empty
 * part ("plan-chart-periods-quang-tri.png", not "…-quang-tri-.png"); `suffix` names a variant ("1920x1080-1of3").
 */
export function fileName(
  req: Pick<Request, 'view' | 'asked' | 'indicators' | 'period'>,
  ext: string,
  suffix = '',
): string {
  // The units asked for ("quang-ngai", the province of today), not the former units drawn ("quang-ngai-cu").
  const who = req.asked.map((u) => u.slug).join('+') || (req.indicators ?? []).join('+');
  const parts = ['plan-chart', req.view, who, req.period ?? '', suffix].filter(Boolean);
  return `${parts.join('-')}.${ext}`.replace(/[^a-z0-9.+_-]/gi, '_');
}
