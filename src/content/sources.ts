import type { SourceId } from './types.js';

/** One of the NCMEC documents every sentence a widget shows is traced to. */
export interface Source {
  readonly id: SourceId;
  /** The file in the project's seed folder that holds the text. */
  readonly seed: string;
  readonly title: string;
  readonly publisher: string;
  readonly audience: string;
  /** Year of the newest figures the document gives. */
  readonly year: number;
  /**
   * The edition as a reader would name it, where it is not just `year`: shown in place of the year
   * after the title ("(2017-2018)"), so a title never carries the year twice.
   */
  readonly edition?: string;
  /** The public address, only where the document itself gives one. */
  readonly url?: string;
}

const NCMEC = 'National Center for Missing & Exploited Children';

export const SOURCES: Readonly<Record<SourceId, Source>> = {
  'ncmec-cw-2024': {
    id: 'ncmec-cw-2024',
    seed: '000_79e9b926a82b4e9f.txt',
    title: 'Child Sex Trafficking in America: A Guide for Child Welfare Professionals',
    publisher: NCMEC,
    audience: 'child welfare professionals',
    year: 2024,
  },
  'ncmec-cw-2014': {
    id: 'ncmec-cw-2014',
    seed: '001_ecbc5853b13f74be.txt',
    title: 'Child Sex Trafficking in America: A Guide for Child Welfare',
    publisher: NCMEC,
    audience: 'child welfare professionals',
    year: 2014,
  },
  'ncmec-web-2021': {
    id: 'ncmec-web-2021',
    seed: '002_ee8cdd3f3a276950.txt',
    title: 'Child Sex Trafficking',
    publisher: NCMEC,
    audience: 'everyone',
    year: 2021,
    url: 'https://www.missingkids.org/theissues/trafficking',
  },
  'ncmec-cw-2018': {
    id: 'ncmec-cw-2018',
    seed: '003_bae2c688f401b5dc.txt',
    title: 'Child Sex Trafficking in America: A Guide for Child Welfare Professionals',
    publisher: NCMEC,
    audience: 'child welfare professionals',
    year: 2018,
    edition: '2017-2018',
  },
  'ncmec-parents-2024': {
    id: 'ncmec-parents-2024',
    seed: '004_3eb8e74ba09ed024.txt',
    title: 'Child Sex Trafficking in America: A Guide for Parents & Guardians',
    publisher: NCMEC,
    audience: 'parents and guardians',
    year: 2024,
  },
};
