import type { SourceId } from './types.js';

/**
 * For reviewers only: where each source's text is and whom it is written for. The tests check
 * every excerpt against the seed file, and the content report (CONTENT.md) lists them. No widget
 * imports this module, so none of it ships.
 */
export interface SourceDocument {
  /** The file in the project's seed folder that holds the text. */
  readonly seed: string;
  readonly publisher: string;
  readonly audience: string;
}

const NCMEC = 'National Center for Missing & Exploited Children';

export const SOURCE_DOCUMENTS: Readonly<Record<SourceId, SourceDocument>> = {
  'ncmec-cw-2024': { seed: '000_79e9b926a82b4e9f.txt', publisher: NCMEC, audience: 'child welfare professionals' },
  'ncmec-cw-2014': { seed: '001_ecbc5853b13f74be.txt', publisher: NCMEC, audience: 'child welfare professionals' },
  'ncmec-web-2021': { seed: '002_ee8cdd3f3a276950.txt', publisher: NCMEC, audience: 'everyone' },
  'ncmec-cw-2018': { seed: '003_bae2c688f401b5dc.txt', publisher: NCMEC, audience: 'child welfare professionals' },
  'ncmec-parents-2024': { seed: '004_3eb8e74ba09ed024.txt', publisher: NCMEC, audience: 'parents and guardians' },
};
