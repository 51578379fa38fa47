import { AUDIENCES } from './audiences.js';

export { AUDIENCES };
/** Who a piece of content is written for (`AUDIENCES`, in audiences.js). */
export type Audience = (typeof AUDIENCES)[number];

/** The id of one of NCMEC's documents in `sources.ts`. */
export type SourceId = 'ncmec-cw-2024' | 'ncmec-cw-2014' | 'ncmec-web-2021' | 'ncmec-cw-2018' | 'ncmec-parents-2024';

/**
 * Where a fact comes from: one of NCMEC's documents (each named once per record) and the excerpts
 * of it that say so.
 *
 * What ships and what only reviewers read:
 * - `source` ships: a widget may show it (a "Source:" line, `common/source-line.ts`).
 * - `evidence` is for reviewers only: short verbatim excerpts (a few words to a sentence) that the
 *   tests find in the document, and that the build takes out of the shipped code
 *   (`reviewOnly` in rollup.config.js). No widget may read it.
 */
export interface Citation {
  readonly source: SourceId;
  readonly evidence: readonly string[];
}

/** Text a widget shows: a function so that `msg()` runs at render time, in the current locale. */
export type Text = () => string;

/** Anything that states a fact: it cites at least one source. */
export interface Cited {
  readonly cited: readonly Citation[];
}
