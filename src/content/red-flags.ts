import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { NCMEC_TRAFFICKING_PAGE } from './reporting.js';
import { AUDIENCES, type Audience, type Cited, type Text } from './types.js';

/**
 * Red flags (indicators) and vulnerabilities (risk factors): the union of what NCMEC's guides
 * list (seeds 001, 002, 003, 004), one record per sign, citing every guide that names it.
 */

/** A small set of groups a worried parent can scan. */
export const RED_FLAG_CATEGORIES = [
  'behavior',
  'money',
  'online',
  'absences',
  'health',
  'circumstances',
] as const;
export type RedFlagCategory = (typeof RED_FLAG_CATEGORIES)[number];

export const categoryLabel: Readonly<Record<RedFlagCategory, Text>> = {
  behavior: () => msg('Behavior and relationships', { id: 'red-flag.category.behavior', desc: 'Group of warning signs.' }),
  money: () => msg('Money and possessions', { id: 'red-flag.category.money', desc: 'Group of warning signs.' }),
  online: () => msg('Phone and online', { id: 'red-flag.category.online', desc: 'Group of warning signs.' }),
  absences: () =>
    msg('Absences, running away and travel', { id: 'red-flag.category.absences', desc: 'Group of warning signs.' }),
  health: () => msg('Physical signs and health', { id: 'red-flag.category.health', desc: 'Group of warning signs.' }),
  circumstances: () =>
    msg('Home, history and circumstances', { id: 'red-flag.category.circumstances', desc: 'Group of risk factors.' }),
};

export interface RedFlag extends Cited {
  /** Stable id: never reuse one for a different sign. */
  readonly id: string;
  readonly kind: 'indicator' | 'vulnerability';
  readonly category: RedFlagCategory;
  readonly audiences: readonly Audience[];
  /** A short title a parent can scan. */
  readonly title: Text;
  /**
   * Never shown: words readers may type to find this sign, besides those of its title and text
   * (drugs, money, phone, grooming...), space-separated. Drawn from the cited guides' wording for
   * it and plain synonyms; never a new fact.
   */
  readonly terms: Text;
  /**
   * One or two plain-language sentences, grounded in the cited guides, for the widget's reader
   * (most signs read the same for every audience and ignore it).
   */
  readonly text: (audience: Audience) => string;
}

const everyone: readonly Audience[] = AUDIENCES;

export const RED_FLAGS: readonly RedFlag[] = [
  // Indicators: signs that a child may be a victim now.
  {
    id: 'runs-away',
    kind: 'indicator',
    category: 'absences',
    audiences: everyone,
    title: () => msg('Runs away often, or has run away and not come back', { id: 'red-flag.runs-away.title', desc: 'Warning sign, short title.' }),
    // What to do when a child is missing, said to this reader: law enforcement first, then NCMEC.
    terms: () => msg('runaway running away ran away missing disappeared left home chronically frequently repeatedly police', { id: 'red-flag.runs-away.terms', desc: 'Search words, never shown: words a reader may type to find this sign, space-separated. Give the words Spanish-speaking readers would type, not a word-for-word translation.' }),
    text: (audience) =>
      audience === 'parents'
        ? msg('Children who run away often or for long periods are more at risk. If your child runs away, report it immediately: call law enforcement, then NCMEC.', {
            id: 'red-flag.runs-away.text.parents',
            desc: 'Warning sign, explanation for parents and guardians: a runaway is reported to law enforcement first, then to NCMEC.',
          })
        : audience === 'professionals'
          ? msg('Children who run away often or for long periods are more at risk: each time a youth runs away, their connection to safer individuals decreases. If a child runs away from care, report it immediately to law enforcement, then to NCMEC.', {
              id: 'red-flag.runs-away.text.professionals',
              desc: 'Warning sign, explanation for child welfare professionals ("care": foster care or the care of social services).',
            })
          : msg('Children who run away often or for long periods tend to be running from an unsafe situation or to an unsafe situation. If a child is missing, immediately call law enforcement, then NCMEC.', {
              id: 'red-flag.runs-away.text',
              desc: 'Warning sign, explanation for any reader: a missing child is reported to law enforcement first, then to NCMEC.',
            }),
    cited: [
      { source: 'ncmec-parents-2024', evidence: [
        'Chronically runs away from home',
        'When children run away frequently or for long periods of time they are more at risk',
        'If your child runs away, immediately report it.',
      ] },
      { source: 'ncmec-cw-2024', evidence: [
        "anytime a child is missing, the child's legal guardian should immediately call law enforcement and then the National Center for Missing & Exploited Children",
        'requires child welfare professionals to report missing children to Law Enforcement and NCMEC',
      ] },
      { source: 'ncmec-cw-2018', evidence: ['A history of running away or current status as a runaway'] },
      { source: 'ncmec-cw-2014', evidence: ['History of running away or current status as a runaway', 'Each time a youth runs away his or her connection to safer individuals decreases'] },
      { source: 'ncmec-web-2021', evidence: ['when children run away frequently or for long periods of time, they tend to be running from an unsafe situation or to an unsafe situation'] },
    ],
  },
  {
    id: 'school-absences',
    kind: 'indicator',
    category: 'absences',
    audiences: everyone,
    title: () => msg('Unexplained absences from school', { id: 'red-flag.school-absences.title', desc: 'Warning sign, short title.' }),
    terms: () => msg('truancy truant skipping school cutting class ditching absent attendance classes', { id: 'red-flag.school-absences.terms', desc: 'Search words, never shown: words a reader may type to find this sign, space-separated. Give the words Spanish-speaking readers would type, not a word-for-word translation.' }),
    text: () =>
      msg('Missing school without a clear reason is one of the red flags NCMEC lists.', {
        id: 'red-flag.school-absences.text',
        desc: 'Warning sign, one-sentence explanation.',
      }),
    cited: [{ source: 'ncmec-parents-2024', evidence: ['Unexplained absences from school'] }],
  },
  {
    id: 'travel-hotels',
    kind: 'indicator',
    category: 'absences',
    audiences: everyone,
    title: () =>
      msg('Travels to other states or stays at hotels when running away', { id: 'red-flag.travel-hotels.title', desc: 'Warning sign, short title.' }),
    terms: () => msg('motel motels hotel room trip trips out of state another state state lines runaway', { id: 'red-flag.travel-hotels.terms', desc: 'Search words, never shown: words a reader may type to find this sign, space-separated. Give the words Spanish-speaking readers would type, not a word-for-word translation.' }),
    text: () =>
      msg('Traveling to other states, or staying at hotels, when a child runs away is a warning sign.', {
        id: 'red-flag.travel-hotels.text',
        desc: 'Warning sign, one-sentence explanation.',
      }),
    cited: [
      { source: 'ncmec-cw-2018', evidence: ['Travel to other states or staying at hotels when he or she runs away'] },
      { source: 'ncmec-cw-2014', evidence: ['Travel to other states or staying at hotels during a run incident'] },
    ],
  },
  {
    id: 'secret-phones',
    kind: 'indicator',
    category: 'online',
    audiences: everyone,
    title: () => msg('Secret or several phones', { id: 'red-flag.secret-phones.title', desc: 'Warning sign, short title.' }),
    terms: () => msg('cellphone cellphones mobile smartphone multiple phones second phone extra phone hidden burner', { id: 'red-flag.secret-phones.terms', desc: 'Search words, never shown: words a reader may type to find this sign, space-separated. Give the words Spanish-speaking readers would type, not a word-for-word translation.' }),
    text: () =>
      msg('A secret cell phone, several phones, or apps that give several phone numbers are warning signs.', {
        id: 'red-flag.secret-phones.text',
        desc: 'Warning sign, one-sentence explanation.',
      }),
    cited: [
      { source: 'ncmec-parents-2024', evidence: ['Has secret cell phones or apps providing multiple cellphone numbers'] },
      { source: 'ncmec-cw-2018', evidence: ['Large amounts of cash, multiple cell phones or hotel keys'] },
    ],
  },
  {
    id: 'escort-ads-language',
    kind: 'indicator',
    category: 'online',
    audiences: everyone,
    title: () =>
      msg('Mentions escort ads or the language of the sex trade', { id: 'red-flag.escort-ads-language.title', desc: 'Warning sign, short title.' }),
    terms: () => msg('escorts prostitution slang lingo terms advertisements advertising internet websites', { id: 'red-flag.escort-ads-language.terms', desc: 'Search words, never shown: words a reader may type to find this sign, space-separated. Give the words Spanish-speaking readers would type, not a word-for-word translation.' }),
    text: () =>
      msg('Talking about online escort ads, or using words often associated with commercial sex such as "Trick", "The Life" or "The Game", is a red flag.', {
        id: 'red-flag.escort-ads-language.text',
        desc: 'Warning sign, one-sentence explanation. Keep the three quoted English slang words in English.',
      }),
    cited: [{ source: 'ncmec-parents-2024', evidence: ['References online escort ads or uses language often associated with prostitution, such as "Trick," "The Life," "The Game"'] }],
  },
  {
    id: 'behavior-changes',
    kind: 'indicator',
    category: 'behavior',
    audiences: everyone,
    title: () =>
      msg('Big changes in behavior, online too', { id: 'red-flag.behavior-changes.title', desc: 'Warning sign, short title.' }),
    terms: () => msg('changed acting different acting out attitude conduct internet social media gaming games apps activity', { id: 'red-flag.behavior-changes.terms', desc: 'Search words, never shown: words a reader may type to find this sign, space-separated. Give the words Spanish-speaking readers would type, not a word-for-word translation.' }),
    text: () =>
      msg('Significant changes in how a child behaves, including what they do online, can be a red flag.', {
        id: 'red-flag.behavior-changes.text',
        desc: 'Warning sign, one-sentence explanation.',
      }),
    cited: [{ source: 'ncmec-parents-2024', evidence: ['Significant changes in behavior, including their online activity'] }],
  },
  {
    id: 'cuts-off-family-friends',
    kind: 'indicator',
    category: 'behavior',
    audiences: everyone,
    title: () =>
      msg('Suddenly pulls away from family or friends', { id: 'red-flag.cuts-off-family-friends.title', desc: 'Warning sign, short title.' }),
    terms: () => msg('cut off cuts off disconnects disconnected withdrawn withdraws isolated distant avoids parents siblings relatives', { id: 'red-flag.cuts-off-family-friends.terms', desc: 'Search words, never shown: words a reader may type to find this sign, space-separated. Give the words Spanish-speaking readers would type, not a word-for-word translation.' }),
    text: () =>
      msg('Abruptly disconnecting from family or friends is one of the red flags NCMEC lists.', {
        id: 'red-flag.cuts-off-family-friends.text',
        desc: 'Warning sign, one-sentence explanation.',
      }),
    cited: [{ source: 'ncmec-parents-2024', evidence: ['Abruptly disconnects from family or friends'] }],
  },
  {
    id: 'stops-activities',
    kind: 'indicator',
    category: 'behavior',
    audiences: everyone,
    title: () =>
      msg('Stops activities they used to enjoy', { id: 'red-flag.stops-activities.title', desc: 'Warning sign, short title.' }),
    terms: () => msg('quit quits gave up lost hobbies sports team clubs withdrawal withdrawn depressed enjoyed pimp', { id: 'red-flag.stops-activities.terms', desc: 'Search words, never shown: words a reader may type to find this sign, space-separated. Give the words Spanish-speaking readers would type, not a word-for-word translation.' }),
    text: () =>
      msg('Victims can lose interest in earlier activities through depression, or because they are forced to spend their time with the trafficker.', {
        id: 'red-flag.stops-activities.text',
        desc: 'Warning sign, one-sentence explanation.',
      }),
    cited: [
      { source: 'ncmec-parents-2024', evidence: ['Stops engaging in activities they previously enjoyed'] },
      { source: 'ncmec-cw-2014', evidence: ['Withdrawal or lack of interest in previous activities. Due to depression or being forced to spend time with their pimp'] },
    ],
  },
  {
    id: 'controlling-adult',
    kind: 'indicator',
    category: 'behavior',
    audiences: everyone,
    title: () =>
      msg('Close to an overly controlling adult', { id: 'red-flag.controlling-adult.title', desc: 'Warning sign, short title.' }),
    terms: () => msg('grooming groomer manipulation manipulative possessive controls trusted older man older woman predator pimp trauma bond', { id: 'red-flag.controlling-adult.terms', desc: 'Search words, never shown: words a reader may type to find this sign, space-separated. Give the words Spanish-speaking readers would type, not a word-for-word translation.' }),
    text: () =>
      msg("A close association with an overly controlling adult is one of the red flags NCMEC lists. Traffickers often create a seemingly loving or caring relationship to win a child's trust and loyalty, and later use it as leverage.", {
        id: 'red-flag.controlling-adult.text',
        desc: 'Warning sign, explanation of the title "Close to an overly controlling adult".',
      }),
    cited: [
      { source: 'ncmec-parents-2024', evidence: ['Close association with an overly controlling adult'] },
      { source: 'ncmec-cw-2014', evidence: ['Often traffickers/pimps will create a seemingly loving or caring relationship with their victim in order to establish trust and allegiance'] },
      { source: 'ncmec-web-2021', evidence: ['develops an intentional relationship with the child which is later used as leverage in the exploitation'] },
    ],
  },
  {
    id: 'older-partner',
    kind: 'indicator',
    category: 'behavior',
    audiences: everyone,
    title: () =>
      msg('A controlling older boyfriend or girlfriend', { id: 'red-flag.older-partner.title', desc: 'Warning sign, short title.' }),
    terms: () => msg('partner romantic dating relationship love age gap age difference communication texting messaging grooming', { id: 'red-flag.older-partner.terms', desc: 'Search words, never shown: words a reader may type to find this sign, space-separated. Give the words Spanish-speaking readers would type, not a word-for-word translation.' }),
    text: () =>
      msg('Being with, or in contact with, a controlling older boyfriend or girlfriend is a warning sign.', {
        id: 'red-flag.older-partner.text',
        desc: 'Warning sign, one-sentence explanation.',
      }),
    cited: [
      { source: 'ncmec-cw-2018', evidence: ['Presence of, or communication with, a controlling older boyfriend or girlfriend'] },
      { source: 'ncmec-cw-2014', evidence: ['Presence of or communication with an older boy- or girlfriend'] },
    ],
  },
  {
    id: 'gang-involvement',
    kind: 'indicator',
    category: 'behavior',
    audiences: everyone,
    title: () => msg('Involvement with a gang', { id: 'red-flag.gang-involvement.title', desc: 'Warning sign, short title.' }),
    terms: () => msg('gang member members gang-controlled street gang affiliated affiliation violent', { id: 'red-flag.gang-involvement.terms', desc: 'Search words, never shown: words a reader may type to find this sign, space-separated. Give the words Spanish-speaking readers would type, not a word-for-word translation.' }),
    text: () =>
      msg('Gang involvement, especially among girls, is a warning sign; gangs use violence to instill fear and loyalty.', {
        id: 'red-flag.gang-involvement.text',
        desc: 'Warning sign, one-sentence explanation.',
      }),
    cited: [
      { source: 'ncmec-cw-2018', evidence: ['Gang involvement, especially among girls'] },
      { source: 'ncmec-cw-2014', evidence: ['Gang involvement, especially among girls'] },
      { source: 'ncmec-web-2021', evidence: ['violence, and local, national and international networks to instill fear and loyalty in the child victim'] },
    ],
  },
  {
    id: 'unexplained-goods',
    kind: 'indicator',
    category: 'money',
    audiences: everyone,
    title: () => msg("Things they couldn't afford", { id: 'red-flag.unexplained-goods.title', desc: 'Warning sign, short title.' }),
    terms: () => msg('presents clothes expensive material goods possessions cellphone phone nails manicure salon unexplained grooming', { id: 'red-flag.unexplained-goods.terms', desc: 'Search words, never shown: words a reader may type to find this sign, space-separated. Give the words Spanish-speaking readers would type, not a word-for-word translation.' }),
    text: () =>
      msg("Gifts, clothing, electronics or hair and nail appointments that do not fit the child's situation or access to money.", {
        id: 'red-flag.unexplained-goods.text',
        desc: 'Warning sign, one-sentence explanation.',
      }),
    cited: [
      { source: 'ncmec-parents-2024', evidence: ["In possession of material goods inconsistent with the child's access to money"] },
      { source: 'ncmec-cw-2014', evidence: ['Inexplicable appearance of gifts, getting hair/nails done, clothing, or electronics such as cell phones that do not fit the youth'] },
    ],
  },
  {
    id: 'cash-cards-hotel-keys',
    kind: 'indicator',
    category: 'money',
    audiences: everyone,
    title: () =>
      msg('Cash, prepaid cards or hotel keys', { id: 'red-flag.cash-cards-hotel-keys.title', desc: 'Warning sign, short title.' }),
    terms: () => msg('money dollars bills pre-paid debit motel motels room key keycard', { id: 'red-flag.cash-cards-hotel-keys.terms', desc: 'Search words, never shown: words a reader may type to find this sign, space-separated. Give the words Spanish-speaking readers would type, not a word-for-word translation.' }),
    text: () =>
      msg('Unexplained access to large amounts of cash, prepaid credit cards or hotel keys is a red flag.', {
        id: 'red-flag.cash-cards-hotel-keys.text',
        desc: 'Warning sign, one-sentence explanation.',
      }),
    cited: [
      { source: 'ncmec-parents-2024', evidence: ['Unexplained access to large amounts of cash, pre-paid credit cards, or hotel keys'] },
      { source: 'ncmec-cw-2018', evidence: ['Large amounts of cash, multiple cell phones or hotel keys'] },
    ],
  },
  {
    id: 'tattoos-branding',
    kind: 'indicator',
    category: 'health',
    audiences: everyone,
    title: () =>
      msg('Tattoos or branding about money or ownership', { id: 'red-flag.tattoos-branding.title', desc: 'Warning sign, short title.' }),
    terms: () => msg('tatted ink inked branded marks markings symbols dollar property owned refuses', { id: 'red-flag.tattoos-branding.terms', desc: 'Search words, never shown: words a reader may type to find this sign, space-separated. Give the words Spanish-speaking readers would type, not a word-for-word translation.' }),
    text: () =>
      msg('Tattoos or branding related to money or ownership and/or the child being unwilling to explain them is a warning sign.', {
        id: 'red-flag.tattoos-branding.text',
        desc: 'Warning sign, one-sentence explanation.',
      }),
    cited: [{ source: 'ncmec-cw-2018', evidence: ['Tattoos or branding related to money or ownership and/or the child is unwilling to explain'] }],
  },
  {
    id: 'abuse-stds',
    kind: 'indicator',
    category: 'health',
    audiences: everyone,
    title: () =>
      msg('Signs of physical abuse or multiple STDs', { id: 'red-flag.abuse-stds.title', desc: 'Warning sign, short title. STD: sexually transmitted disease.' }),
    terms: () => msg('bruises bruising injuries injured hurt beaten hit marks sti stis infections medical health', { id: 'red-flag.abuse-stds.terms', desc: 'Search words, never shown: words a reader may type to find this sign, space-separated. Give the words Spanish-speaking readers would type, not a word-for-word translation.' }),
    text: () =>
      msg('Signs of current physical abuse, or more than one sexually transmitted disease, are warning signs.', {
        id: 'red-flag.abuse-stds.text',
        desc: 'Warning sign, one-sentence explanation.',
      }),
    cited: [
      { source: 'ncmec-cw-2018', evidence: ['Signs of current physical abuse and/or multiple sexually transmitted diseases'] },
      { source: 'ncmec-cw-2014', evidence: ['Signs of current physical abuse and/or multiple sexually transmitted diseases'] },
    ],
  },

  // Vulnerabilities: circumstances traffickers look for. They raise risk; they are not signs of abuse.
  {
    id: 'lacks-support',
    kind: 'vulnerability',
    category: 'circumstances',
    audiences: everyone,
    title: () => msg('Lacks a strong support network', { id: 'vulnerability.lacks-support.title', desc: 'Risk factor, short title.' }),
    terms: () => msg('support system alone lonely isolated nobody friendless', { id: 'vulnerability.lacks-support.terms', desc: 'Search words, never shown: words a reader may type to find this sign, space-separated. Give the words Spanish-speaking readers would type, not a word-for-word translation.' }),
    text: () =>
      msg('Youth who lack strong support networks are at higher risk of being targeted.', {
        id: 'vulnerability.lacks-support.text',
        desc: 'Risk factor, one-sentence explanation.',
      }),
    cited: [
      { source: 'ncmec-web-2021', evidence: ['traffickers and buyers often target youth who lack strong support networks'] },
      { source: 'ncmec-parents-2024', evidence: ['youth who lack strong support networks'] },
    ],
  },
  {
    id: 'past-violence-trauma',
    kind: 'vulnerability',
    category: 'circumstances',
    audiences: everyone,
    title: () =>
      msg('Has experienced violence or trauma', { id: 'vulnerability.past-violence-trauma.title', desc: 'Risk factor, short title.' }),
    terms: () => msg('history abuse abused violent traumatic traumatized assault assaulted hurt harmed', { id: 'vulnerability.past-violence-trauma.terms', desc: 'Search words, never shown: words a reader may type to find this sign, space-separated. Give the words Spanish-speaking readers would type, not a word-for-word translation.' }),
    text: () =>
      msg('Youth who have experienced violence in the past, or carry historical trauma, are at higher risk.', {
        id: 'vulnerability.past-violence-trauma.text',
        desc: 'Risk factor, one-sentence explanation.',
      }),
    cited: [
      { source: 'ncmec-web-2021', evidence: ['have experienced violence in the past'] },
      { source: 'ncmec-parents-2024', evidence: ['have historical trauma'] },
    ],
  },
  {
    id: 'sexual-abuse-history',
    kind: 'vulnerability',
    category: 'circumstances',
    audiences: everyone,
    title: () => msg('A history of sexual abuse', { id: 'vulnerability.sexual-abuse-history.title', desc: 'Risk factor, short title.' }),
    terms: () => msg('molested molestation sexually abused rape raped sexual assault assaulted', { id: 'vulnerability.sexual-abuse-history.terms', desc: 'Search words, never shown: words a reader may type to find this sign, space-separated. Give the words Spanish-speaking readers would type, not a word-for-word translation.' }),
    text: () =>
      msg('Perpetrators commonly target and recruit youth who have already experienced childhood sexual abuse.', {
        id: 'vulnerability.sexual-abuse-history.text',
        desc: 'Risk factor, one-sentence explanation.',
      }),
    cited: [
      { source: 'ncmec-cw-2014', evidence: ['History of sexual abuse'] },
      { source: 'ncmec-cw-2024', evidence: ['Perpetrators commonly target and recruit youth who have already experienced a disrupted home life and childhood sexual abuse.'] },
    ],
  },
  {
    id: 'homelessness',
    kind: 'vulnerability',
    category: 'circumstances',
    audiences: everyone,
    title: () => msg('Experiencing homelessness', { id: 'vulnerability.homelessness.title', desc: 'Risk factor, short title.' }),
    terms: () => msg('unhoused couch surfing street nowhere to live place to stay housing basic needs survival sex', { id: 'vulnerability.homelessness.terms', desc: 'Search words, never shown: words a reader may type to find this sign, space-separated. Give the words Spanish-speaking readers would type, not a word-for-word translation.' }),
    text: () =>
      msg('Youth experiencing homelessness are at higher risk: a buyer may exploit a child\'s need for food and shelter.', {
        id: 'vulnerability.homelessness.text',
        desc: 'Risk factor, one-sentence explanation.',
      }),
    cited: [
      { source: 'ncmec-web-2021', evidence: ['are experiencing homelessness'] },
      { source: 'ncmec-parents-2024', evidence: ['are experiencing homelessness'] },
      { source: 'ncmec-cw-2024', evidence: ["a buyer may exploit the child's need for food and shelter"] },
    ],
  },
  {
    id: 'bullied-marginalized',
    kind: 'vulnerability',
    category: 'circumstances',
    audiences: everyone,
    title: () => msg('Bullied or marginalized', { id: 'vulnerability.bullied-marginalized.title', desc: 'Risk factor, short title.' }),
    terms: () => msg('bullying bully teased picked on harassed cyberbullying excluded left out outcast discriminated discrimination', { id: 'vulnerability.bullied-marginalized.terms', desc: 'Search words, never shown: words a reader may type to find this sign, space-separated. Give the words Spanish-speaking readers would type, not a word-for-word translation.' }),
    text: () =>
      msg('Children who are bullied or marginalized by society are at higher risk.', {
        id: 'vulnerability.bullied-marginalized.text',
        desc: 'Risk factor, one-sentence explanation.',
      }),
    cited: [
      { source: 'ncmec-parents-2024', evidence: ['are being bullied or marginalized by society are at a higher risk'] },
      { source: 'ncmec-web-2021', evidence: ['or are marginalized by society'] },
    ],
  },
  {
    id: 'unstable-home',
    kind: 'vulnerability',
    category: 'circumstances',
    audiences: everyone,
    title: () => msg('An unstable home life', { id: 'vulnerability.unstable-home.title', desc: 'Risk factor, short title.' }),
    terms: () => msg('disrupted trouble at home family problems parents drugs alcohol substances addiction addicted moving around housing', { id: 'vulnerability.unstable-home.terms', desc: 'Search words, never shown: words a reader may type to find this sign, space-separated. Give the words Spanish-speaking readers would type, not a word-for-word translation.' }),
    text: () =>
      msg('For example, living with a family member who is unstably housed or has a significant substance abuse issue.', {
        id: 'vulnerability.unstable-home.text',
        desc: 'Risk factor, one-sentence explanation following the title "An unstable home life".',
      }),
    cited: [
      { source: 'ncmec-cw-2014', evidence: ['Unstable home life such as a youth who is living with an unstably housed family member or family member with a significant substance abuse issue'] },
      { source: 'ncmec-cw-2024', evidence: ['experienced a disrupted home life'] },
    ],
  },
  {
    id: 'child-welfare-involvement',
    kind: 'vulnerability',
    category: 'circumstances',
    audiences: ['general', 'professionals', 'educators'],
    title: () =>
      msg('In foster care or involved with child welfare', { id: 'vulnerability.child-welfare-involvement.title', desc: 'Risk factor, short title.' }),
    terms: () => msg('cps child protective services caseworker social worker group home placement foster parents state care custody', { id: 'vulnerability.child-welfare-involvement.terms', desc: 'Search words, never shown: words a reader may type to find this sign, space-separated. Give the words Spanish-speaking readers would type, not a word-for-word translation.' }),
    text: () =>
      msg('Children in the care of social services are disproportionately vulnerable to sex trafficking.', {
        id: 'vulnerability.child-welfare-involvement.text',
        desc: 'Risk factor, one-sentence explanation.',
      }),
    cited: [
      { source: 'ncmec-cw-2014', evidence: ['Youth with involvement with the child welfare or foster care system'] },
      { source: 'ncmec-cw-2024', evidence: ['children in the care of social services are disproportionately vulnerable to sex trafficking'] },
      { source: 'ncmec-cw-2018', evidence: ['Children in the care of social services are disproportionately vulnerable to sex trafficking.'] },
    ],
  },
  {
    id: 'substance-abuse',
    kind: 'vulnerability',
    category: 'circumstances',
    audiences: everyone,
    title: () => msg('Significant substance abuse', { id: 'vulnerability.substance-abuse.title', desc: 'Risk factor, short title.' }),
    terms: () => msg('alcohol drinking drunk substances addicted dependency', { id: 'vulnerability.substance-abuse.terms', desc: 'Search words, never shown: words a reader may type to find this sign, space-separated. Give the words Spanish-speaking readers would type, not a word-for-word translation.' }),
    text: () =>
      msg('Traffickers may target youth with drug addictions, and use drugs to lure and control their victims.', {
        id: 'vulnerability.substance-abuse.text',
        desc: 'Risk factor, one-sentence explanation.',
      }),
    cited: [{ source: 'ncmec-cw-2014', evidence: ['Traffickers may target youth with drug addictions as well as use drugs to lure and control their victims'] }],
  },
];

/** A statement shown with a red-flag view, for the kind of list it frames. */
export interface FramingStatement extends Cited {
  readonly id: string;
  /** The list it frames: warning signs (`indicator`) or risk factors (`vulnerability`). */
  readonly kind: RedFlag['kind'];
  readonly text: Text;
}

/**
 * What a red-flag view says before its list, in this order: for warning signs, that they are not a
 * checklist and that children rarely ask for help; for risk factors, NCMEC's own framing, which
 * makes them reasons to prevent, never signs that a child is a victim. A view of both shows both.
 */
export const RED_FLAG_FRAMING: readonly FramingStatement[] = [
  {
    id: 'not-a-checklist',
    kind: 'indicator',
    text: () =>
      msg('These red flags are not a checklist or an assessment tool. If you notice them, they may be a reason to ask more questions, make a report, or connect the child to help.', {
        id: 'framing.not-a-checklist',
        desc: 'Shown with every list of warning signs.',
      }),
    cited: [
      { source: 'ncmec-web-2021', evidence: [
        'Red flags or indicators should not be considered a checklist or an assessment tool.',
        'if observed they may be an opportunity to ask',
      ] },
    ],
  },
  {
    id: 'not-childs-responsibility',
    kind: 'indicator',
    text: () =>
      msg("It is not a child's responsibility to ask for help. It is up to the trusted adults in a child's life to recognize the signs.", {
        id: 'framing.not-childs-responsibility',
        desc: 'Shown with every list of warning signs.',
      }),
    cited: [
      { source: 'ncmec-web-2021', evidence: [
        "It is not a child's responsibility to ask for help.",
        "It is up to professionals and trusted adults in the child's life to recognize the signs",
      ] },
      { source: 'ncmec-parents-2024', evidence: ["It is not a child's responsibility to ask for help."] },
    ],
  },
  {
    id: 'victims-may-not-disclose',
    kind: 'indicator',
    text: () =>
      msg('Victims often do not see themselves as victims or tell anyone, because of fear, shame or loyalty to their abuser.', {
        id: 'framing.victims-may-not-disclose',
        desc: 'Shown with every list of warning signs.',
      }),
    cited: [
      { source: 'ncmec-parents-2024', evidence: ['CST victims may not see themselves as victims or disclose their abuse because of fear, shame, or loyalty to their abuser(s).'] },
      { source: 'ncmec-web-2021', evidence: ['often are unable to self-identify as victims or disclose their abuse because of fear, shame or loyalty'] },
    ],
  },
  {
    id: 'risk-factors-prevent',
    kind: 'vulnerability',
    text: () =>
      msg('Understanding common risk factors helps identify opportunities to intervene early and prevent child sex trafficking. This list is not exhaustive, and many factors may be interconnected.', {
        id: 'framing.risk-factors-prevent',
        desc: 'Shown with every list of risk factors (NCMEC: "Understanding common risk factors helps identify opportunities to proactively intervene in an effort to prevent child sex trafficking").',
      }),
    cited: [
      { source: 'ncmec-web-2021', evidence: [
        'Understanding common risk factors helps identify opportunities to proactively intervene in an effort to prevent child sex trafficking.',
        'The list below is not exhaustive and many factors may be interconnected.',
      ] },
    ],
  },
  {
    id: 'any-child',
    kind: 'vulnerability',
    text: () =>
      msg('Any child can be targeted by a trafficker. Traffickers and buyers often target youth in these circumstances and prey upon their vulnerabilities.', {
        id: 'framing.any-child',
        desc: 'Shown with every list of risk factors.',
      }),
    cited: [
      { source: 'ncmec-web-2021', evidence: [
        'While any child can be targeted by a trafficker, research, data and survivor lived experience and expertise have revealed traffickers and buyers often target youth',
        'Traffickers are masters of manipulation and prey upon vulnerabilities',
      ] },
    ],
  },
];

/** Said after a list of warning signs: where NCMEC lists them all (the parents' guide, linking 002's page). */
export const FULL_LIST: Cited & { readonly text: () => TemplateResult } = {
  text: () =>
    msg(html`A full list of red flags is available on <a href=${NCMEC_TRAFFICKING_PAGE.href}>NCMEC's website</a>.`, {
      id: 'framing.full-list',
      desc: "Said after a list of warning signs (the parents' guide: \"A full list of red flags is available on NCMEC's website.\"). The placeholder is the link to NCMEC's page, around \"NCMEC's website\".",
    }),
  cited: [{ source: 'ncmec-parents-2024', evidence: ["A full list of red flags is available on NCMEC's website."] }, ...NCMEC_TRAFFICKING_PAGE.cited],
};

/** Said with every red-flag view, before what to do (the emergency path). */
export const ASK_QUESTIONS: Cited & { readonly text: Text } = {
  text: () =>
    msg("If something doesn't seem right, ask questions.", {
      id: 'framing.ask-questions',
      desc: 'Shown with every list of warning signs or risk factors, before what to do.',
    }),
  cited: [
    { source: 'ncmec-parents-2024', evidence: ["If something doesn't seem right, ask questions!"] },
    { source: 'ncmec-cw-2014', evidence: ['If something does not seem right, ask questions!'] },
  ],
};

/** The explorer's heading for a list of warning signs, for each reader, in NCMEC's words where a guide has them. */
export const redFlagHeading: Readonly<Record<Audience, Text>> = {
  general: () =>
    msg('Warning signs of child sex trafficking', { id: 'red-flag.heading.general', desc: 'Heading of the warning-signs explorer.' }),
  parents: () => msg('Know the red flags', { id: 'red-flag.heading.parents', desc: 'Heading for parents (NCMEC: "Know the Red Flags").' }),
  professionals: () =>
    msg('Know the warning signs', { id: 'red-flag.heading.professionals', desc: 'Heading for professionals (NCMEC: "Know the warning signs").' }),
  educators: () =>
    msg('Warning signs of child sex trafficking', { id: 'red-flag.heading.educators', desc: 'Heading for teachers and school staff.' }),
};

/** The explorer's heading when it lists risk factors, alone or with the warning signs. */
export const riskFactorHeading: Readonly<Record<'vulnerability' | 'all', Text>> = {
  vulnerability: () =>
    msg('Risk factors for child sex trafficking', { id: 'red-flag.heading.vulnerability', desc: 'Heading of the explorer when it lists risk factors (NCMEC: "common risk factors").' }),
  all: () =>
    msg('Warning signs and risk factors of child sex trafficking', { id: 'red-flag.heading.all', desc: 'Heading of the explorer when it lists both warning signs and risk factors.' }),
};
