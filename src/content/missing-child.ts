import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { EMERGENCY_PATH } from './emergency-path.js';
import { MISSING_2024, MISSING_FROM_CARE_2024, type Statistic } from './statistics.js';
import { FAMILY_RESOURCES, FAMILY_SUPPORT, HOTLINE, hotlineDisplay, MISSING_FROM_CARE, RECOVERY_SERVICES } from './reporting.js';
import type { Audience, Cited, Text } from './types.js';

/**
 * One step of what to do when a child is missing, or when they come back: what to do first (shown
 * in bold), then why or how. `audiences` are the readers whose guide gives the step in these words.
 */
export interface MissingChildStep extends Cited {
  readonly id: string;
  readonly audiences: readonly Audience[];
  readonly action: () => TemplateResult | string;
  readonly detail?: () => TemplateResult | string;
}

const EVERYONE: readonly Audience[] = ['general', 'parents', 'professionals', 'educators'];
const danger = EMERGENCY_PATH.find((s) => s.id === 'danger')!;
const concern = EMERGENCY_PATH.find((s) => s.id === 'concern')!;

const callLawEnforcement = () =>
  msg('Call law enforcement immediately and make a report.', {
    id: 'missing.law-enforcement',
    desc: 'Step of what to do when a child is missing: the first call is to the police. Shown in bold.',
  });
const lawEnforcementCited = [
  { source: 'ncmec-cw-2014', evidence: ['When a child goes missing, the legal guardian must immediately call law enforcement and make a report.'] },
  { source: 'ncmec-web-2021', evidence: ['After making a missing child report to law enforcement'] },
] as const;

const callNcmec = () =>
  msg(html`Then call NCMEC at <a href=${HOTLINE.href}>${hotlineDisplay()}</a>, 24 hours a day.`, {
    id: 'missing.ncmec',
    desc: 'Step after calling the police: call NCMEC. Shown in bold. The placeholder is the hotline number, as a link.',
  });
const ncmecCited = [
  { source: 'ncmec-cw-2014', evidence: ['Next, call the National Center for Missing & Exploited Children at 1-800-THE-LOST® (1-800-843-5678).'] },
  { source: 'ncmec-cw-2024', evidence: ['24-Hour Hotline 1-800-THE-LOST® (1-800-843-5678)'] },
] as const;

/** If a child is missing: 911 first (the emergency path's first step), then law enforcement, then NCMEC. */
export const MISSING_CHILD_STEPS: readonly MissingChildStep[] = [
  { id: 'danger', audiences: EVERYONE, action: danger.text, cited: danger.cited },
  {
    id: 'law-enforcement',
    audiences: ['general', 'educators'],
    action: callLawEnforcement,
    cited: lawEnforcementCited,
  },
  {
    id: 'law-enforcement-parents',
    audiences: ['parents'],
    action: callLawEnforcement,
    detail: () => msg('If your child runs away, report it immediately.', { id: 'missing.law-enforcement.parents', desc: 'Detail for parents under "Call law enforcement".' }),
    cited: [...lawEnforcementCited, { source: 'ncmec-parents-2024', evidence: ['If your child runs away, immediately report it.'] }],
  },
  {
    id: 'law-enforcement-professionals',
    audiences: ['professionals'],
    action: callLawEnforcement,
    detail: () =>
      msg("Per federal law, whenever a child is missing, the child's legal guardian should immediately call law enforcement, then NCMEC.", {
        id: 'missing.law-enforcement.professionals',
        desc: 'Detail for child welfare professionals under "Call law enforcement": what federal law asks of the legal guardian.',
      }),
    cited: [
      ...lawEnforcementCited,
      {
        source: 'ncmec-cw-2024',
        evidence: ["Per federal law anytime a child is missing, the child's legal guardian should immediately call law enforcement and then the National Center for Missing & Exploited Children"],
      },
    ],
  },
  {
    id: 'ncmec',
    audiences: EVERYONE,
    action: callNcmec,
    detail: () =>
      msg('Report all missing children to NCMEC, especially children who have run away.', {
        id: 'missing.ncmec.all',
        desc: 'Detail under "Then call NCMEC": NCMEC asks for ALL missing children to be reported, runaways above all.',
      }),
    cited: [
      ...ncmecCited,
      { source: 'ncmec-web-2021', evidence: ['report ALL missing children, especially children who have run away, to NCMEC by calling 1-800-THE-LOST (1-800-843-5678)'] },
    ],
  },
  {
    id: 'missing-from-care',
    audiences: ['professionals'],
    action: () => msg('Report a child missing from care to NCMEC.', { id: 'missing.from-care', desc: 'Step for child welfare professionals. Shown in bold.' }),
    detail: () =>
      msg(html`The <span lang="en">Preventing Sex Trafficking and Strengthening Families Act</span> requires states to have protocols and policies for children who go missing from care, and requires child welfare professionals to report missing children to law enforcement and NCMEC. NCMEC provides specialized support and guidance on reporting children missing from care: <a href=${MISSING_FROM_CARE.href}>NCMEC.org/CMFC</a>.`, {
        id: 'missing.from-care.detail',
        desc: "Detail of the step: the US federal law (keep its English name) and NCMEC's help. The placeholders are the law's name and the link to NCMEC.org/CMFC (keep the address as written).",
      }),
    cited: [
      {
        source: 'ncmec-cw-2024',
        evidence: [
          'The Preventing Sex Trafficking and Strengthening Families Act requires states to have specific protocols and policies concerning children who go missing from care and requires child welfare professionals to report missing children to Law Enforcement and NCMEC.',
          'NCMEC provides specialized support and guidance on reporting children missing from care to NCMEC.',
          'What to do if a child in care goes missing',
        ],
      },
      ...MISSING_FROM_CARE.cited,
    ],
  },
  {
    id: 'share-information',
    audiences: ['professionals'],
    action: () => msg('Share as much information as possible.', { id: 'missing.share', desc: 'Step for child welfare professionals, about the report to NCMEC. Shown in bold.' }),
    detail: () =>
      msg(
        html`Since 2022, the <span lang="en">Trafficking Victims Protection and Prevention Reauthorization Act</span> (TVPPRA) requires the report to NCMEC to include descriptive information, a photograph whenever possible, and any endangerments, such as suspected trafficking, mental health diagnoses, medical concerns and other vulnerabilities.`,
        {
          id: 'missing.share.detail',
          desc: 'Detail of the step: what a US federal law requires in the report. Keep the law\'s English name and its abbreviation, TVPPRA.',
        },
      ),
    cited: [
      {
        source: 'ncmec-cw-2024',
        evidence: [
          'the first and most important step is ensuring that you share as much information as possible when making the report to NCMEC',
          'In 2022, the Trafficking Victims Protection and Prevention Reauthorization Act (TVPPRA) was passed and requires specific information be reported to NCMEC including descriptive information, a photograph whenever possible, and any endangerments such as:',
          'Suspected trafficking',
          'Mental health diagnosis(es)',
          'Medical concerns',
          'Other vulnerabilities',
        ],
      },
    ],
  },
  {
    id: 'keep-in-touch',
    audiences: ['professionals'],
    action: () => msg('Keep in touch with NCMEC.', { id: 'missing.keep-in-touch', desc: 'Step for child welfare professionals, after the report. Shown in bold.' }),
    detail: () =>
      msg('Reach back out if more information becomes available after the first report.', {
        id: 'missing.keep-in-touch.detail',
        desc: 'Detail of the step.',
      }),
    cited: [
      {
        source: 'ncmec-cw-2024',
        evidence: [
          'This legislation also requires on-going communication with NCMEC',
          'We also encourage you to reach back out if more information becomes available after the initial report.',
        ],
      },
    ],
  },
  {
    id: 'gather-support',
    audiences: ['parents'],
    action: () => msg('Gather support and resources for your family.', { id: 'missing.gather-support', desc: 'Step for parents. Shown in bold.' }),
    detail: () =>
      msg('Children who run away frequently or for long periods of time are more at risk.', {
        id: 'missing.gather-support.detail',
        desc: 'Detail of the step: why.',
      }),
    cited: [
      {
        source: 'ncmec-parents-2024',
        evidence: ['When children run away frequently or for long periods of time they are more at risk, so it is important to gather support and resources for your family.'],
      },
    ],
  },
];

const engageServices = () =>
  msg('Engage specialized services.', { id: 'missing.return.services', desc: 'Step when a missing child comes back. Shown in bold.' });
const servicesCited = [
  { source: 'ncmec-cw-2014', evidence: ['once these concerns have been recognized engaging specialized services can assist with further assessment and support'] },
] as const;

/**
 * The readers of the steps for when the child comes back. NCMEC gives them to child welfare
 * professionals (000, 001, 003); the widget also shows them to parents and any adult, who meet the
 * same moment; not to educators, whom no guide gives them to.
 */
const AFTER_A_RUN: readonly Audience[] = ['parents', 'general', 'professionals'];

/** When the child comes back: relief and concern, non-judgmental questions, red flags, specialized services. */
export const RETURN_STEPS: readonly MissingChildStep[] = [
  {
    id: 'relief',
    audiences: AFTER_A_RUN,
    action: () => msg('Express relief and concern.', { id: 'missing.return.relief', desc: 'Step when a missing child comes back. Shown in bold.' }),
    detail: () =>
      msg("Show relief that the child has been found, and concern for the child's well-being while they were missing.", {
        id: 'missing.return.relief.detail',
        desc: 'Detail of the step.',
      }),
    cited: [
      { source: 'ncmec-cw-2014', evidence: ["express relief that the child has been found and concern for the child's well-being while they were missing"] },
      { source: 'ncmec-cw-2024', evidence: ["express relief when the child is found and concern for the child's well-being while they were missing"] },
    ],
  },
  {
    id: 'questions',
    audiences: AFTER_A_RUN,
    action: () => msg('Ask non-judgmental questions.', { id: 'missing.return.questions', desc: 'Step when a missing child comes back. Shown in bold.' }),
    detail: () =>
      msg('Ask how the child took care of themselves while they were missing.', {
        id: 'missing.return.questions.detail',
        desc: 'Detail of the step: an example of a non-judgmental question.',
      }),
    cited: [
      { source: 'ncmec-cw-2024', evidence: ['Asking non-judgmental questions about how the child took care of themselves while they were missing'] },
      { source: 'ncmec-cw-2018', evidence: ['asking non-judgmental questions about how the child took care of himself or herself while he or she was missing'] },
    ],
  },
  {
    id: 'red-flags',
    audiences: AFTER_A_RUN,
    action: () => msg('Note any red flags or changes in behavior.', { id: 'missing.return.red-flags', desc: 'Step when a missing child comes back. Shown in bold.' }),
    detail: () => msg('They can help reveal potential victimization.', { id: 'missing.return.red-flags.detail', desc: 'Detail of the step: why.' }),
    cited: [
      { source: 'ncmec-cw-2024', evidence: ['noting any red flags or changes in behavior, can help reveal potential victimization'] },
      { source: 'ncmec-cw-2014', evidence: ['noting red flags or changes in behavior can help reveal potential victimization'] },
    ],
  },
  {
    id: 'services',
    audiences: ['general'],
    action: engageServices,
    detail: () =>
      msg('Once concerns are recognized, specialized services can help with further assessment and support.', {
        id: 'missing.return.services.detail',
        desc: 'Detail of the step, for any reader.',
      }),
    cited: servicesCited,
  },
  {
    id: 'services-parents',
    audiences: ['parents'],
    action: engageServices,
    detail: () =>
      msg(
        html`If you believe your child is a victim, NCMEC provides support for victims and their families: email <a href=${FAMILY_SUPPORT.href}>${FAMILY_SUPPORT.address}</a> or call <a href=${HOTLINE.href}>${hotlineDisplay()}</a>. NCMEC's resource <span lang="en">"Reconnecting with Your Child: Building Relationships After Suspected Exploitation"</span> is at <a href=${FAMILY_RESOURCES.href}>NCMEC.org/support</a>.`,
        {
          id: 'missing.return.services.parents',
          desc: "Detail of the step, for parents: NCMEC's family support. The placeholders are the email address, the hotline number and NCMEC.org/support, as links; the resource's title is English (NCMEC publishes it so).",
        },
      ),
    cited: [
      ...servicesCited,
      { source: 'ncmec-parents-2024', evidence: ['If you believe your child is a victim of child sex trafficking, NCMEC provides support for victims and their families.'] },
      ...FAMILY_SUPPORT.cited,
      { source: 'ncmec-parents-2024', evidence: ['Reconnecting with Your Child: Building Relationships After Suspected Exploitation'] },
      ...FAMILY_RESOURCES.cited,
    ],
  },
  {
    id: 'services-professionals',
    audiences: ['professionals'],
    action: engageServices,
    detail: () =>
      msg(
        html`NCMEC's Child Sex Trafficking Recovery Services Team supports child welfare professionals, foster parents and law enforcement working with victims: <a href=${RECOVERY_SERVICES.href}>${RECOVERY_SERVICES.address}</a>.`,
        {
          id: 'missing.return.services.professionals',
          desc: "Detail of the step, for child welfare professionals (keep the team's name). The placeholder is its email address, as a link.",
        },
      ),
    cited: [
      ...servicesCited,
      {
        source: 'ncmec-cw-2024',
        evidence: ['provides specialized support and resources to child welfare professionals, foster parents and law enforcement who are working with victims of child sex trafficking'],
      },
      ...RECOVERY_SERVICES.cited,
    ],
  },
];

/** After the steps, for every reader: concerns of trafficking go to the CyberTipline or the hotline. */
export const MISSING_CHILD_CONCERN = concern;

/** Why it matters, by reader: NCMEC's figures (statistics.ts, as `<cst-stat>` words them), each with its year. */
export const MISSING_CHILD_STATISTICS: Readonly<Record<Audience, readonly Statistic[]>> = {
  general: [MISSING_2024],
  parents: [MISSING_2024],
  educators: [MISSING_2024],
  professionals: [MISSING_2024, MISSING_FROM_CARE_2024],
};

export const missingChildHeading: Text = () =>
  msg('If a child is missing', { id: 'missing.heading', desc: 'Heading of the steps to take when a child is missing.' });

export const returnHeading: Text = () =>
  msg('When the child comes back', { id: 'missing.return.heading', desc: 'Heading of the steps to take when a missing child is found or comes back.' });
