/**
 * Exports for print and broadcast: PNG (with the title and source line inside the image; optionally 1920×1080)
 * and SVG, composed from the panels' Vega views. Data stays in the page: blob URLs, no server.
 */
import type {Theme} from '../charts/rows.js';

interface ExportView {
  toCanvas(scale?: number): Promise<HTMLCanvasElement>;
  toSVG(scale?: number): Promise<string>;
}

interface ExportOptions {
  title: string;
  source: string;
  theme: Theme;
  broadcast: boolean;
}

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Wraps at ordinary spaces only, as the charts do (src/charts/rows.ts `wrap`): a non-breaking space keeps "≥ 70%" whole. */
function wrapCanvas(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const w of text.split(/[ \t\n]+/).filter(Boolean)) {
    const next = cur ? `${cur} ${w}` : w;
    if (cur && ctx.measureText(next).width > width) {
      lines.push(cur);
      cur = w;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  return lines;
}

/** Draws title, panels and source line on one canvas and returns it as a PNG blob. */
export async function exportPng(views: ExportView[], o: ExportOptions): Promise<Blob> {
  // Twice the CSS size for print; the broadcast frame scales the whole down or up to 1920×1080.
  const scale = 2;
  const images = await Promise.all(views.map((v) => v.toCanvas(scale)));
  const pad = 24 * scale;
  const contentW = Math.max(...images.map((c) => c.width), 600 * scale);
  const fs = o.theme.fontSize * scale;
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `bold ${fs * 1.3}px ${o.theme.font}`;
  const titleLines = wrapCanvas(measure, o.title, contentW);
  measure.font = `${fs * 0.8}px ${o.theme.font}`;
  const sourceLines = wrapCanvas(measure, o.source, contentW);
  const titleH = titleLines.length * fs * 1.3 * 1.3;
  const sourceH = sourceLines.length * fs * 0.8 * 1.4;
  const chartsH = images.reduce((s, c) => s + c.height + 8 * scale, 0);
  const naturalW = contentW + 2 * pad;
  const naturalH = titleH + chartsH + sourceH + 3 * pad;

  let W = naturalW;
  let H = naturalH;
  let k = 1;
  if (o.broadcast) {
    W = 1920;
    H = 1080;
    k = Math.min(W / naturalW, H / naturalH);
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(W);
  canvas.height = Math.round(H);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = o.theme.background;
  ctx.fillRect(0, 0, W, H);
  ctx.translate((W - naturalW * k) / 2, (H - naturalH * k) / 2);
  ctx.scale(k, k);
  let y = pad;
  ctx.fillStyle = o.theme.text;
  ctx.textBaseline = 'top';
  ctx.font = `bold ${fs * 1.3}px ${o.theme.font}`;
  for (const line of titleLines) {
    ctx.fillText(line, pad, y);
    y += fs * 1.3 * 1.3;
  }
  y += pad / 2;
  for (const img of images) {
    ctx.drawImage(img, pad, y);
    y += img.height + 8 * scale;
  }
  y += pad / 2;
  ctx.fillStyle = o.theme.muted;
  ctx.font = `${fs * 0.8}px ${o.theme.font}`;
  for (const line of sourceLines) {
    ctx.fillText(line, pad, y);
    y += fs * 0.8 * 1.4;
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One SVG: the title, the panels' SVGs stacked, the source line. */
export async function exportSvg(views: ExportView[], o: ExportOptions): Promise<string> {
  const svgs = await Promise.all(views.map((v) => v.toSVG()));
  const sizes = svgs.map((s) => {
    const w = Number(/width="([\d.]+)"/.exec(s)?.[1] ?? 600);
    const h = Number(/height="([\d.]+)"/.exec(s)?.[1] ?? 300);
    return {w, h};
  });
  const fs = o.theme.fontSize;
  const W = Math.max(...sizes.map((s) => s.w), 600) + 32;
  let y = 16 + fs * 1.3;
  const parts = [
    `<text x="16" y="${y}" font-family="${esc(o.theme.font)}" font-size="${fs * 1.3}" font-weight="bold" fill="${esc(o.theme.text)}">${esc(o.title)}</text>`,
  ];
  y += 12;
  svgs.forEach((s, k) => {
    parts.push(s.replace(/^<svg/, `<svg x="16" y="${y}"`));
    y += sizes[k].h + 8;
  });
  y += fs;
  parts.push(
    `<text x="16" y="${y}" font-family="${esc(o.theme.font)}" font-size="${fs * 0.8}" fill="${esc(o.theme.muted)}">${esc(o.source)}</text>`,
  );
  const H = y + 16;
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="100%" height="100%" fill="${esc(o.theme.background)}"/>${parts.join('')}</svg>`;
}
