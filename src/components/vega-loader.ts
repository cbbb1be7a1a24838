/**
 * The chart engine is loaded once, on demand, as its own chunk: the widget shows its title, summary and table
 * link before it arrives. Vega runs with `ast: true` and vega-interpreter, so no `unsafe-eval` is needed.
 */
type Runtime = typeof import('./vega-runtime.js');
let runtime: Promise<Runtime> | undefined;

export function loadVega(): Promise<Runtime> {
  runtime ??= import('./vega-runtime.js');
  runtime.catch(() => (runtime = undefined));
  return runtime;
}
