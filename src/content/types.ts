/** Who a piece of content is written for. `general` is anyone: a neighbour, a coach, a visitor. */
export const AUDIENCES = ['general', 'parents', 'professionals', 'educators'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The id of one of NCMEC's documents in `sources.ts`. */
export type SourceId = 'ncmec-cw-2024' | 'ncmec-cw-2014' | 'ncmec-web-2021' | 'ncmec-cw-2018' | 'ncmec-parents-2024';

/**
 * Where a fact comes from: a source id and a short verbatim excerpt of that document (a few words
 * to a sentence), so a reviewer can find it. Tests check every excerpt against the document.
 */
export interface Citation {
  readonly source: SourceId;
  readonly evidence: string;
}

/** Text a widget shows: a function so that `msg()` runs at render time, in the current locale. */
export type Text = () => string;

/** Anything that states a fact: it cites at least one source. */
export interface Cited {
  readonly cited: readonly Citation[];
}
