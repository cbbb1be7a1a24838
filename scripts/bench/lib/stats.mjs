// Summary statistics and formatting for the bench.

/** {median, min, max, n, runs} of a list of numbers. */
export function summarize(values) {
  const runs = values.map((v) => Math.round(v * 100) / 100);
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  const median = n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  return {median, min: s[0], max: s[n - 1], n, runs};
}

export const ms = (v) => (v === null || v === undefined ? '—' : `${v >= 100 ? Math.round(v) : v.toFixed(1)} ms`);
export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
export const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
export const ratio = (a, b) => (b ? a / b : null);
export const fmtRatio = (r) => (r === null || r === undefined || !Number.isFinite(r) ? '—' : `${r.toFixed(2)}×`);
/** "median (min–max)" */
export const spread = (s, f = ms) => `${f(s.median)} (${f(s.min).replace(/ .*/, '')}–${f(s.max)})`;

/** A plain-text table with aligned columns; also usable as Markdown (pipes). */
export function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c)));
  const widths = header.map((_, k) => Math.max(...all.map((r) => r[k].length)));
  const line = (r) => `| ${r.map((c, k) => c.padEnd(widths[k])).join(' | ')} |`;
  return [line(all[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...all.slice(1).map(line)].join('\n');
}
