import { msg } from '@lit/localize';
import type { Cited, Text } from './types.js';

/** A figure from NCMEC's guides: always shown with its year. */
export interface Statistic extends Cited {
  readonly id: string;
  /** The year the figure describes. */
  readonly year: number;
  /** The figure as data, for a callout ("27,800+", "1 in 7", "18%"). */
  readonly figure: string;
  /** The whole statement, its year included. */
  readonly text: Text;
}

export const REPORTS_2024: Statistic = {
  id: 'reports-2024',
  year: 2024,
  figure: '27,800+',
  text: () =>
    msg('In 2024, NCMEC received more than 27,800 reports of child sex trafficking.', { id: 'stat.reports-2024', desc: 'Statistic; keep the year and the figure.' }),
  cited: [{ source: 'ncmec-parents-2024', evidence: ['In 2024, NCMEC received more than 27,800 reports of CST.'] }],
};

export const MISSING_2024: Statistic = {
  id: 'missing-2024',
  year: 2024,
  figure: '1 in 7',
  text: () =>
    msg('1 in 7 of the more than 29,000 missing children reported to NCMEC in 2024 were likely victims of child sex trafficking.', {
      id: 'stat.missing-2024',
      desc: 'Statistic; keep the year and the figures.',
    }),
  cited: [
    { source: 'ncmec-parents-2024', evidence: ['1 in 7 of the more than 29,000 missing children reported to NCMEC in 2024 were likely victims of CST.'] },
    { source: 'ncmec-cw-2024', evidence: ['1 in 7 of the more than 29,000 missing children reported to NCMEC in 2024 were likely victims of CST.'] },
  ],
};

export const MISSING_FROM_CARE_2024: Statistic = {
  id: 'missing-from-care-2024',
  year: 2024,
  figure: '18%',
  text: () =>
    msg('18% of the children reported missing to NCMEC in 2024 who left from the care of social services were likely victims of child sex trafficking.', {
      id: 'stat.missing-from-care-2024',
      desc: 'Statistic; keep the year and the figure.',
    }),
  cited: [{ source: 'ncmec-cw-2024', evidence: ['18% of the children reported missing to NCMEC in 2024 who left from the care of social services were likely victims of child sex trafficking.'] }],
};

export const REPORTS_2021: Statistic = {
  id: 'reports-2021',
  year: 2021,
  figure: '17,200+',
  text: () =>
    msg('In 2021, NCMEC received more than 17,200 reports of possible child sex trafficking.', { id: 'stat.reports-2021', desc: 'Statistic; keep the year and the figure.' }),
  cited: [{ source: 'ncmec-web-2021', evidence: ['In 2021, NCMEC received more than 17,200 reports of possible child sex trafficking.'] }],
};

export const RUNAWAYS_2021: Statistic = {
  id: 'runaways-2021',
  year: 2021,
  figure: '1 in 6',
  text: () =>
    msg('1 in 6 of the more than 25,000 cases of children reported missing to NCMEC in 2021 who had run away were likely victims of child sex trafficking.', {
      id: 'stat.runaways-2021',
      desc: 'Statistic; keep the year and the figures.',
    }),
  cited: [{ source: 'ncmec-web-2021', evidence: ['1 in 6 of the more than 25,000 cases of children reported missing to NCMEC in 2021 who had run away were likely victims of child sex trafficking.'] }],
};

export const RUN_FROM_CARE_2021: Statistic = {
  id: 'run-from-care-2021',
  year: 2021,
  figure: '19%',
  text: () =>
    msg('19% of the children reported missing to NCMEC in 2021 who had run from the care of child welfare were likely victims of child sex trafficking.', {
      id: 'stat.run-from-care-2021',
      desc: 'Statistic; keep the year and the figure.',
    }),
  cited: [{ source: 'ncmec-web-2021', evidence: ['Of the children reported missing to NCMEC in 2021, who had run from the care of child welfare, 19% were likely victims of child sex trafficking.'] }],
};

export const FOSTER_PLACEMENT_2018: Statistic = {
  id: 'foster-placement-2018',
  year: 2018,
  figure: '88%',
  text: () =>
    msg('In 2018, 88% of the endangered runaways reported missing to NCMEC who were likely victims of child sex trafficking were missing from a foster care or group home placement.', {
      id: 'stat.foster-placement-2018',
      desc: 'Statistic; keep the year and the figure.',
    }),
  cited: [{ source: 'ncmec-cw-2018', evidence: ['In 2018, 88 percent of the endangered runaways reported to NCMEC as missing who were identified as likely child sex trafficking victims were missing from a foster care or group home placement.'] }],
};

export const RUNAWAYS_2017: Statistic = {
  id: 'runaways-2017',
  year: 2017,
  figure: '1 in 7',
  text: () =>
    msg('Of the nearly 25,000 runaways reported to NCMEC in 2017, 1 in 7 were likely victims of child sex trafficking.', {
      id: 'stat.runaways-2017',
      desc: 'Statistic; keep the year and the figures.',
    }),
  cited: [{ source: 'ncmec-cw-2018', evidence: ['Of the nearly 25,000 runaways reported to NCMEC in 2017, one in seven were likely victims of child sex trafficking.'] }],
};

export const RUNAWAYS_2014: Statistic = {
  id: 'runaways-2014',
  year: 2014,
  figure: '1 in 6',
  text: () =>
    msg('In 2014, 1 in 6 endangered runaways reported to NCMEC was likely a victim of child sex trafficking.', {
      id: 'stat.runaways-2014',
      desc: 'Statistic; keep the year and the figure.',
    }),
  cited: [{ source: 'ncmec-cw-2014', evidence: ['In 2014, 1 in every 6 endangered runaways reported to NCMEC was likely a victim of child sex trafficking.'] }],
};

/**
 * Every figure, newest first. Where editions disagree, the newest figure leads and every figure keeps
 * its year. A widget imports the records it shows by name, so that a page pays only for those.
 */
export const STATISTICS: readonly Statistic[] = [
  REPORTS_2024,
  MISSING_2024,
  MISSING_FROM_CARE_2024,
  REPORTS_2021,
  RUNAWAYS_2021,
  RUN_FROM_CARE_2021,
  FOSTER_PLACEMENT_2018,
  RUNAWAYS_2017,
  RUNAWAYS_2014,
];
