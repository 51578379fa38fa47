import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { CYBERTIPLINE, NETSMARTZ } from './reporting.js';
import { DO, RESPONSE_FRAMING } from './response.js';
import type { Audience, Cited, Text } from './types.js';

/**
 * How adults keep children safer: for parents, the parents' guide's three pieces of advice (004);
 * for any reader, what NCMEC's web page says to every adult (002) and the myths (004, which speaks
 * of no one's child); for professionals and educators, the child welfare guides' prevention,
 * intervention and response (001, 003, 000), educators without what NCMEC gives only to child
 * welfare (a response plan, the steps after a run).
 */
export const KEEPING_SAFER_GROUPS = ['family', 'prevention', 'intervention', 'response'] as const;
export type KeepingSaferGroup = (typeof KEEPING_SAFER_GROUPS)[number];

/** One piece of advice: its title (NCMEC's words where it has them), then what it means. */
/** The name of a piece of advice (what `<cst-keeping-safer omit>` takes). */
export type PreventionTipId =
  | 'risk-factors'
  | 'talk'
  | 'myths'
  | 'resiliency'
  | 'make-aware'
  | 'online-safety'
  | 'warning-signs'
  | 'open-the-door'
  | 'dialogue'
  | 'after-a-run'
  | 'response-plan'
  | 'recruitment-plan';

export interface PreventionTip extends Cited {
  readonly id: PreventionTipId;
  readonly group: KeepingSaferGroup;
  readonly audiences: readonly Audience[];
  readonly title: Text;
  readonly text: () => string | TemplateResult;
}

const FAMILIES: readonly Audience[] = ['parents', 'general'];
const WORKERS: readonly Audience[] = ['professionals', 'educators'];
const listen = DO.find((d) => d.id === 'listen')!;
const [relief, questions] = RESPONSE_FRAMING.professionals;

export const KEEPING_SAFER: readonly PreventionTip[] = [
  {
    // For any adult (a neighbour, a coach): NCMEC's web page, not the parents' guide's "your child".
    id: 'risk-factors',
    group: 'family',
    audiences: ['general'],
    title: () => msg('Know the risk factors', { id: 'prevention.risk-factors.title', desc: 'Prevention advice for any adult, title.' }),
    text: () =>
      msg('Prevention and intervention are key to keeping children safer. Understanding common risk factors helps identify opportunities to step in early and prevent child sex trafficking.', {
        id: 'prevention.risk-factors.text',
        desc: 'Prevention advice for any adult (not only parents).',
      }),
    cited: [
      {
        source: 'ncmec-web-2021',
        evidence: [
          'Prevention and intervention are key to keeping children safer.',
          'Understanding common risk factors helps identify opportunities to proactively intervene in an effort to prevent child sex trafficking.',
        ],
      },
    ],
  },
  {
    id: 'talk',
    group: 'family',
    audiences: ['parents'],
    title: () => msg('Talk to your child', { id: 'prevention.talk.title', desc: 'Prevention advice for parents, title (NCMEC: "Talk to your child").' }),
    text: () =>
      msg('Open communication is key. It is never too early to start talking and answering their questions in an age-appropriate way, including about sexual health, healthy relationships, consent and boundaries.', {
        id: 'prevention.talk.text',
        desc: 'Prevention advice for parents.',
      }),
    cited: [
      {
        source: 'ncmec-parents-2024',
        evidence: [
          'Talk to your child. Open communication is key.',
          "It's never too early to start talking to your child and answering their questions in an age-appropriate way.",
          'sexual health, healthy relationships, consent, and boundaries',
        ],
      },
    ],
  },
  {
    id: 'myths',
    group: 'family',
    audiences: FAMILIES,
    title: () => msg('Address the myths', { id: 'prevention.myths.title', desc: 'Prevention advice, title (NCMEC: "Address the myths").' }),
    text: () =>
      msg('Challenge the myths and misconceptions that glamorize the commercial sex industry; movies, TV shows and music can be teachable moments.', {
        id: 'prevention.myths.text',
        desc: 'Prevention advice.',
      }),
    cited: [
      {
        source: 'ncmec-parents-2024',
        evidence: ['Address the myths and misconceptions that glamorize the commercial sex industry.', 'Movies, TV shows, and music are all "teachable moments"'],
      },
    ],
  },
  {
    id: 'resiliency',
    group: 'family',
    audiences: ['parents'],
    title: () => msg('Build resiliency', { id: 'prevention.resiliency.title', desc: 'Prevention advice, title (NCMEC: "Build resiliency").' }),
    text: () =>
      msg(
        html`Traffickers increasingly use social media and gaming platforms to target children. Make sure your child is comfortable telling you about what they see online and knows how to report it to <a href=${CYBERTIPLINE.href}>NCMEC's CyberTipline</a>. NCMEC's resources at <a href=${NETSMARTZ.href}>NCMEC.org/NetSmartz</a> help your family practice internet safety.`,
        {
          id: 'prevention.resiliency.text',
          desc: 'Prevention advice for parents. Keep the names CyberTipline and NetSmartz; the links are the CyberTipline and NCMEC.org/NetSmartz.',
        },
      ),
    cited: [
      {
        source: 'ncmec-parents-2024',
        evidence: [
          'Social media and gaming platforms are increasingly becoming the tool traffickers and other predators use to target, groom, and recruit victims.',
          "making sure they are comfortable telling you about it and know how to make a report to NCMEC's CyberTipline",
          'to help your family practice internet safety',
        ],
      },
      ...CYBERTIPLINE.cited,
      ...NETSMARTZ.cited,
    ],
  },
  {
    id: 'make-aware',
    group: 'prevention',
    audiences: WORKERS,
    title: () => msg('Make youth aware', { id: 'prevention.make-aware.title', desc: 'Prevention advice for professionals, title.' }),
    text: () =>
      msg('One of the most important things you can do to protect youth is to make them aware: share the dangers of sex trafficking, and challenge the myths and misconceptions that glamorize commercial sex.', {
        id: 'prevention.make-aware.text',
        desc: 'Prevention advice for professionals and educators.',
      }),
    cited: [
      {
        source: 'ncmec-cw-2014',
        evidence: [
          'One of the most important things you can do to protect youth is to make them aware.',
          'Share the dangers of sex trafficking with youth and challenge myths and misconceptions that glamorize commercial sex.',
        ],
      },
      { source: 'ncmec-cw-2018', evidence: ['challenging myths and misconceptions that glamorize commercial sex'] },
    ],
  },
  {
    id: 'online-safety',
    group: 'prevention',
    audiences: WORKERS,
    title: () => msg('Talk about online safety', { id: 'prevention.online-safety.title', desc: 'Prevention advice for professionals, title.' }),
    text: () =>
      msg('Talk with youth about how traffickers use apps and social networking sites to mask their appearance and their true intentions while recruiting.', {
        id: 'prevention.online-safety.text',
        desc: 'Prevention advice for professionals and educators.',
      }),
    cited: [
      { source: 'ncmec-cw-2014', evidence: ['Talk with youth about online safety'] },
      { source: 'ncmec-cw-2018', evidence: ['how traffickers/ pimps use social networking sites and apps to mask not only their appearance but also their true intentions while recruiting new victims'] },
    ],
  },
  {
    id: 'warning-signs',
    group: 'intervention',
    audiences: WORKERS,
    title: () => msg('Know the warning signs', { id: 'prevention.warning-signs.title', desc: 'Intervention advice for professionals, title (NCMEC: "Know the warning signs").' }),
    text: () =>
      msg("Victims often do not see themselves as victims or disclose their abuse. Ask questions if something doesn't seem right, especially with children who may have run away, as they are at higher risk.", {
        id: 'prevention.warning-signs.text',
        desc: 'Intervention advice for professionals and educators.',
      }),
    cited: [
      {
        source: 'ncmec-cw-2018',
        evidence: [
          'Child sex trafficking victims often do not self-identify as victims and frequently do not disclose their abuse',
          "Child welfare professionals should know the warning signs and ask questions if something doesn't seem right, especially for children who may have run away as they are at higher risk.",
        ],
      },
    ],
  },
  {
    id: 'open-the-door',
    group: 'intervention',
    audiences: ['professionals'],
    title: () => msg('Open the door to these conversations', { id: 'prevention.open-the-door.title', desc: 'Intervention advice for professionals, title (NCMEC: professionals must "open the door for these concerns and conversations").' }),
    text: () =>
      msg('Youth are rarely able to see signs of grooming, and are even less likely to disclose victimization once it has begun. It is up to professionals to open the door for these concerns and conversations.', {
        id: 'prevention.open-the-door.text',
        desc: 'Intervention advice for child welfare professionals.',
      }),
    cited: [
      {
        source: 'ncmec-cw-2014',
        evidence: ['youth are rarely able to see signs of grooming and are even less likely to disclose victimization once it has begun makes it imperative that professionals open the door for these concerns and conversations'],
      },
    ],
  },
  {
    id: 'dialogue',
    group: 'intervention',
    audiences: WORKERS,
    title: () => msg('Build a non-judgmental dialogue', { id: 'prevention.dialogue.title', desc: 'Intervention advice for professionals, title.' }),
    text: listen.text!,
    cited: listen.cited.filter((c) => c.source === 'ncmec-cw-2014'),
  },
  {
    id: 'after-a-run',
    group: 'intervention',
    audiences: ['professionals'],
    title: () => msg('When a child comes back from a run', { id: 'prevention.after-a-run.title', desc: 'Intervention advice for professionals, title: a child in care who ran away is found or returns.' }),
    text: () => `${relief.text()} ${questions.text()}`,
    cited: [...relief.cited, ...questions.cited],
  },
  {
    id: 'response-plan',
    group: 'response',
    // NCMEC gives it to child welfare professionals (003), not to schools.
    audiences: ['professionals'],
    title: () => msg('Have a response plan', { id: 'prevention.response-plan.title', desc: 'Response advice for professionals, title.' }),
    text: () =>
      msg('If a child displays multiple red flags or discloses abuse through sex trafficking, have an established response plan that includes engaging specialized services for further assessment and support.', {
        id: 'prevention.response-plan.text',
        desc: 'Response advice for professionals and educators.',
      }),
    cited: [
      {
        source: 'ncmec-cw-2018',
        evidence: ['If a child displays multiple red flags or discloses abuse through sex trafficking, child welfare professionals should have an established response plan in place that includes engaging specialized services to assist with further assessment and support.'],
      },
    ],
  },
  {
    id: 'recruitment-plan',
    group: 'response',
    audiences: WORKERS,
    title: () => msg('Be prepared for recruitment in schools and group homes', { id: 'prevention.recruitment-plan.title', desc: 'Response advice for professionals and educators, title: be ready to spot and respond to traffickers who make children recruit others (never read as planning a recruitment).' }),
    text: () =>
      msg('Traffickers may force children to recruit others in schools or group homes. Child-serving agencies should know these tactics and have an early identification and response plan in place.', {
        id: 'prevention.recruitment-plan.text',
        desc: 'Response advice for professionals and educators.',
      }),
    cited: [
      {
        source: 'ncmec-cw-2018',
        evidence: [
          'it is not uncommon for them to force children to recruit others in schools or group homes',
          'Child-serving agencies should be aware of these tactics so they can have an early identification and response plan in place.',
        ],
      },
    ],
  },
];

/** The widget's heading, for each reader: the parents' guide's own, or the child welfare guide's. */
export const keepingSaferHeading: Readonly<Record<Audience, Text>> = {
  parents: () => msg('Keeping your child safer', { id: 'prevention.heading.parents', desc: 'Heading for parents (NCMEC: "Keeping your Child Safer").' }),
  general: () => msg('Keeping children safer', { id: 'prevention.heading.general', desc: 'Heading for any reader.' }),
  professionals: () => msg('How to keep children safer', { id: 'prevention.heading.professionals', desc: 'Heading for professionals (NCMEC: "How to keep children safer").' }),
  educators: () => msg('How to keep children safer', { id: 'prevention.heading.educators', desc: 'Heading for teachers and school staff.' }),
};

/** The headings of the professionals' three groups (NCMEC: Prevention, Intervention, Response). */
export const keepingSaferGroupHeadings: Readonly<Record<Exclude<KeepingSaferGroup, 'family'>, Text>> = {
  prevention: () => msg('Prevention', { id: 'prevention.group.prevention', desc: 'Heading (NCMEC: "Prevention").' }),
  intervention: () => msg('Intervention', { id: 'prevention.group.intervention', desc: 'Heading (NCMEC: "Intervention").' }),
  response: () => msg('Response', { id: 'prevention.group.response', desc: 'Heading (NCMEC: "Response").' }),
};
