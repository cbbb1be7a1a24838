/** What turns a pasted plan (or report) into proposals for the editor to confirm: the entry of `propose/`. */
export * from './targets.js';
export * from './results.js';
export {documentKindOf, type DocumentKind, type FigureKind} from './kinds.js';
export * from './limits.js';
