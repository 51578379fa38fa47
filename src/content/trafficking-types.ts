import { msg } from '@lit/localize';
import type { Cited, Text } from './types.js';

/** NCMEC's definition of child sex trafficking, for introductions. */
export const DEFINITION: Cited & { readonly text: Text; readonly notProstitution: Text } = {
  text: () =>
    msg('Child sex trafficking is a form of child abuse. It happens when any child under 18 is advertised, solicited or exploited through commercial sex, where something of value, such as money, drugs or a place to stay, is exchanged for sexual activity.', {
      id: 'definition.text',
      desc: "NCMEC's definition of child sex trafficking. Keep its meaning exactly.",
    }),
  notProstitution: () =>
    msg('Even if a child believes they chose it, the child is a victim: there is no such thing as child prostitution.', {
      id: 'definition.not-prostitution',
      desc: 'From NCMEC: the phrase "child prostitution" must never be used. Translate so that it clearly rejects the phrase.',
    }),
  cited: [
    { source: 'ncmec-cw-2024', evidence: ['Child sex trafficking (CST) is a form of child abuse that occurs when any child under 18 years of age is advertised, solicited or exploited through commercial sex where something of value – such as money, drugs or a place to stay – is exchanged for sexual activity.'] },
    { source: 'ncmec-cw-2018', evidence: [
      'there is no such thing as child prostitution',
      "Even if a child believes that he or she chose to engage in his or her exploitation, it's important to remember that the CHILD IS A VICTIM",
    ] },
  ],
};

/** Who traffickers are: the common thread of every type. */
export const WHO_TRAFFICKERS_ARE: Cited & { readonly text: Text } = {
  text: () =>
    msg('Traffickers can be anyone who profits from selling a child for sex, including family members, foster parents, gangs, perceived trusted adults or romantic partners.', {
      id: 'traffickers.who',
      desc: 'Who traffickers are, from NCMEC.',
    }),
  cited: [
    { source: 'ncmec-cw-2024', evidence: ['Traffickers can be anyone who profits from the selling of a child for sex to a buyer, including family members, foster parents, gangs, and perceived trusted adults or romantic partners.'] },
    { source: 'ncmec-parents-2024', evidence: ['Traffickers can be anyone who profits from the selling of a child for sexual abuse'] },
    { source: 'ncmec-cw-2014', evidence: ['Traffickers, also known as pimps, can be anyone, including family members, foster parents, gangs, trusted adults'] },
  ],
};

export const TRAFFICKING_TYPE_IDS = ['pimp-controlled', 'familial', 'gang-controlled', 'buyer-perpetrated'] as const;
export type TraffickingTypeId = (typeof TRAFFICKING_TYPE_IDS)[number];

/** One of the four types of child sex trafficking on NCMEC's web page (seed 002). */
export interface TraffickingType extends Cited {
  readonly id: TraffickingTypeId;
  /** NCMEC's name for the type. */
  readonly name: Text;
  /** NCMEC's one-sentence definition. */
  readonly definition: Text;
  /** What the other guides add, for a "learn more" disclosure. */
  readonly details: readonly Text[];
}

export const TRAFFICKING_TYPES: readonly TraffickingType[] = [
  {
    id: 'pimp-controlled',
    name: () => msg('Pimp-controlled trafficking', { id: 'type.pimp-controlled.name', desc: "NCMEC's name for a type of trafficking." }),
    definition: () =>
      msg('The child is trafficked by an unrelated person, male or female, who often builds a deliberate relationship with the child and later uses it as leverage in the exploitation.', {
        id: 'type.pimp-controlled.definition',
        desc: "NCMEC's definition of pimp-controlled trafficking.",
      }),
    details: [
      () =>
        msg('Traffickers invest time to break down a child\'s natural resistance and suspicion: buying gifts, providing a place to stay, promising a loving relationship.', {
          id: 'type.pimp-controlled.detail.tricked',
          desc: 'Detail about pimp-controlled trafficking.',
        }),
      () =>
        msg('These relationships may begin online before moving to a real-life meeting.', {
          id: 'type.pimp-controlled.detail.online',
          desc: 'Detail about pimp-controlled trafficking.',
        }),
      () =>
        msg('Psychological manipulation and physical control can create a "trauma bond" that is hard to break; specialized services are often needed.', {
          id: 'type.pimp-controlled.detail.trauma-bond',
          desc: 'Detail about pimp-controlled trafficking. "Trauma bond" is a technical term.',
        }),
    ],
    cited: [
      { source: 'ncmec-web-2021', evidence: ['Child is trafficked by an unrelated individual, male or female, who often develops an intentional relationship with the child which is later used as leverage in the exploitation.'] },
      { source: 'ncmec-cw-2014', evidence: [
        'break down their natural resistance and suspicion – buying them gifts, providing a place to stay, promising a loving relationship',
        'These relationships may begin online before progressing to a real-life encounter.',
        'This “trauma bond” is difficult to break and specialized intervention and services are often necessary.',
      ] },
    ],
  },
  {
    id: 'familial',
    name: () => msg('Familial trafficking', { id: 'type.familial.name', desc: "NCMEC's name for a type of trafficking." }),
    definition: () =>
      msg('The child is trafficked by a relative, or by someone the child sees as family, such as a person called "auntie" or "uncle" who is not directly related.', {
        id: 'type.familial.definition',
        desc: "NCMEC's definition of familial trafficking.",
      }),
    details: [
      () =>
        msg('Family traffickers can include biological parents, cousins, aunts, uncles, grandparents, in-laws, and adoptive, foster or stepparents.', {
          id: 'type.familial.detail.who',
          desc: 'Detail about familial trafficking.',
        }),
      () =>
        msg('Cases are hard to identify, because children often depend on the trafficker to survive and abusers use complex techniques to silence them.', {
          id: 'type.familial.detail.hidden',
          desc: 'Detail about familial trafficking.',
        }),
      () =>
        msg('Where the trafficker and primary abuser is the biological father and/or mother, the child is less likely to try to run away; grooming can begin as early as infancy, and trafficking as early as toddler-age.', {
          id: 'type.familial.detail.parents',
          desc: 'Detail about familial trafficking.',
        }),
    ],
    cited: [
      { source: 'ncmec-web-2021', evidence: ['Child is trafficked by a relative or a person who is perceived by the child to be a family member such as individuals referred to as auntie or uncle but are not directly related to the child.'] },
      { source: 'ncmec-cw-2024', evidence: [
        'biological mother and/or father, cousins, aunts, uncles, grandparents, in-laws, and adoptive, foster, or stepparents',
        'Cases are hard to identify because children are often dependent on familial traffickers for survival and the abusers use complex techniques to silence child victims.',
        'where the trafficker and primary abuser is the biological father and/or mother, the child is less likely to attempt to run away and the grooming can begin as early as infancy and trafficking can begin as early as toddler-age',
      ] },
    ],
  },
  {
    id: 'gang-controlled',
    name: () => msg('Gang-controlled trafficking', { id: 'type.gang-controlled.name', desc: "NCMEC's name for a type of trafficking." }),
    definition: () =>
      msg('The child is trafficked by a member of a gang, or by the gang itself.', {
        id: 'type.gang-controlled.definition',
        desc: "NCMEC's definition of gang-controlled trafficking.",
      }),
    details: [
      () =>
        msg('Gangs use their organization, violence and local, national and international networks to instill fear and loyalty in the child.', {
          id: 'type.gang-controlled.detail.control',
          desc: 'Detail about gang-controlled trafficking.',
        }),
      () =>
        msg('Gang involvement, especially among girls, is one of the warning signs NCMEC lists.', {
          id: 'type.gang-controlled.detail.sign',
          desc: 'Detail about gang-controlled trafficking.',
        }),
    ],
    cited: [
      { source: 'ncmec-web-2021', evidence: [
        'Child is trafficked by a member of a gang or trafficked by the gang.',
        'Gangs leverage their organizational structure, violence, and local, national and international networks to instill fear and loyalty in the child victim.',
      ] },
      { source: 'ncmec-cw-2018', evidence: ['Gang involvement, especially among girls'] },
    ],
  },
  {
    id: 'buyer-perpetrated',
    name: () => msg('Buyer-perpetrated trafficking', { id: 'type.buyer-perpetrated.name', desc: "NCMEC's name for a type of trafficking." }),
    definition: () =>
      msg('The child is trafficked with no identified trafficker: the buyer directly exploits the child\'s vulnerabilities, offering money, food or shelter in exchange for sexual exploitation.', {
        id: 'type.buyer-perpetrated.definition',
        desc: "NCMEC's definition of buyer-perpetrated trafficking.",
      }),
    details: [
      () =>
        msg('For instance, if a child runs away, a buyer may exploit the child\'s need for food and shelter by offering them in exchange for sex.', {
          id: 'type.buyer-perpetrated.detail.runaway',
          desc: 'Detail about buyer-perpetrated trafficking.',
        }),
      () =>
        msg('Trading sex to meet a basic need is sometimes called "survival sex"; when the youth is under 18, it is child sex trafficking.', {
          id: 'type.buyer-perpetrated.detail.survival',
          desc: 'Detail about buyer-perpetrated trafficking.',
        }),
    ],
    cited: [
      { source: 'ncmec-web-2021', evidence: ["Child is being trafficked but does not have an identified trafficker. Instead, the buyer is directly exploiting the child's vulnerabilities by offering money, food, and/or shelter in exchange for the sexual exploitation."] },
      { source: 'ncmec-parents-2024', evidence: ["if a child runs away, a buyer may exploit the child's need for food and shelter by offering to provide that in exchange for sex"] },
      { source: 'ncmec-cw-2014', evidence: ['Often times this is referred to as “survival sex” and if the youth is under 18 years old, it is considered child sex trafficking.'] },
    ],
  },
];

/** The block heading of the types widget. */
export const typesHeading: Text = () =>
  msg('Types of child sex trafficking', { id: 'type.heading', desc: 'Heading of the four cards that describe the types of trafficking.' });
