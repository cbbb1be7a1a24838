/**
 * In the widget's main bundle (a chart's options carry its ticks), apart from rows.ts, which loads with the engine.
 *
 * Tick values of an axis over `domain`, as d3's `ticks` (and so Vega's axes) choose them: about `count` round
 * numbers, none closer than `minStep` (1 for counts, so no "0,5 lần" ticks). The axis is drawn with plain marks
 * from these values: a Vega axis costs its parser tens of milliseconds per chart.
 */
export function axisTicks(domain: [number, number], count: number, minStep = 0): number[] {
  const [start, stop] = domain;
  if (minStep > 0) count = Math.min(count, Math.floor((stop - start) / minStep || 1) + 1);
  const step = (stop - start) / Math.max(1, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1;
  const out: number[] = [];
  if (power < 0) {
    const inc = 10 ** -power / factor;
    for (let i = Math.ceil(start * inc - 1e-9); i / inc <= stop + 1e-9; i++) out.push(i / inc || 0);
  } else {
    const inc = 10 ** power * factor;
    for (let i = Math.ceil(start / inc - 1e-9); i * inc <= stop + 1e-9; i++) out.push(i * inc || 0);
  }
  return out.filter((v) => !minStep || Number.isInteger(v));
}
