/**
 * An SVG export as a document: a <title> and <desc> (the chart's title, its source line and notices) that screen
 * readers and file browsers show, its language, and for print its physical size (width and height in mm, the
 * viewBox in the layout's 300 dpi pixels), so that a layout program places it at the column width. Text stays text.
 */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface SvgDocument {
  title: string;
  description: string;
  lang: string;
  /** Pixels per inch of the layout: the width and height are then given in mm. */
  dpi?: number;
}

export function svgDocument(svg: string, o: SvgDocument): string {
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('not an SVG');
  let tag = open[0];
  const size = (name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)"`).exec(tag)?.[1] ?? NaN);
  const [w, h] = [size('width'), size('height')];
  if (!/\bviewBox=/.test(tag) && Number.isFinite(w) && Number.isFinite(h))
    tag = tag.replace(/>$/, ` viewBox="0 0 ${w} ${h}">`);
  if (o.dpi && Number.isFinite(w) && Number.isFinite(h)) {
    const mm = (px: number) => `${Math.round((px / o.dpi!) * 25.4 * 100) / 100}mm`;
    tag = tag.replace(/\bwidth="[\d.]+"/, `width="${mm(w)}"`).replace(/\bheight="[\d.]+"/, `height="${mm(h)}"`);
  }
  tag = tag.replace(/>$/, ` xml:lang="${esc(o.lang)}" role="img">`);
  const head = `<title>${esc(o.title)}</title><desc>${esc(o.description)}</desc>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.slice(0, open.index)}${tag}${head}${svg.slice(open.index + open[0].length)}`;
}
