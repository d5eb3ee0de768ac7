/** The library entry (`dist/lib/index.mjs`): the same core pipeline for Node and bundlers. */
export { readPage, analyzePage } from '../core/pipeline.js';
export { detect } from '../core/detect/detect.js';
export { findQuotes } from '../core/quotes/index.js';
export type * from '../core/types.js';
