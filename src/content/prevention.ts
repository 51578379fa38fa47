import { msg } from '@lit/localize';
import { AUDIENCES, type Audience, type Cited, type Text } from './types.js';

/** Who the victims are: any child. Framing for every view of the signs. */
export const WHO_VICTIMS_ARE: Cited & { readonly text: Text } = {
  text: () =>
    msg('Victims could be any child: boys and girls, U.S. citizens and children from other countries, in cities, suburbs, small towns and tribal lands.', {
      id: 'victims.who',
      desc: 'Who the victims of child sex trafficking are, from NCMEC.',
    }),
  cited: [
    { source: 'ncmec-parents-2024', evidence: [
      'CST victims could be anyone',
      'Boys and girls',
      'U.S. Citizens and children who have come to the U.S. from other countries',
      'Children from urban communities, suburbs, small towns, and tribal land',
    ] },
  ],
};

/** One piece of prevention advice, for the readers it was written for. */
export interface PreventionTip extends Cited {
  readonly id: string;
  readonly audiences: readonly Audience[];
  readonly title: Text;
  readonly text: Text;
}

export const PREVENTION: readonly PreventionTip[] = [
  {
    id: 'talk',
    audiences: ['parents', 'general'],
    title: () => msg('Talk to your child', { id: 'prevention.talk.title', desc: 'Prevention advice for parents, title.' }),
    text: () =>
      msg('Open communication is key. It is never too early to start talking and answering their questions in an age-appropriate way, including about sexual health, healthy relationships, consent and boundaries.', {
        id: 'prevention.talk.text',
        desc: 'Prevention advice for parents.',
      }),
    cited: [
      { source: 'ncmec-parents-2024', evidence: [
        'Talk to your child. Open communication is key.',
        'sexual health, healthy relationships, consent, and boundaries',
      ] },
    ],
  },
  {
    id: 'myths',
    audiences: AUDIENCES,
    title: () => msg('Address the myths', { id: 'prevention.myths.title', desc: 'Prevention advice, title.' }),
    text: () =>
      msg('Challenge the myths and misconceptions that glamorize the commercial sex industry; movies, TV shows and music can be teachable moments.', {
        id: 'prevention.myths.text',
        desc: 'Prevention advice.',
      }),
    cited: [
      { source: 'ncmec-parents-2024', evidence: [
        'Address the myths and misconceptions that glamorize the commercial sex industry.',
        'Movies, TV shows, and music are all "teachable moments"',
      ] },
      { source: 'ncmec-cw-2018', evidence: ['challenging myths and misconceptions that glamorize commercial sex'] },
    ],
  },
  {
    id: 'resiliency',
    audiences: ['parents', 'educators', 'general'],
    title: () => msg('Build resiliency', { id: 'prevention.resiliency.title', desc: 'Prevention advice, title.' }),
    text: () =>
      msg("Traffickers increasingly use social media and gaming platforms to target children: make sure teens are comfortable telling you about what they see online and know how to report it to NCMEC's CyberTipline.", {
        id: 'prevention.resiliency.text',
        desc: 'Prevention advice. Keep the name CyberTipline.',
      }),
    cited: [
      { source: 'ncmec-parents-2024', evidence: [
        'Social media and gaming platforms are increasingly becoming the tool traffickers and other predators use to target, groom, and recruit victims.',
        "making sure they are comfortable telling you about it and know how to make a report to NCMEC's CyberTipline",
      ] },
    ],
  },
  {
    id: 'online-safety',
    audiences: ['professionals', 'educators'],
    title: () => msg('Talk about online safety', { id: 'prevention.online-safety.title', desc: 'Prevention advice for professionals, title.' }),
    text: () =>
      msg('Share the dangers of sex trafficking with youth, and talk about how traffickers use apps and social networking sites to mask their appearance and intentions while recruiting.', {
        id: 'prevention.online-safety.text',
        desc: 'Prevention advice for professionals and educators.',
      }),
    cited: [
      { source: 'ncmec-cw-2014', evidence: ['Share the dangers of sex trafficking with youth'] },
      { source: 'ncmec-cw-2018', evidence: ['how traffickers/ pimps use social networking sites and apps to mask not only their appearance but also their true intentions while recruiting new victims'] },
    ],
  },
];
