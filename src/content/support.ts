import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { FAMILY_RESOURCES, FAMILY_SUPPORT, HOTLINE, hotlineDisplay, RECOVERY_SERVICES } from './reporting.js';
import type { Audience, Cited, Text } from './types.js';

/**
 * One way NCMEC helps, for the readers it serves, with only the contacts and links the guides give.
 * Where a guide named a service but its link was lost in conversion (Team HOPE, the trainings), the
 * service has no link: an address is never guessed.
 */
export interface SupportService extends Cited {
  readonly id: string;
  readonly audiences: readonly Audience[];
  /** NCMEC's name for the service. */
  readonly name: () => string | TemplateResult;
  readonly text: () => string | TemplateResult;
  /** Titles NCMEC gives in English (its courses), listed after the text. */
  readonly titles?: readonly string[];
}

const FAMILIES: readonly Audience[] = ['parents', 'general'];

export const SUPPORT: readonly SupportService[] = [
  {
    id: 'family-advocacy',
    audiences: FAMILIES,
    // A template, not a string: lit-localize writes a translation's "&" as "&amp;", which only markup reads back as "&".
    name: () => msg(html`Family Advocacy &amp; Support`, { id: 'support.family-advocacy.name', desc: "NCMEC's service for families (keep the name)." }),
    text: () =>
      msg(
        html`NCMEC's Family Advocacy Specialists offer crisis intervention to families affected by child sex trafficking, and local referrals to professionals for longer-term support. Email <a href=${FAMILY_SUPPORT.href}>${FAMILY_SUPPORT.address}</a> or call <a href=${HOTLINE.href}>${hotlineDisplay()}</a>.`,
        {
          id: 'support.family-advocacy.text',
          desc: 'What the service does. The placeholders are the email address and the hotline number, as links.',
        },
      ),
    cited: [
      {
        source: 'ncmec-web-2021',
        evidence: ['Family Advocacy Specialists offer crisis intervention to families as well as local referrals to appropriate professionals for longer-term support.'],
      },
      ...FAMILY_SUPPORT.cited,
    ],
  },
  {
    id: 'team-hope',
    audiences: FAMILIES,
    name: () => msg('Team HOPE', { id: 'support.team-hope.name', desc: "NCMEC's peer support programme (keep the name)." }),
    text: () =>
      msg('A volunteer program that connects families with others who have lived through the crisis of a sexually exploited child. These trained volunteers offer peer support, coping skills and compassion.', {
        id: 'support.team-hope.text',
        desc: 'What Team HOPE is.',
      }),
    cited: [
      {
        source: 'ncmec-web-2021',
        evidence: [
          'NCMECs Team HOPE',
          'is a volunteer program that connects families to others who have experienced the crisis of a sexually exploited child.',
          'These trained volunteers offer peer support, coping skills, and compassion.',
        ],
      },
    ],
  },
  {
    id: 'reconnecting',
    audiences: ['parents'],
    name: () => msg('Reconnecting with your child', { id: 'support.reconnecting.name', desc: "Heading for NCMEC's resource and therapists for families." }),
    text: () =>
      msg(
        html`NCMEC can connect you to peer support and to therapists trained to help families focus, communicate and heal. Its resource <span lang="en">"Reconnecting with Your Child: Building Relationships After Suspected Exploitation"</span> is at <a href=${FAMILY_RESOURCES.href}>NCMEC.org/support</a>.`,
        {
          id: 'support.reconnecting.text',
          desc: "NCMEC's resource for families; its title is English (NCMEC publishes it so). The placeholders are the title and the link to NCMEC.org/support.",
        },
      ),
    cited: [
      {
        source: 'ncmec-parents-2024',
        evidence: [
          'NCMEC can help connect you to peer support and therapists who are trained to look for troubling behaviors and help families figure out how to focus, communicate and heal.',
          'Reconnecting with Your Child: Building Relationships After Suspected Exploitation',
        ],
      },
      ...FAMILY_RESOURCES.cited,
    ],
  },
  {
    id: 'recovery-services',
    audiences: ['professionals'],
    name: () => msg('Recovery Services Team', { id: 'support.recovery-services.name', desc: "NCMEC's Child Sex Trafficking Recovery Services Team (keep the name)." }),
    text: () =>
      msg(
        html`NCMEC's Child Sex Trafficking Recovery Services Team supports child welfare professionals, foster parents and law enforcement working with victims: guidance on trauma-informed response, connections to statewide and local specialized resources, and help with intentional, trauma-informed, victim-centered plans. <a href=${RECOVERY_SERVICES.href}>${RECOVERY_SERVICES.address}</a>`,
        {
          id: 'support.recovery-services.text',
          desc: "What the team does (keep the team's name). The placeholder is its email address, as a link.",
        },
      ),
    cited: [
      {
        source: 'ncmec-cw-2024',
        evidence: [
          'provides specialized support and resources to child welfare professionals, foster parents and law enforcement who are working with victims of child sex trafficking',
          'guidance on promising practices in trauma-informed response by making connections to statewide and local specialized child sex trafficking resources',
          'assist in the development of intentional, trauma-informed, and victim-centered plans',
        ],
      },
      ...RECOVERY_SERVICES.cited,
    ],
  },
  {
    id: 'analytical-team',
    audiences: ['professionals'],
    name: () => msg('Child Sex Trafficking Analytical Team', { id: 'support.analytical-team.name', desc: "NCMEC's team for law enforcement (keep the name)." }),
    text: () =>
      msg(html`For law enforcement only: call <a href=${HOTLINE.href}>${hotlineDisplay()}</a> and ask to speak with a member of the team.`, {
        id: 'support.analytical-team.text',
        desc: 'How law enforcement reaches the team. The placeholder is the hotline number, as a link.',
      }),
    cited: [
      {
        source: 'ncmec-web-2021',
        evidence: ['The Child Sex Trafficking Team resources are available to law enforcement only. For assistance please reach out to 1-800-THE-LOST and ask to speak with a member of this team.'],
      },
    ],
  },
  {
    id: 'trainings',
    audiences: ['professionals'],
    name: () => msg('Free online trainings', { id: 'support.trainings.name', desc: "NCMEC's trainings for child welfare professionals." }),
    text: () =>
      msg("NCMEC offers free online trainings for child welfare professionals, who play an important role in the response to children missing from care and child sex trafficking. NCMEC's courses:", {
        id: 'support.trainings.text',
        desc: 'Before the list of course titles (which stay in English).',
      }),
    titles: [
      'Child Sex Trafficking: Understanding Running Behavior and Trauma-Informed Youth Engagement (1 NASW CEU)',
      'Child Sex Trafficking Legislation: What it Means for You',
      'Reporting Children Missing from Care: How NCMEC Can Support You',
      'NCMEC Resources for Child Welfare Professionals',
    ],
    cited: [
      {
        source: 'ncmec-cw-2024',
        evidence: [
          'NCMEC is excited to offer free, online trainings specifically for you!',
          'Child Welfare professionals play an important role in the response to children missing from care and child sex trafficking.',
          'Child Sex Trafficking: Understanding Running Behavior and Trauma-Informed Youth Engagement (1 NASW CEU)',
          'Child Sex Trafficking Legislation: What it Means for You',
          'Reporting Children Missing from Care: How NCMEC Can Support You',
          'NCMEC Resources for Child Welfare Professionals',
        ],
      },
    ],
  },
  {
    id: 'introduction-training',
    audiences: ['educators', 'general'],
    name: () => msg('Training', { id: 'support.introduction-training.name', desc: "Heading for NCMEC's training for all audiences." }),
    text: () =>
      msg('NCMEC offers training on identifying and responding to child sex trafficking, online or in person. Its three-module course builds a foundation on the issue for all audiences, including law enforcement, child welfare and concerned citizens:', {
        id: 'support.introduction-training.text',
        desc: 'Before the course title (which stays in English).',
      }),
    titles: ['Introduction to Child Sex Trafficking'],
    cited: [
      {
        source: 'ncmec-web-2021',
        evidence: [
          'NCMEC provides specialized child sex trafficking training on the identification and response to child sex trafficking that can be provided online or in-person.',
          'This training offers three modules and builds a comprehensive foundation on the issue of child sex trafficking for all audiences including law enforcement, child welfare, as well as concerned citizens.',
          'Introduction to Child Sex Trafficking',
        ],
      },
    ],
  },
];

/** The widget's heading. */
export const supportHeading: Text = () => msg('How NCMEC can help', { id: 'support.heading', desc: 'Heading of the services NCMEC offers.' });

/** The heading of the emergency path, at the end of the services. */
export const supportEveryoneHeading: Text = () =>
  msg('For everyone: the hotline and the CyberTipline', { id: 'support.everyone', desc: 'Heading before what to do in an emergency, for a missing child, and to report concerns.' });
