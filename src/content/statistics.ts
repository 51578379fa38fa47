import { msg, str } from '@lit/localize';
import { formatNumber as n, formatPercent as pct } from '../internal/numbers.js';
import type { Cited, Text } from './types.js';

/**
 * A figure as data, for a callout: "more than 27,800" (`moreThan`), "1 in 7" (`oneIn`), "18%"
 * (`percent`), "50" (`count`). Widgets format it for the reader's language (internal/numbers.ts).
 */
export type Figure =
  | { readonly moreThan: number }
  | { readonly oneIn: number }
  | { readonly percent: number }
  | { readonly count: number };

/**
 * What a figure counts. Two figures of the same measure can be compared, the newer taking over
 * from the older; figures of different measures never can (1 in 6 runaways in 2021 is not followed
 * by 1 in 7 of all missing children in 2024, nor 1 in 6 endangered runaways in 2014 by either).
 */
export type Measure = 'reports' | 'states' | 'missing' | 'missing-from-care' | 'runaways' | 'endangered-runaways' | 'from-placement';

/** Every figure's id, newest first (the order of `STATISTICS`, whose records each have one). */
export type StatId =
  | 'reports-2024'
  | 'states-2024'
  | 'missing-2024'
  | 'missing-from-care-2024'
  | 'reports-2021'
  | 'runaways-2021'
  | 'run-from-care-2021'
  | 'foster-placement-2018'
  | 'runaways-2017'
  | 'runaways-2014';

/** A figure from NCMEC's guides: always shown with its year. */
export interface Statistic extends Cited {
  readonly id: StatId;
  /** The year the figure describes. */
  readonly year: number;
  readonly measure: Measure;
  readonly figure: Figure;
  /** The whole statement, its year and numbers included (numbers as data, formatted for the reader). */
  readonly text: Text;
}

export const REPORTS_2024: Statistic = {
  id: 'reports-2024',
  year: 2024,
  measure: 'reports',
  figure: { moreThan: 27800 },
  text: () =>
    msg(str`In ${2024}, NCMEC received more than ${n(27800)} reports of child sex trafficking.`, { id: 'stat.reports-2024', desc: 'Statistic. The placeholders are the year and the number.' }),
  cited: [{ source: 'ncmec-parents-2024', evidence: ['In 2024, NCMEC received more than 27,800 reports of CST.'] }],
};

export const STATES_2024: Statistic = {
  id: 'states-2024',
  year: 2024,
  measure: 'states',
  figure: { count: 50 },
  text: () =>
    msg(str`As of ${2024}, NCMEC has received reports of child sex trafficking from all ${n(50)} states, Washington, D.C., and Puerto Rico.`, {
      id: 'stat.states-2024',
      desc: 'Statistic (from the 2024 guide for parents). The placeholders are the year and the number of states.',
    }),
  cited: [
    { source: 'ncmec-parents-2024', evidence: ['NCMEC has received reports of CST from all 50 states, Washington, D.C., and Puerto Rico.'] },
    { source: 'ncmec-web-2021', evidence: ['all 50 U.S. States, Washington, D.C. and Puerto Rico.'] },
  ],
};

export const MISSING_2024: Statistic = {
  id: 'missing-2024',
  year: 2024,
  measure: 'missing',
  figure: { oneIn: 7 },
  text: () =>
    msg(str`1 in ${7} of the more than ${n(29000)} missing children reported to NCMEC in ${2024} were likely victims of child sex trafficking.`, {
      id: 'stat.missing-2024',
      desc: 'Statistic. The placeholders are the 7 of "1 in 7", the number of missing children and the year.',
    }),
  cited: [
    { source: 'ncmec-parents-2024', evidence: ['1 in 7 of the more than 29,000 missing children reported to NCMEC in 2024 were likely victims of CST.'] },
    { source: 'ncmec-cw-2024', evidence: ['1 in 7 of the more than 29,000 missing children reported to NCMEC in 2024 were likely victims of CST.'] },
  ],
};

export const MISSING_FROM_CARE_2024: Statistic = {
  id: 'missing-from-care-2024',
  year: 2024,
  measure: 'missing-from-care',
  figure: { percent: 18 },
  text: () =>
    msg(str`${pct(18)} of the children reported missing to NCMEC in ${2024} who left from the care of social services were likely victims of child sex trafficking.`, {
      id: 'stat.missing-from-care-2024',
      desc: 'Statistic. The placeholders are the percentage and the year.',
    }),
  cited: [{ source: 'ncmec-cw-2024', evidence: ['18% of the children reported missing to NCMEC in 2024 who left from the care of social services were likely victims of child sex trafficking.'] }],
};

export const REPORTS_2021: Statistic = {
  id: 'reports-2021',
  year: 2021,
  measure: 'reports',
  figure: { moreThan: 17200 },
  text: () =>
    msg(str`In ${2021}, NCMEC received more than ${n(17200)} reports of possible child sex trafficking.`, { id: 'stat.reports-2021', desc: 'Statistic. The placeholders are the year and the number.' }),
  cited: [{ source: 'ncmec-web-2021', evidence: ['In 2021, NCMEC received more than 17,200 reports of possible child sex trafficking.'] }],
};

export const RUNAWAYS_2021: Statistic = {
  id: 'runaways-2021',
  year: 2021,
  measure: 'runaways',
  figure: { oneIn: 6 },
  text: () =>
    msg(str`1 in ${6} of the more than ${n(25000)} cases of children reported missing to NCMEC in ${2021} who had run away were likely victims of child sex trafficking.`, {
      id: 'stat.runaways-2021',
      desc: 'Statistic. The placeholders are the 6 of "1 in 6", the number of cases and the year.',
    }),
  cited: [{ source: 'ncmec-web-2021', evidence: ['1 in 6 of the more than 25,000 cases of children reported missing to NCMEC in 2021 who had run away were likely victims of child sex trafficking.'] }],
};

export const RUN_FROM_CARE_2021: Statistic = {
  id: 'run-from-care-2021',
  year: 2021,
  measure: 'missing-from-care',
  figure: { percent: 19 },
  text: () =>
    msg(str`${pct(19)} of the children reported missing to NCMEC in ${2021} who had run from the care of child welfare were likely victims of child sex trafficking.`, {
      id: 'stat.run-from-care-2021',
      desc: 'Statistic. The placeholders are the percentage and the year.',
    }),
  cited: [{ source: 'ncmec-web-2021', evidence: ['Of the children reported missing to NCMEC in 2021, who had run from the care of child welfare, 19% were likely victims of child sex trafficking.'] }],
};

export const FOSTER_PLACEMENT_2018: Statistic = {
  id: 'foster-placement-2018',
  year: 2018,
  measure: 'from-placement',
  figure: { percent: 88 },
  text: () =>
    msg(str`In ${2018}, ${pct(88)} of the endangered runaways reported missing to NCMEC who were likely victims of child sex trafficking were missing from a foster care or group home placement.`, {
      id: 'stat.foster-placement-2018',
      desc: 'Statistic. The placeholders are the year and the percentage.',
    }),
  cited: [{ source: 'ncmec-cw-2018', evidence: ['In 2018, 88 percent of the endangered runaways reported to NCMEC as missing who were identified as likely child sex trafficking victims were missing from a foster care or group home placement.'] }],
};

export const RUNAWAYS_2017: Statistic = {
  id: 'runaways-2017',
  year: 2017,
  measure: 'runaways',
  figure: { oneIn: 7 },
  text: () =>
    msg(str`Of the nearly ${n(25000)} runaways reported to NCMEC in ${2017}, 1 in ${7} were likely victims of child sex trafficking.`, {
      id: 'stat.runaways-2017',
      desc: 'Statistic. The placeholders are the number of runaways, the year and the 7 of "1 in 7".',
    }),
  cited: [{ source: 'ncmec-cw-2018', evidence: ['Of the nearly 25,000 runaways reported to NCMEC in 2017, one in seven were likely victims of child sex trafficking.'] }],
};

export const RUNAWAYS_2014: Statistic = {
  id: 'runaways-2014',
  year: 2014,
  // Endangered runaways, a narrower count than all runaways (2017, 2021): no newer figure of it.
  measure: 'endangered-runaways',
  figure: { oneIn: 6 },
  text: () =>
    msg(str`In ${2014}, 1 in ${6} endangered runaways reported to NCMEC was likely a victim of child sex trafficking.`, {
      id: 'stat.runaways-2014',
      desc: 'Statistic. The placeholders are the year and the 6 of "1 in 6".',
    }),
  cited: [{ source: 'ncmec-cw-2014', evidence: ['In 2014, 1 in every 6 endangered runaways reported to NCMEC was likely a victim of child sex trafficking.'] }],
};

/**
 * Every figure, newest first. Where editions disagree, the newest figure leads and every figure keeps
 * its year. A widget imports the records it shows by name, so that a page pays only for those.
 */
export const STATISTICS: readonly Statistic[] = [
  REPORTS_2024,
  STATES_2024,
  MISSING_2024,
  MISSING_FROM_CARE_2024,
  REPORTS_2021,
  RUNAWAYS_2021,
  RUN_FROM_CARE_2021,
  FOSTER_PLACEMENT_2018,
  RUNAWAYS_2017,
  RUNAWAYS_2014,
];

/** The newest figure of the same measure as `stat`, when there is a newer one. */
export const newerThan = (stat: Statistic): Statistic | undefined =>
  STATISTICS.find((s) => s.measure === stat.measure && s.year > stat.year);
