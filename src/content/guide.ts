import { msg } from '@lit/localize';
import { missingChildHeading } from './missing-child.js';
import { overviewHeading } from './overview.js';
import { keepingSaferHeading } from './prevention.js';
import { redFlagHeading } from './red-flags.js';
import { responseHeading } from './response.js';
import { supportHeading } from './support.js';
import { typesHeading } from './trafficking-types.js';
import { AUDIENCES, type Audience, type Text } from './types.js';

/**
 * The parts of `<cst-guide>`, each made of the widgets that say it; which parts an audience's guide
 * has, and in what order, is `GUIDE_ORDER`. The guide adds no content of its own: only its title,
 * who it is from (NCMEC, named in full), "Contents", and the widgets' own headings.
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

/**
 * NCMEC named in full once, near the top of every guide (the parts say "NCMEC" after it). In
 * Spanish, NCMEC's name in Spanish and its English initials, said to be English.
 */
export const guidePublisher: Text = () =>
  msg('From the National Center for Missing & Exploited Children (NCMEC).', {
    id: 'guide.publisher',
    desc: "Under the guide's title: who the guide is from, NCMEC's full name with its initials. In Spanish, the name in Spanish with \"(NCMEC, por sus siglas en inglés)\".",
  });

export const guideContents: Text = () => msg('Contents', { id: 'guide.contents', desc: "Name of the guide's list of links to its parts." });

/** The parts of each reader's guide, in the order of NCMEC's guide for them (004 for parents; 000 and 003 for professionals; 002 for everyone else). */
export const GUIDE_ORDER: Readonly<Record<Audience, readonly GuideSection[]>> = {
  parents: ['about', 'safer', 'red-flags', 'respond', 'missing', 'help'],
  professionals: ['about', 'types', 'safer', 'red-flags', 'respond', 'missing', 'help'],
  educators: ['about', 'types', 'red-flags', 'safer', 'respond', 'missing', 'help'],
  general: ['about', 'types', 'red-flags', 'safer', 'respond', 'missing', 'help'],
};

/** The figures that open each reader's guide, as NCMEC's guide for them gives them. */
export const GUIDE_FIGURES: Readonly<Record<Audience, readonly string[]>> = {
  parents: ['reports-2024', 'missing-2024'],
  professionals: ['missing-from-care-2024'],
  educators: ['reports-2024', 'states-2024'],
  general: ['reports-2024', 'states-2024'],
};

/**
 * What a part leaves out because another part of the same guide says it, so that each fact, piece
 * of guidance and contact appears once in a guide (issue #39). Each rule: the part, the piece it
 * leaves out (the widget's `omit` name, or `no-intro` for the types), the readers it holds for, and
 * the parts any of which says it; a guide narrowed by `sections` to a part without them keeps it.
 * The emergency path at the guide's top counts as the part `top` (when the guide shows it in full).
 * The figures that open "About" leave out the ones "If a child is missing" shows (the guide does that).
 */
export const GUIDE_LEAVE_OUT: readonly {
  readonly part: GuideSection;
  readonly omit: string;
  readonly audiences: readonly Audience[];
  readonly saidIn: readonly (GuideSection | 'top')[];
}[] = [
  // The definition and who traffickers are: in "About" (the overview).
  { part: 'types', omit: 'intro', audiences: AUDIENCES, saidIn: ['about'] },
  // "A non-judgmental dialogue builds the trust...": DO "Listen".
  { part: 'safer', omit: 'dialogue', audiences: AUDIENCES, saidIn: ['respond'] },
  // Relief and concern, non-judgmental questions, red flags, services: the missing child's steps for when the child comes back.
  { part: 'safer', omit: 'after-a-run', audiences: AUDIENCES, saidIn: ['missing'] },
  { part: 'respond', omit: 'framing', audiences: ['professionals'], saidIn: ['missing'] },
  // "It is up to the trusted adults..." and "If something doesn't seem right, ask questions": the red flags' framing and close.
  { part: 'respond', omit: 'framing', audiences: ['educators', 'general'], saidIn: ['red-flags'] },
  // NCMEC's family support and Recovery Services: "How NCMEC can help" (or the missing child's last step).
  { part: 'respond', omit: 'help', audiences: AUDIENCES, saidIn: ['help', 'missing'] },
  { part: 'missing', omit: 'contacts', audiences: AUDIENCES, saidIn: ['help'] },
  // The CyberTipline line: the emergency path at the top.
  { part: 'missing', omit: 'concern', audiences: AUDIENCES, saidIn: ['top'] },
];

/** Each part's heading: the heading of the widget that says it, which the widget then leaves out. */
export const GUIDE_PART_HEADINGS: Readonly<Record<GuideSection, (audience: Audience) => string>> = {
  about: () => overviewHeading(),
  types: () => typesHeading(),
  safer: (a) => keepingSaferHeading[a](),
  'red-flags': (a) => redFlagHeading[a](),
  respond: () => responseHeading(),
  missing: () => missingChildHeading(),
  help: () => supportHeading(),
};
