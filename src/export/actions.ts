/**
 * What the footer's downloads and the element's export methods do: the CSV of the rows shown, images per format,
 * the citation in four formats, the view's permalink. Part of the body's chunk (body.ts): none of it is needed for a
 * widget's first content. The element hands over what it knows through `ExportHost`.
 */
import type {ViewModel} from '../charts/build.js';
import type {ChartContext} from '../charts/common.js';
import type {ImageFormat} from './formats.js';
import {fileName, rowsCsv, rowsTable, sourceLine, type TableCell} from './sources.js';
import {permalink as permalinkOf} from './permalink.js';
import {buildView} from '../charts/build.js';
import type {Theme} from '../charts/rows.js';
import type {ResultLike, TargetWithResult} from '../data/queries.js';
import type {Request} from '../data/request.js';
import type {Dataset} from '../data/schema.js';
import '../i18n/exports.js';
import {MESSAGES, type Lang} from '../i18n/index.js';
import {download} from './download.js';
import {defaultDatasetUrl} from '../components/dataset-url.js';

// Image exports load on first use (with the chart engine, which they draw with); the citation formats and the
// workbook writer too.
const exporter = () => import('./draw.js');
const workbookWriter = () => import('./xlsx.js');
const citer = () => import('./cite.js');

export interface ExportHost {
  /** What is shown, once ready. */
  readonly shown: {model: ViewModel; ds: Dataset; request: Request; ctx: ChartContext} | null;
  readonly lang: Lang;
  readonly rows: TargetWithResult[];
  /** The page's results (charted rows). */
  readonly results: ResultLike[];
  /** The attributes a permalink carries, as the page wrote them. */
  readonly attributes: {
    unit: string | null;
    indicator: string | null;
    period: string | null;
    level: string | null;
    src: string | null;
    results: unknown;
    inline: string | null;
  };
  /** A plan the page supplied (`targets`): it has no permalink. */
  readonly pagePlan: boolean;
  /** The chart colours and the page's colour scheme, for the light or dark export. */
  theme(): Theme;
  readonly dark: boolean;
  /** The notes and notices drawn into every image (a successor, figures given by a link, a page's plan). */
  notices(): string[];
  /** The footer's status line. */
  status(text: string): void;
  /** A failed export: shown and fired as plan-chart-error ('export'). */
  failed(error: unknown): void;
}

/** The CSV of exactly the rows shown. */
export function csv(h: ExportHost): string {
  return h.shown ? rowsCsv(h.shown.ds, h.lang, h.rows) : '';
}

/**
 * The rows shown as an Excel workbook: the CSV's table as sheet 1 (numbers and dates as cells of their kind), and a
 * sheet saying what it is (chart, sources, dataset version and licence, address, day).
 */
export async function workbook(h: ExportHost, downloaded: Date = new Date()): Promise<Uint8Array> {
  if (!h.shown) throw new Error('nothing to export');
  const {model, ds} = h.shown;
  const w = MESSAGES[h.lang].workbook;
  const table = rowsTable(ds, h.lang, h.rows);
  const link = permalink(h);
  const about: [string, TableCell][] = [
    [w.chart, model.title],
    [w.sources, sourceLine(ds, h.lang, h.rows, model.statuses)],
    ...(link ? [[w.address, link] as [string, TableCell]] : []),
    [w.downloaded, {date: isoDay(downloaded)}],
    [w.howTo, w.howToText],
  ];
  const {xlsxBytes} = await workbookWriter();
  return xlsxBytes({
    sheets: [
      {name: w.data, ...table, filter: true},
      {
        name: w.about,
        columns: [w.about, ''],
        cells: about,
        widths: [16, 100],
      },
    ],
  });
}

/** A date as YYYY-MM-DD in the reader's time zone (the day they accessed the view). */
const isoDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The citation of the view in a format (see PlanChart.citation). */
export async function citation(
  h: ExportHost,
  format: 'text' | 'bibtex' | 'ris' | 'csl-json',
  accessed: Date,
): Promise<string> {
  if (!h.shown) return '';
  const {model, ds} = h.shown;
  const input = {
    ds,
    lang: h.lang,
    title: model.title,
    rows: h.rows,
    withResults: model.statuses,
    permalink: permalink(h),
    accessed: isoDay(accessed),
  };
  const cite = await citer();
  if (format === 'bibtex') return cite.bibtex(input);
  if (format === 'ris') return cite.ris(input);
  if (format === 'csl-json') return JSON.stringify(cite.cslJson(input), null, 2);
  return cite.citationText(input);
}

/** The view's address: embed.html next to the script, with the view's parameters (its period pinned). */
export function permalink(h: ExportHost): string | null {
  // embed.html draws the dataset's plans: a plan the page supplied has no address of its own.
  if (!h.shown || h.pagePlan) return null;
  const req = h.shown.request;
  let embed: string;
  try {
    // The bundled dataset sits in data/ next to plan-chart.js, and so does embed.html.
    embed = new URL('../embed.html', defaultDatasetUrl()).href;
  } catch {
    return null;
  }
  const abs = (u: string) => {
    try {
      return new URL(u, document.baseURI).href;
    } catch {
      return u;
    }
  };
  const a = h.attributes;
  let data: string | null = null;
  try {
    const rows = Array.isArray(a.results) ? a.results : a.inline ? JSON.parse(a.inline) : null;
    // Results given in the page travel in the URL (embed.html's data=) while they are short.
    if (rows) data = JSON.stringify(rows);
    if (data && data.length > 2000) data = null;
  } catch {
    data = null;
  }
  return permalinkOf(embed, {
    view: req.view,
    unit: a.unit,
    indicator: a.indicator,
    period: req.period ?? a.period,
    level: a.level,
    lang: h.lang,
    results: typeof a.results === 'string' && a.results.trim() ? abs(a.results.trim()) : null,
    src: a.src ? abs(a.src) : null,
    data,
  });
}

/**
 * The files of an image export, without saving them: one per frame. Light colours unless `dark`, whatever the
 * page's colour scheme; colours the page set with `--plan-chart-*` are kept.
 */
export async function exportImages(
  h: ExportHost,
  format: ImageFormat,
  options: {type?: 'png' | 'svg'; dark?: boolean; transparent?: boolean; rows?: Iterable<string>} = {},
): Promise<{name: string; blob: Blob}[]> {
  if (!h.shown) throw new Error('nothing to export');
  const {model, ds, request: req, ctx} = h.shown;
  const {exportImages: images} = await exporter();
  return images({
    format,
    type: options.type ?? 'png',
    lang: h.lang,
    page: {theme: h.theme(), dark: h.dark},
    dark: !!options.dark,
    transparent: !!options.transparent,
    rebuild: (o) => buildView({...ctx, ...o}, req, h.results),
    web: {width: ctx.width, fontSize: ctx.theme.fontSize},
    source: sourceLine(ds, h.lang, model.rows, model.statuses, true),
    notices: [...model.notes, ...h.notices()],
    rows: options.rows ? new Set(options.rows) : undefined,
    name: (suffix, ext) => fileName(req, ext, suffix),
  });
}

/** Makes the files and saves them; a failure is shown in the footer and fired as plan-chart-error ('export'). */
async function save(h: ExportHost, make: () => Promise<{name: string; blob: Blob; frames?: number}[]>) {
  const m = MESSAGES[h.lang];
  h.status(m.exporting);
  try {
    const files = await make();
    for (const f of files) download(f.blob, f.name);
    const frames = files[0]?.frames;
    h.status(frames ? m.exportedZip(frames) : m.exported(files.length));
  } catch (e) {
    h.failed(e);
  }
}

export function downloadXlsx(h: ExportHost): Promise<void> {
  return save(h, async () => [
    {
      name: fileName(h.shown!.request, 'xlsx'),
      blob: new Blob([(await workbook(h)) as Uint8Array<ArrayBuffer>], {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    },
  ]);
}

export function downloadCsv(h: ExportHost): Promise<void> {
  return save(h, async () => [
    {
      name: fileName(h.shown!.request, 'csv'),
      blob: new Blob(['\ufeff' + csv(h)], {type: 'text/csv;charset=utf-8'}),
    },
  ]);
}

/** Saves an image export: one file, or the frames of a long chart in one ZIP ("…-1920x1080.zip"). */
export function downloadImage(
  h: ExportHost,
  format: ImageFormat,
  type: 'png' | 'svg',
  dark: boolean,
  rows?: string[],
  transparent = false,
): Promise<void> {
  if (rows && !rows.length) {
    h.status(MESSAGES[h.lang].noRowsPicked);
    return Promise.resolve();
  }
  return save(h, async () => {
    const files = await exportImages(h, format, {type, dark, rows, transparent});
    if (files.length < 2) return files;
    const {zipFiles} = await exporter();
    const zip = await zipFiles(files, files[0].name.replace(/-1of\d+\.\w+$/, '.zip'));
    return [{...zip, frames: files.length}];
  });
}

export function downloadCitation(h: ExportHost, kind: 'bibtex' | 'ris' | 'csl-json'): Promise<void> {
  const [ext, mime, suffix] =
    kind === 'bibtex'
      ? ['bib', 'application/x-bibtex', '']
      : kind === 'ris'
        ? ['ris', 'application/x-research-info-systems', '']
        : ['json', 'application/vnd.citationstyles.csl+json', 'csl'];
  return save(h, async () => [
    {
      name: fileName(h.shown!.request, ext, suffix),
      blob: new Blob([await citation(h, kind, new Date())], {type: `${mime};charset=utf-8`}),
    },
  ]);
}

export async function copyCitation(h: ExportHost): Promise<void> {
  const text = await citation(h, 'text', new Date());
  try {
    await navigator.clipboard.writeText(text);
    h.status(MESSAGES[h.lang].copied);
  } catch {
    // No clipboard (insecure context, permissions): show the text so it can be selected.
    h.status(text);
  }
}
