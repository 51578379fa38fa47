import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { DEFINITION, WHO_TRAFFICKERS_ARE } from './trafficking-types.js';
import type { Audience, Cited, Text } from './types.js';

/** Who the victims are: any child (the parents' guide), for the overview. */
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

/** The parts of the overview, in the guides' order; `sections` chooses among them. */
export const OVERVIEW_SECTIONS = ['definition', 'victims', 'traffickers', 'targeting', 'language'] as const;
export type OverviewSection = (typeof OVERVIEW_SECTIONS)[number];

/**
 * One statement of the overview, in the words of the guide for `audiences`: parents read the
 * parents' guide (004), professionals the child welfare guides (000, 001, 003), everyone else
 * NCMEC's web page (002). `term` is NCMEC's own word that leads it (Targeted, Tricked, Traumatized).
 */
export interface OverviewStatement extends Cited {
  readonly id: string;
  readonly section: OverviewSection;
  readonly audiences: readonly Audience[];
  /** A string, or markup where it names a law in English (`lang="en"`). */
  readonly text: () => string | TemplateResult;
  readonly term?: Text;
}

const EVERYONE: readonly Audience[] = ['general', 'parents', 'professionals', 'educators'];
const OTHERS: readonly Audience[] = ['general', 'educators'];

export const OVERVIEW: readonly OverviewStatement[] = [
  // What it is.
  {
    id: 'definition-parents',
    section: 'definition',
    audiences: ['parents'],
    text: () =>
      msg('Child sex trafficking is a form of child abuse that occurs when a child under 18 is advertised, solicited or exploited through a commercial sex act where sex is traded for money, food, shelter, drugs or anything else of value.', {
        id: 'overview.definition.parents',
        desc: "NCMEC's definition of child sex trafficking, in the parents' guide. Keep its meaning exactly.",
      }),
    cited: [
      {
        source: 'ncmec-parents-2024',
        evidence: ['Child sex trafficking (CST) is a form of child abuse that occurs when a child under 18 is advertised, solicited or exploited through a commercial sex act where sex is traded for money, food, shelter, drugs or anything else of value.'],
      },
    ],
  },
  { id: 'definition-professionals', section: 'definition', audiences: ['professionals'], text: DEFINITION.text, cited: DEFINITION.cited.filter((c) => c.source === 'ncmec-cw-2024') },
  {
    id: 'item-of-value',
    section: 'definition',
    audiences: ['professionals'],
    text: () =>
      msg('The item of value can be given to or received by any person, including the child.', {
        id: 'overview.definition.item-of-value',
        desc: 'After the definition, for professionals: who gives or receives the thing of value.',
      }),
    cited: [{ source: 'ncmec-cw-2024', evidence: ['The item of value can be given to or received by any person including the child.'] }],
  },
  {
    // What federal law says a child sex trafficking victim is, for the professionals who act on it (000).
    id: 'federal-law',
    section: 'definition',
    audiences: ['professionals'],
    text: () =>
      msg(
        html`Under the <span lang="en">Justice for Victims of Trafficking Act</span>, the <span lang="en">Child Abuse Prevention and Treatment Act</span> (CAPTA) definition of an abused and neglected child includes sex trafficking victims, whatever the abuser's relationship to the child. To be eligible for CAPTA funding, states must ensure that child welfare professionals are trained to identify, assess and provide comprehensive services to child sex trafficking victims.`,
        {
          id: 'overview.federal-law',
          desc: "US federal law, for child welfare professionals. Keep the laws' English names and the abbreviation CAPTA.",
        },
      ),
    cited: [
      {
        source: 'ncmec-cw-2024',
        evidence: [
          'Justice for Victims of Trafficking Act, the Child Abuse Prevention and Treatment Act (CAPTA)',
          'definition of an abused and neglected child was amended to include sex trafficking victims irrespective of the relationship of the abuser to the child.',
          'to be eligible for CAPTA funding, states must ensure that child welfare professionals are trained to identify, assess and provide comprehensive services to child sex trafficking victims.',
        ],
      },
    ],
  },
  {
    id: 'definition-general',
    section: 'definition',
    audiences: OTHERS,
    text: () =>
      msg('Child sex trafficking is a form of child abuse that occurs when a child under 18 is advertised, solicited or exploited through a commercial sex act. A commercial sex act is any sex act where something of value, such as money, drugs or a place to stay, is given to or received by any person for sexual activity.', {
        id: 'overview.definition.general',
        desc: "NCMEC's definition of child sex trafficking, on its web page. Keep its meaning exactly.",
      }),
    cited: [
      {
        source: 'ncmec-web-2021',
        evidence: [
          'Child sex trafficking is a form of child abuse that occurs when a child under 18 is advertised, solicited or exploited through a commercial sex act.',
          'A commercial sex act is any sex act where something of value such as money, drugs or a place to stay is given to or received by any person for sexual activity.',
        ],
      },
    ],
  },
  {
    id: 'consequences',
    section: 'definition',
    audiences: OTHERS,
    text: () =>
      msg('Child sex trafficking can have devastating immediate and long-term consequences, including health impacts, psychological and physical trauma and even death.', {
        id: 'overview.consequences',
        desc: "After the definition, for any reader: what it does to a child (NCMEC's web page).",
      }),
    cited: [{ source: 'ncmec-web-2021', evidence: ['Child sex trafficking can have devastating immediate and long-term consequences, including health impacts, psychological and physical trauma and even death.'] }],
  },

  // Who the victims are.
  {
    id: 'victims-parents',
    section: 'victims',
    audiences: ['parents'],
    text: () =>
      msg('Victims could be anyone: your child, a neighbor or another family member. NCMEC has received reports of child sex trafficking from every U.S. state, and victims have included boys and girls, LGBTQ youth, U.S. citizens and children who have come to the U.S. from other countries, and children from urban communities, suburbs, small towns and tribal land.', {
        id: 'overview.victims.parents',
        desc: 'Who the victims are, in the parents\' guide (with "LGBTQ youth" from the child welfare guide, so one sentence says who the victims are).',
      }),
    cited: [
      {
        source: 'ncmec-parents-2024',
        evidence: [
          'CST victims could be anyone – your child, neighbor, or other family member.',
          'NCMEC has received reports of child sex trafficking from every U.S. state and victims have included:',
          'Boys and girls',
          'U.S. Citizens and children who have come to the U.S. from other countries',
          'Children from urban communities, suburbs, small towns, and tribal land',
        ],
      },
      { source: 'ncmec-cw-2014', evidence: ['Child sex trafficking victims include girls, boys, and LGBTQ youth.'] },
    ],
  },
  { id: 'victims-any-child', section: 'victims', audiences: [...OTHERS, 'professionals'], text: WHO_VICTIMS_ARE.text, cited: WHO_VICTIMS_ARE.cited },
  {
    id: 'victims-lgbtq',
    section: 'victims',
    // Parents read it within their guide's sentence (above), never twice.
    audiences: [...OTHERS, 'professionals'],
    text: () => msg('Victims include girls, boys and LGBTQ youth.', { id: 'overview.victims.lgbtq', desc: 'Who the victims are.' }),
    cited: [{ source: 'ncmec-cw-2014', evidence: ['Child sex trafficking victims include girls, boys, and LGBTQ youth.'] }],
  },
  {
    id: 'higher-risk-parents',
    section: 'victims',
    audiences: ['parents'],
    text: () =>
      msg('While any child can be targeted, youth who lack strong support networks, have historical trauma, are experiencing homelessness, or are being bullied or marginalized by society are at a higher risk.', {
        id: 'overview.higher-risk.parents',
        desc: "Who is at higher risk, in the parents' guide.",
      }),
    cited: [
      {
        source: 'ncmec-parents-2024',
        evidence: ['While any child can be targeted, research has revealed that youth who lack strong support networks, have historical trauma, are experiencing homelessness, are being bullied or marginalized by society are at a higher risk.'],
      },
    ],
  },
  {
    id: 'higher-risk',
    section: 'victims',
    audiences: OTHERS,
    text: () =>
      msg('While any child can be targeted, traffickers and buyers often target youth who lack strong support networks, have experienced violence in the past, are experiencing homelessness, or are marginalized by society.', {
        id: 'overview.higher-risk.general',
        desc: "Who is at higher risk, on NCMEC's web page.",
      }),
    cited: [
      {
        source: 'ncmec-web-2021',
        evidence: ['While any child can be targeted by a trafficker, research, data and survivor lived experience and expertise have revealed traffickers and buyers often target youth who lack strong support networks, have experienced violence in the past, are experiencing homelessness, or are marginalized by society.'],
      },
    ],
  },
  {
    id: 'children-in-care',
    section: 'victims',
    audiences: ['professionals'],
    text: () =>
      msg('Children in the care of social services are disproportionately vulnerable to sex trafficking. Perpetrators commonly target and recruit youth who have already experienced a disrupted home life and childhood sexual abuse.', {
        id: 'overview.children-in-care',
        desc: 'Who is at higher risk, for child welfare professionals.',
      }),
    cited: [
      {
        source: 'ncmec-cw-2024',
        evidence: [
          'children in the care of social services are disproportionately vulnerable to sex trafficking',
          'Perpetrators commonly target and recruit youth who have already experienced a disrupted home life and childhood sexual abuse.',
        ],
      },
    ],
  },

  // Who the traffickers are.
  {
    id: 'traffickers-parents',
    section: 'traffickers',
    audiences: ['parents'],
    text: () =>
      msg('Traffickers can be anyone who profits from the selling of a child for sexual abuse, including friends, gangs, family members, foster parents, perceived trusted adults or romantic partners.', {
        id: 'overview.traffickers.parents',
        desc: "Who traffickers are, in the parents' guide.",
      }),
    cited: [
      {
        source: 'ncmec-parents-2024',
        evidence: ['Traffickers can be anyone who profits from the selling of a child for sexual abuse, including: friends, gangs, family members, foster parents, perceived trusted adults, or romantic partners.'],
      },
    ],
  },
  { id: 'traffickers', section: 'traffickers', audiences: [...OTHERS, 'professionals'], text: WHO_TRAFFICKERS_ARE.text, cited: WHO_TRAFFICKERS_ARE.cited },
  {
    id: 'buyers-parents',
    section: 'traffickers',
    audiences: ['parents'],
    text: () =>
      msg("In some cases, there is no identified trafficker, and it is the buyer who is directly exploiting the child's vulnerabilities. For instance, if a child runs away, a buyer may exploit the child's need for food and shelter by offering to provide them in exchange for sex.", {
        id: 'overview.buyers.parents',
        desc: "Buyers as exploiters, in the parents' guide.",
      }),
    cited: [
      {
        source: 'ncmec-parents-2024',
        evidence: [
          "In some cases, there is no identified trafficker and it is the buyer who is directly exploiting the child's vulnerabilities.",
          "For instance, if a child runs away, a buyer may exploit the child's need for food and shelter by offering to provide that in exchange for sex.",
        ],
      },
    ],
  },
  {
    id: 'buyers',
    section: 'traffickers',
    audiences: [...OTHERS, 'professionals'],
    text: () =>
      msg("In some cases, there is no identified trafficker, and it is the person buying sex from the child who is exploiting the child's vulnerabilities. For instance, if a child runs away, a buyer may exploit the child's need for food and shelter, offering to provide them in exchange for sex.", {
        id: 'overview.buyers',
        desc: 'Buyers as exploiters, in the guide for professionals.',
      }),
    cited: [
      {
        source: 'ncmec-cw-2024',
        evidence: [
          "In some cases, there is no identified trafficker, and it is the person buying sex from the child who is exploiting the child's vulnerabilities.",
          "For instance, if a child runs away, a buyer may exploit the child's need for food and shelter offering to provide that in exchange for sex.",
        ],
      },
    ],
  },

  // How children are targeted: NCMEC's three words first, then online, then (for those who work
  // with children in groups) recruitment by other children.
  {
    id: 'targeted',
    section: 'targeting',
    audiences: EVERYONE,
    term: () => msg('Targeted', { id: 'overview.targeted.term', desc: 'NCMEC\'s word: victims are "Targeted" (one of three: Targeted, Tricked, Traumatized).' }),
    text: () =>
      msg('Traffickers seek out vulnerable children. Any child can be targeted, but runaways, children in state care and children having trouble at home are especially vulnerable. Traffickers find them on social networking websites, at shopping malls, at schools and at bus stations.', {
        id: 'overview.targeted.text',
        desc: 'What "Targeted" means.',
      }),
    cited: [
      {
        source: 'ncmec-cw-2014',
        evidence: [
          'Targeted – Traffickers are predators who seek out vulnerable victims.',
          'While any youth can be targeted by a trafficker, runaways, children in state care or children experiencing trouble at home are especially vulnerable.',
          'They target victims at a variety of venues that provide access to youth such as social networking websites, shopping malls, schools, and at bus stations.',
        ],
      },
    ],
  },
  {
    id: 'tricked',
    section: 'targeting',
    audiences: EVERYONE,
    term: () => msg('Tricked', { id: 'overview.tricked.term', desc: 'NCMEC\'s word: victims are "Tricked".' }),
    text: () =>
      msg("Traffickers invest a great deal of time and effort to break down a child's natural resistance and suspicion, buying them gifts, providing a place to stay, promising a loving relationship, before revealing their true intent.", {
        id: 'overview.tricked.text',
        desc: 'What "Tricked" means.',
      }),
    cited: [
      {
        source: 'ncmec-cw-2014',
        evidence: [
          'Traffickers are willing to invest a great deal of time and effort in their potential victim to break down their natural resistance and suspicion – buying them gifts, providing a place to stay, promising a loving relationship – before revealing their true intent.',
        ],
      },
    ],
  },
  {
    id: 'traumatized',
    section: 'targeting',
    audiences: EVERYONE,
    term: () => msg('Traumatized', { id: 'overview.traumatized.term', desc: 'NCMEC\'s word: victims are "Traumatized".' }),
    text: () =>
      msg('Psychological manipulation makes the child truly believe the trafficker cares for them; with physical control, the child can feel trapped and powerless to leave. This "trauma bond" is difficult to break, and specialized intervention and services are often necessary.', {
        id: 'overview.traumatized.text',
        desc: 'What "Traumatized" means; "trauma bond" is NCMEC\'s term.',
      }),
    cited: [
      {
        source: 'ncmec-cw-2014',
        evidence: [
          'causes the youth to truly believe the pimp cares for his or her well-being. Coupled with physical control this can make a victim feel trapped and powerless to leave.',
          'This “trauma bond” is difficult to break and specialized intervention and services are often necessary.',
        ],
      },
    ],
  },
  {
    id: 'online-parents',
    section: 'targeting',
    audiences: ['parents', 'general'],
    text: () =>
      msg('Social media and gaming platforms are increasingly the tool traffickers and other predators use to target, groom and recruit victims.', {
        id: 'overview.online.parents',
        desc: "Online recruitment, in the parents' guide.",
      }),
    cited: [{ source: 'ncmec-parents-2024', evidence: ['Social media and gaming platforms are increasingly becoming the tool traffickers and other predators use to target, groom, and recruit victims.'] }],
  },
  {
    id: 'online',
    section: 'targeting',
    audiences: ['professionals', 'educators'],
    text: () =>
      msg("Traffickers use apps and social networking sites to start a conversation, identify a child's needs and vulnerabilities, make false promises and begin recruitment, while masking their appearance and true intentions.", {
        id: 'overview.online',
        desc: 'Online recruitment, in the guides for professionals.',
      }),
    cited: [
      {
        source: 'ncmec-cw-2014',
        evidence: [
          'how traffickers/pimps are using internet apps and social networking sites to start a conversation, identify needs/vulnerabilities, make false promises and begin the recruitment process',
          'These sites are used by traffickers to mask their appearance and true intentions during recruitment.',
        ],
      },
      { source: 'ncmec-cw-2018', evidence: ['use social networking sites and apps to mask'] },
    ],
  },
  {
    id: 'recruit-others',
    section: 'targeting',
    audiences: ['professionals', 'educators'],
    text: () =>
      msg('Traffickers may manipulate children, and it is not uncommon for them to force children to recruit others in schools or group homes.', {
        id: 'overview.recruit-others',
        desc: 'For professionals and educators: recruitment through other children.',
      }),
    cited: [{ source: 'ncmec-cw-2018', evidence: ['They may MANIPULATE children, and it is not uncommon for them to force children to recruit others in schools or group homes.'] }],
  },

  // The words NCMEC uses.
  { id: 'not-prostitution', section: 'language', audiences: EVERYONE, text: DEFINITION.notProstitution, cited: DEFINITION.cited.filter((c) => c.source === 'ncmec-cw-2018') },
  {
    id: 'never-the-phrase',
    section: 'language',
    audiences: EVERYONE,
    text: () =>
      msg('That phrase should never be used when referring to child sex trafficking.', {
        id: 'overview.never-the-phrase',
        desc: 'Right after "there is no such thing as child prostitution": "that phrase" is "child prostitution".',
      }),
    cited: [{ source: 'ncmec-cw-2018', evidence: ['that phrase should never be used when referring to child sex trafficking'] }],
  },
  {
    id: 'why-victim',
    section: 'language',
    audiences: EVERYONE,
    text: () =>
      msg('NCMEC uses the word "victim" to be consistent with law, protocol and policy, and to recognize that a crime has been committed. This abuse and trauma should not define the people who have experienced it.', {
        id: 'overview.why-victim',
        desc: 'Why NCMEC says "victim" (translate the word in quotes as the word the translation uses for victim).',
      }),
    cited: [
      {
        source: 'ncmec-cw-2024',
        evidence: [
          'NCMEC uses the word "victim" to consistent with law, protocol and policy, and to recognize that a crime has been committed.',
          'This type of abuse and trauma should not define the people who have experienced it',
        ],
      },
    ],
  },
];

/** The widget's heading. */
export const overviewHeading: Text = () => msg('About child sex trafficking', { id: 'overview.heading', desc: 'Heading of the overview of child sex trafficking.' });

/** Each section's heading: NCMEC's own questions where its guides ask them. */
export const overviewSectionHeadings: Readonly<Record<OverviewSection, Text>> = {
  definition: () => msg('What is child sex trafficking?', { id: 'overview.section.definition', desc: "Heading (NCMEC's question)." }),
  victims: () => msg('Who are the victims?', { id: 'overview.section.victims', desc: "Heading (NCMEC's question)." }),
  traffickers: () => msg('Who are the traffickers?', { id: 'overview.section.traffickers', desc: "Heading (NCMEC's question)." }),
  targeting: () => msg('How does a child become a victim?', { id: 'overview.section.targeting', desc: "Heading (NCMEC's question)." }),
  language: () => msg('Why NCMEC says "victim"', { id: 'overview.section.language', desc: 'Heading of what NCMEC says about words: never "child prostitution"; why "victim".' }),
};
