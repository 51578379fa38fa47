import type { SourceId } from './types.js';

/** One of the NCMEC documents every sentence a widget shows is traced to. */
export interface Source {
  readonly id: SourceId;
  readonly title: string;
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

export const SOURCES: Readonly<Record<SourceId, Source>> = {
  'ncmec-cw-2024': {
    id: 'ncmec-cw-2024',
    title: 'Child Sex Trafficking in America: A Guide for Child Welfare Professionals',
    year: 2024,
  },
  'ncmec-cw-2014': {
    id: 'ncmec-cw-2014',
    title: 'Child Sex Trafficking in America: A Guide for Child Welfare',
    year: 2014,
  },
  'ncmec-web-2021': {
    id: 'ncmec-web-2021',
    title: 'Child Sex Trafficking',
    year: 2021,
    url: 'https://www.missingkids.org/theissues/trafficking',
  },
  'ncmec-cw-2018': {
    id: 'ncmec-cw-2018',
    title: 'Child Sex Trafficking in America: A Guide for Child Welfare Professionals',
    year: 2018,
    edition: '2017-2018',
  },
  'ncmec-parents-2024': {
    id: 'ncmec-parents-2024',
    title: 'Child Sex Trafficking in America: A Guide for Parents & Guardians',
    year: 2024,
  },
};
