/**
 * The exports, loaded on the first click: images laid out for where they go (src/export/frames.ts: television
 * frames, social squares, newspaper columns at 300 dpi, the web image), each frame drawn from one Vega spec by a
 * headless view — to a canvas for PNG (with its dpi and texts in the file), to SVG with text kept as text — and the
 * text files (CSV, citations). The chart is laid out again for the frame (`rebuild`), never a screenshot scaled.
 * Nothing leaves the page: blob URLs, no request to any server, no `eval` (Vega's interpreter), no <style>.
 */
import {zipSync} from 'fflate';
import type {Spec, View as VegaView} from 'vega-typings';
import type {ViewModel} from '../charts/build.js';
import type {ChartContext} from '../charts/common.js';
import {chartWidth, frameFormat, frameSpec, pickRows, planFrames, type Frame, type FrameFormat} from './frames.js';
import type {ImageFormat} from './formats.js';
import {estimateWidth, type Theme} from '../charts/rows.js';
import {exportTheme} from '../charts/export-palettes.js';
import {legendColor} from '../charts/views/index.js';
import {DATASET_LICENCE, DATASET_LICENCE_URL} from '../data/constants.js';
import '../i18n/exports.js';
import {MESSAGES, type Lang} from '../i18n/index.js';
// Statically: this chunk shares the engine's (loaded by then for the chart on the page), so the engine and the chart
// layout it uses stay one file for the page's first draw.
import {chartSpec, draw} from '../components/vega-runtime.js';
import {canvasMeasure} from '../components/measure.js';
import {withPngMetadata} from './png.js';
import {svgDocument} from './svg.js';

export {readPng} from './png.js';
export {download} from './download.js';

/** What the element gives for an image export. */
export interface ImageJob {
  format: ImageFormat;
  type: 'png' | 'svg';
  lang: Lang;
  /** The theme the widget reads on the page, and whether the page is in dark mode. */
  page: {theme: Theme; dark: boolean};
  /** The dark palette instead of the light one (named in the file name); colours the page set stay either way. */
  dark: boolean;
  /**
   * No background: the frame's texts and marks over transparent pixels (PNG with alpha, "…-alpha"), for a vision
   * mixer to key over video or a designer's own backdrop. With `dark`, light texts for a dark picture.
   */
  transparent?: boolean;
  /** The view model again, with another width, theme and text measure: `buildView` with the element's request. */
  rebuild: (ctx: Partial<ChartContext>) => ViewModel;
  /** The web image: the chart's width and font size on the page. */
  web: {width: number; fontSize: number};
  /** The source line drawn in the image (`sourceLine(…, brief)`). */
  source: string;
  /** Lines drawn in every image, above the source line. */
  notices: string[];
  /** The rows the editor picked (row keys); absent: every row of the chart. */
  rows?: ReadonlySet<string>;
  /** The file name for a suffix ("1920x1080-1of3") and an extension (`fileName` with the element's request). */
  name: (suffix: string, ext: string) => string;
}

export interface ExportedFile {
  name: string;
  blob: Blob;
}

/** The frames of an image export, and the theme and format they were laid out with (also for tests). */
export function layoutFrames(job: ImageJob): {format: FrameFormat; theme: Theme; frames: Frame[]; model: ViewModel} {
  const format = frameFormat(job.format, job.web);
  const colours = exportTheme(job.page.theme, job.page.dark ? 'dark' : 'light', job.dark ? 'dark' : 'light');
  const theme: Theme = {
    ...colours,
    ...(job.transparent ? {background: 'transparent'} : {}),
    fontSize: format.sizes.chart,
  };
  const measure = canvasMeasure(theme.font) ?? estimateWidth;
  const model = job.rebuild({width: chartWidth(format), theme, measureText: measure});
  const frames = planFrames(
    format,
    {
      title: model.title,
      legend: model.legend.map((l) => ({symbol: l.symbol, text: l.text, color: legendColor(theme, l.kind)})),
      notices: job.notices,
      source: job.source,
      panels: model.panels.map((p) => pickRows(p.options, job.rows)).filter((o) => o.rows.length),
      theme,
      continued: MESSAGES[job.lang].continued,
    },
    measure,
  );
  return {format, theme, frames, model};
}

/** A Vega view of a frame, drawn into a container outside the document: what `toSVG` and `toCanvas` render from. */
const frameView = (spec: Spec): Promise<VegaView> => draw(document.createElement('div'), spec);

const toBlob = (canvas: HTMLCanvasElement) =>
  new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
  );

/** The Vega specs of an image export's frames, with their file names (for tests: the SVG a frame is drawn from). */
export function frameSpecs(job: ImageJob): {spec: Spec; frame: Frame; name: string; format: FrameFormat}[] {
  const {format, theme, frames, model} = layoutFrames(job);
  const picked = frames.reduce((n, f) => n + f.keys.length, 0);
  if (job.rows && !picked) throw new Error('none of the rows picked for the image is in the chart');
  return frames.map((frame) => {
    const suffix = [
      format.id,
      job.dark ? 'dark' : '',
      job.transparent ? 'alpha' : '',
      // Picked rows say so: "…-1920x1080-5rows-1of2.png".
      job.rows ? `${picked}rows` : '',
      frame.count > 1 ? `${frame.index}of${frame.count}` : '',
    ]
      .filter(Boolean)
      .join('-');
    const description = `${model.title}${frame.count > 1 ? ` (${frame.index}/${frame.count})` : ''}`;
    return {
      spec: frameSpec(frame, theme, chartSpec, description),
      frame,
      name: job.name(suffix, job.type),
      format,
    };
  });
}

/** Draws every frame of an image export: one file per frame. */
export async function exportImages(job: ImageJob): Promise<ExportedFile[]> {
  const specs = frameSpecs(job);
  const files: ExportedFile[] = [];
  // One frame at a time: a sixteen-row chart makes several 1920×1080 canvases.
  for (const {spec, name, format} of specs) {
    const title = (spec as {description?: string}).description ?? '';
    const description = [...job.notices, job.source].join('\n');
    const view = await frameView(spec);
    try {
      if (job.type === 'svg') {
        const svg = svgDocument(await view.toSVG(), {title, description, lang: job.lang, dpi: format.dpi});
        files.push({name, blob: new Blob([svg], {type: 'image/svg+xml'})});
      } else {
        const canvas = (await view.toCanvas(format.scale ?? 1)) as unknown as HTMLCanvasElement;
        const png = new Uint8Array(await (await toBlob(canvas)).arrayBuffer());
        const bytes = withPngMetadata(png, {
          dpi: format.dpi,
          lang: job.lang,
          text: {
            Title: title,
            Description: description,
            Copyright: `${DATASET_LICENCE} (${DATASET_LICENCE_URL})`,
            Software: 'plan-chart',
          },
        });
        files.push({name, blob: new Blob([bytes], {type: 'image/png'})});
      }
    } finally {
      view.finalize();
    }
  }
  return files;
}

/**
 * Several frames as one ZIP file (stored: PNGs are compressed already) with the frames' names inside, for one
 * download: a browser saves several downloads started at once unreliably (Chromium drops some).
 */
export async function zipFiles(files: ExportedFile[], name: string): Promise<ExportedFile> {
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) entries[f.name] = new Uint8Array(await f.blob.arrayBuffer());
  return {name, blob: new Blob([zipSync(entries, {level: 0})], {type: 'application/zip'})};
}
