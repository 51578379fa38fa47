/**
 * Everything the widgets say about child sex trafficking, with where it comes from.
 * Components render these records; no component holds a fact of its own.
 */
export * from './types.js';
export * from './sources.js';
export * from './source-documents.js';
export * from './reporting.js';
export * from './emergency-path.js';
export * from './hotline.js';
export * from './red-flags.js';
export * from './trafficking-types.js';
export * from './response.js';
export * from './statistics.js';
export * from './prevention.js';
export * from './missing-child.js';
export * from './overview.js';
export * from './support.js';
export * from './guide.js';
