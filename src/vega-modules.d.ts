// Vega's sub-packages ship no type declarations; the chart engine chunk (src/components/vega-runtime.ts) imports
// them directly so that it carries only what a row chart needs. Types come from the `vega` umbrella package.
declare module 'vega-dataflow' {
  export const transforms: Record<string, unknown>;
}
declare module 'vega-encode';
declare module 'vega-transforms';
declare module 'vega-view-transforms';
declare module 'vega-parser' {
  export function parse(spec: import('vega').Spec, config?: unknown, options?: {ast?: boolean}): unknown;
}
declare module 'vega-view' {
  export const View: new (runtime: unknown, options: Record<string, unknown>) => unknown;
}
