import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { FAMILY_SUPPORT, HOTLINE, hotlineDisplay, RECOVERY_SERVICES } from './reporting.js';
import type { Audience, Cited, Text } from './types.js';

/**
 * One of NCMEC's DO / DON'T words, with a sentence that explains it where NCMEC's guides say
 * something that belongs to it; none where they do not (NCMEC gives the six words bare, after the
 * reader's framing sentence, `RESPONSE_FRAMING`).
 */
export interface ResponseItem extends Cited {
  readonly id: string;
  /** NCMEC's own word(s): the label must keep its wording. */
  readonly label: Text;
  readonly text?: Text;
}

/** The two headings: visible words, so colour is never the only signal. */
export const responseHeadings = {
  do: () => msg('Do', { id: 'respond.heading.do', desc: 'Heading of the list of things to do (NCMEC: "DO").' }),
  dont: () => msg("Don't", { id: 'respond.heading.dont', desc: 'Heading of the list of things not to do (NCMEC: "DON\'T").' }),
};

const doDontSources = [
  { source: 'ncmec-cw-2024', evidence: ['DO Be Patient Listen Reassure DON\'T Assume Blame Interrogate'] },
  { source: 'ncmec-parents-2024', evidence: ['DO Be Patient Listen Reassure DON\'T Assume Blame Interrogate'] },
] as const;

export const DO: readonly ResponseItem[] = [
  {
    id: 'be-patient',
    label: () => msg('Be patient', { id: 'respond.do.be-patient.label', desc: 'NCMEC\'s word, "Be Patient".' }),
    text: () =>
      msg('Victims frequently do not disclose their abuse because of fear, shame or loyalty to their abuser.', {
        id: 'respond.do.be-patient.text',
        desc: 'Why to be patient.',
      }),
    cited: [
      ...doDontSources,
      { source: 'ncmec-cw-2018', evidence: ['frequently do not disclose their abuse because of fear, shame or'] },
      { source: 'ncmec-parents-2024', evidence: ['disclose their abuse because of fear, shame, or loyalty to their abuser(s)'] },
    ],
  },
  {
    id: 'listen',
    label: () => msg('Listen', { id: 'respond.do.listen.label', desc: 'NCMEC\'s word, "Listen".' }),
    text: () =>
      msg('A non-judgmental dialogue builds the trust that makes room for prevention and help.', {
        id: 'respond.do.listen.text',
        desc: 'Why to listen.',
      }),
    cited: [
      ...doDontSources,
      {
        source: 'ncmec-cw-2014',
        evidence: ['Establishing a non-judgmental dialogue with youth is important to building trust that can create space for prevention and intervention.'],
      },
    ],
  },
  {
    id: 'reassure',
    label: () => msg('Reassure', { id: 'respond.do.reassure.label', desc: 'NCMEC\'s word, "Reassure".' }),
    // No explanation: NCMEC gives the word bare, after "YOU are an important source of support"
    // (004); the professionals' sentence about a child found after a run (000) is another matter.
    cited: doDontSources,
  },
];

export const DONT: readonly ResponseItem[] = [
  {
    id: 'assume',
    label: () => msg('Assume', { id: 'respond.dont.assume.label', desc: 'NCMEC\'s word, "Assume" (as in: don\'t assume).' }),
    // No explanation: NCMEC never says what not to assume, and pairs no sentence with the word.
    cited: doDontSources,
  },
  {
    id: 'blame',
    label: () => msg('Blame', { id: 'respond.dont.blame.label', desc: 'NCMEC\'s word, "Blame" (as in: don\'t blame).' }),
    text: () =>
      msg('Even if a child believes they chose it, the child is a victim, and an adult is exploiting their vulnerabilities.', {
        id: 'respond.dont.blame.text',
        desc: 'Why not to blame.',
      }),
    cited: [
      ...doDontSources,
      {
        source: 'ncmec-cw-2018',
        evidence: ["it's important to remember that the CHILD IS A VICTIM, and an adult or perpetrator is exploiting the child's vulnerabilities"],
      },
    ],
  },
  {
    id: 'interrogate',
    label: () => msg('Interrogate', { id: 'respond.dont.interrogate.label', desc: 'NCMEC\'s word, "Interrogate" (as in: don\'t interrogate).' }),
    // No explanation: NCMEC gives the word bare (000, 004). The non-judgmental questions it once
    // borrowed are the professionals' steps for a child found after a run (000), which the missing
    // child gives, and the professionals' framing here.
    cited: doDontSources,
  },
];

/** A statement of guidance for one reader. */
export interface Guidance extends Cited {
  readonly id: string;
  readonly text: Text;
}

/** The guidance before DO / DON'T, for each reader. */
export const RESPONSE_FRAMING: Readonly<Record<Audience, readonly Guidance[]>> = {
  parents: [
    {
      id: 'you-matter',
      text: () =>
        msg('You are an important source of support. How you respond matters.', {
          id: 'respond.framing.parents.you-matter',
          desc: 'NCMEC to parents: "YOU are an important source of support. How you respond matters."',
        }),
      cited: [{ source: 'ncmec-parents-2024', evidence: ['YOU are an important source of support. How you respond matters'] }],
    },
  ],
  professionals: [
    {
      id: 'relief-and-concern',
      text: () =>
        msg("When a child who ran away from care is found, express relief and concern for the child's well-being while they were missing.", {
          id: 'respond.framing.professionals.relief',
          desc: 'Guidance for child welfare professionals.',
        }),
      cited: [{ source: 'ncmec-cw-2024', evidence: ["If a child runs away from care, it is important that the professionals who interact with the child express relief when the child is found and concern for the child's well-being while they were missing."] }],
    },
    {
      id: 'non-judgmental-questions',
      text: () =>
        msg('Ask non-judgmental questions about how the child took care of themselves while missing, and note any red flags or changes in behavior.', {
          id: 'respond.framing.professionals.questions',
          desc: 'Guidance for child welfare professionals.',
        }),
      cited: [{ source: 'ncmec-cw-2024', evidence: ['Asking non-judgmental questions about how the child took care of themselves while they were missing, and noting any red flags or changes in behavior, can help reveal potential victimization.'] }],
    },
    {
      id: 'specialized-services',
      text: () =>
        msg('Once concerns are recognized, engage specialized services for further assessment and support.', {
          id: 'respond.framing.professionals.services',
          desc: 'Guidance for child welfare professionals.',
        }),
      cited: [
        { source: 'ncmec-cw-2014', evidence: ['once these concerns have been recognized engaging specialized services can assist with further assessment and support'] },
        { source: 'ncmec-cw-2018', evidence: ['engaging specialized services to assist with further assessment and support'] },
      ],
    },
  ],
  educators: [
    {
      id: 'trusted-adults',
      text: () =>
        msg("It is up to the trusted adults in a child's life to recognize the signs. If something doesn't seem right, ask questions.", {
          id: 'respond.framing.educators.trusted-adults',
          desc: 'Guidance for teachers and school staff.',
        }),
      cited: [
        { source: 'ncmec-web-2021', evidence: ["It is up to professionals and trusted adults in the child's life to recognize the signs"] },
        { source: 'ncmec-parents-2024', evidence: ["If something doesn't seem right, ask questions!"] },
      ],
    },
  ],
  general: [
    {
      id: 'ask-questions',
      text: () =>
        msg("If something doesn't seem right, ask questions.", {
          id: 'respond.framing.general.ask-questions',
          desc: 'Guidance for any reader.',
        }),
      cited: [{ source: 'ncmec-parents-2024', evidence: ["If something doesn't seem right, ask questions!"] }],
    },
  ],
};

/**
 * NCMEC's help for this reader, after DO / DON'T and before the emergency path: support for
 * families (parents), the Recovery Services Team (professionals). Each names its contact in the
 * sentence, so an address never reads like a reporting line.
 */
export const RESPONSE_SUPPORT: Readonly<Record<Audience, readonly (Cited & { readonly id: string; readonly text: () => TemplateResult })[]>> = {
  parents: [
    {
      id: 'family-support',
      text: () =>
        msg(
          html`If you believe your child is a victim, NCMEC provides support for victims and their families, and can connect you to peer support and trained therapists. Email <a href=${FAMILY_SUPPORT.href}>${FAMILY_SUPPORT.address}</a> or call <a href=${HOTLINE.href}>${hotlineDisplay()}</a>.`,
          {
            id: 'respond.support.parents.family-support',
            desc: "NCMEC's support for families. The placeholders are the email address and the hotline number, as links.",
          },
        ),
      cited: [
        {
          source: 'ncmec-parents-2024',
          evidence: ['If you believe your child is a victim of child sex trafficking, NCMEC provides support for victims and their families.'],
        },
        { source: 'ncmec-parents-2024', evidence: ['NCMEC can help connect you to peer support and therapists'] },
        ...FAMILY_SUPPORT.cited,
      ],
    },
  ],
  professionals: [
    {
      id: 'recovery-services',
      text: () =>
        msg(
          html`NCMEC's Child Sex Trafficking Recovery Services Team provides specialized support and resources to child welfare professionals, foster parents and law enforcement working with victims: <a href=${RECOVERY_SERVICES.href}>${RECOVERY_SERVICES.address}</a>.`,
          {
            id: 'respond.support.professionals.recovery-services',
            desc: "NCMEC's team for professionals working with victims (keep the team's name). The placeholder is its email address, as a link.",
          },
        ),
      cited: [
        {
          source: 'ncmec-cw-2024',
          evidence: ['The Child Sex Trafficking Recovery Services Team (RST) provides specialized support and resources to child welfare professionals, foster parents and law enforcement who are working with victims of child sex trafficking.'],
        },
        ...RECOVERY_SERVICES.cited,
      ],
    },
  ],
  educators: [],
  general: [],
};

/** The block heading of the DO / DON'T widget. */
export const responseHeading: Text = () =>
  msg('How to respond', { id: 'respond.heading', desc: 'Heading of the DO / DON\'T guidance: how to respond when a child might be a victim.' });
