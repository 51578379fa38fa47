import { msg } from '@lit/localize';
import type { Audience, Text } from './types.js';

/**
 * The parts of `<cst-guide>`, each made of the widgets that say it; which parts an audience's guide
 * has, and in what order, is in the component. The guide adds no content of its own: only its
 * title, "Contents", and the widgets' own headings.
 */
export const GUIDE_SECTIONS = ['about', 'types', 'safer', 'red-flags', 'respond', 'missing', 'help'] as const;
export type GuideSection = (typeof GUIDE_SECTIONS)[number];

/** The guide's title, for each reader: NCMEC's guide for them, as a web page. */
export const guideTitle: Readonly<Record<Audience, Text>> = {
  parents: () => msg('Child sex trafficking: a guide for parents and guardians', { id: 'guide.title.parents', desc: "Title of the whole guide for parents (after NCMEC's guide of that name)." }),
  professionals: () =>
    msg('Child sex trafficking: a guide for child welfare professionals', { id: 'guide.title.professionals', desc: "Title of the whole guide for child welfare professionals (after NCMEC's guide of that name)." }),
  educators: () => msg('Child sex trafficking: a guide for educators', { id: 'guide.title.educators', desc: 'Title of the whole guide for teachers and school staff.' }),
  general: () => msg('Child sex trafficking: a guide for adults', { id: 'guide.title.general', desc: 'Title of the whole guide for any adult.' }),
};

export const guideContents: Text = () => msg('Contents', { id: 'guide.contents', desc: "Name of the guide's list of links to its parts." });
