/**
 * Text widths for wrapping chart labels, measured with a canvas in the widget's font so that labels wrap where
 * they really end. One canvas and one cache for every widget on the page: the same words recur in every label.
 */
import type {TextMeasure} from '../charts/rows.js';

let measureCtx: CanvasRenderingContext2D | null | undefined;
let measureFont = '';
/** Word widths, shared by every widget: the same words recur in every label. */
const measured = new Map<string, number>();
/** A measurer in `font`, or undefined where no canvas is available (labels are then wrapped by an estimate). */
export function canvasMeasure(font: string): TextMeasure | undefined {
  measureCtx ??= document.createElement('canvas').getContext('2d');
  const ctx = measureCtx;
  if (!ctx) return undefined;
  const measure: TextMeasure = (text, size, bold) => {
    const f = `${bold ? 'bold ' : ''}${size}px ${font}`;
    const key = `${f}|${text}`;
    let w = measured.get(key);
    if (w === undefined) {
      // Setting ctx.font re-parses the font: only when it changes (the context is shared by every widget).
      if (f !== measureFont) ctx.font = measureFont = f;
      w = ctx.measureText(text).width;
      if (measured.size > 20_000) measured.clear();
      measured.set(key, w);
    }
    return w;
  };
  return measure;
}
