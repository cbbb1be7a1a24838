/**
 * Text widths for wrapping chart labels, measured with a canvas in the widget's font so that labels wrap where
 * they really end. One canvas and one cache for every widget on the page: the same words recur in every label.
 */
import type {FontBox, TextMeasure} from '../charts/rows.js';

let measureCtx: CanvasRenderingContext2D | null | undefined;
let measureFont = '';
/**
 * Word widths per font, shared by every widget: the same words recur in every label. Keyed by the font, then the
 * word as it comes (no key string built per call: 700 rows of a units chart measure some 10,000 words).
 */
const measured = new Map<string, Map<string, number>>();
let entries = 0;
/** A measurer in `font`, or undefined where no canvas is available (labels are then wrapped by an estimate). */
export function canvasMeasure(font: string): TextMeasure | undefined {
  measureCtx ??= document.createElement('canvas').getContext('2d');
  const ctx = measureCtx;
  if (!ctx) return undefined;
  // The font strings of the sizes and weights this measurer has met.
  const fonts = new Map<number, string>();
  const measure: TextMeasure = (text, size, bold) => {
    const id = bold ? -size : size;
    let f = fonts.get(id);
    if (f === undefined) fonts.set(id, (f = `${bold ? 'bold ' : ''}${size}px ${font}`));
    let widths = measured.get(f);
    if (!widths) measured.set(f, (widths = new Map()));
    let w = widths.get(text);
    if (w === undefined) {
      if (text.length > 1 && /\d/.test(text)) {
        // A word with digits (a document number, a year, a figure) is mostly met once: the sum of its characters'
        // widths, each measured once, rather than a canvas call per word (a units chart of 700 districts names
        // 700 plans). Kerning only narrows a run, so the sum errs on the side of wrapping early.
        w = 0;
        for (const ch of text) w += measure(ch, size, bold);
      } else {
        // Setting ctx.font re-parses the font: only when it changes (the context is shared by every widget).
        if (f !== measureFont) ctx.font = measureFont = f;
        w = ctx.measureText(text).width;
      }
      if (++entries > 20_000) {
        measured.clear();
        entries = 0;
        measured.set(f, (widths = new Map()));
      }
      widths.set(text, w);
    }
    return w;
  };
  measure.box = fontBox(ctx, font);
  return measure;
}

/**
 * The line box of `font` around Vega's "top" anchor (0.79 em above the baseline), from the canvas's font bounding
 * box: the font that really renders, not a constant (a browser without these metrics keeps the default).
 */
function fontBox(ctx: CanvasRenderingContext2D, font: string): FontBox | undefined {
  ctx.font = measureFont = `100px ${font}`;
  const m = ctx.measureText('ẤỞÁg');
  if (!(m.fontBoundingBoxAscent > 0) || !(m.fontBoundingBoxDescent > 0)) return undefined;
  return {
    above: m.fontBoundingBoxAscent / 100 - 0.79,
    height: (m.fontBoundingBoxAscent + m.fontBoundingBoxDescent) / 100,
  };
}
