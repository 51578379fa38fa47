import { msg } from '@lit/localize';
import type { Audience, Citation } from './types.js';

/**
 * What `<cst-hotline-banner>` says besides the emergency path (`emergency-path.ts`). Functions, not constants: `msg()` must run at render
 * time so the words follow locale changes.
 */
export const hotlineText = {
  publisher: () =>
    msg('National Center for Missing & Exploited Children', {
      id: 'hotline.publisher',
      desc: "NCMEC's full name. Use NCMEC's own Spanish name if translating.",
    }),
  title: () =>
    msg('24-Hour Hotline', {
      id: 'hotline.title',
      desc: "Name of NCMEC's hotline, shown before the phone number 1-800-THE-LOST.",
    }),
  more: () =>
    msg('More ways to get help', {
      id: 'hotline.more',
      desc: 'Button of the banner on a phone: shows the message, what to do when a child is missing, and the CyberTipline link.',
    }),
  dismiss: () =>
    msg('Close the hotline banner', {
      id: 'hotline.dismiss',
      desc: 'Screen-reader name of the close (×) button of the banner.',
    }),
};

/** The message for one reader, with the guide it is drawn from. */
export interface AudienceMessage {
  readonly text: () => string;
  readonly cited: readonly Citation[];
}

/** The banner's message for each audience, each grounded in the guide written for that reader. */
export const HOTLINE_MESSAGES: Readonly<Record<Audience, AudienceMessage>> = {
  general: {
    text: () =>
      msg('Concerned about possible child sex trafficking? Call the hotline or make a report to the CyberTipline.', {
        id: 'hotline.message.general',
        desc: 'Banner message for any reader.',
      }),
    cited: [{ source: 'ncmec-web-2021', evidence: ["if you are concerned about potential child sex trafficking activity or see situations including the indicators listed below please make a report to NCMEC's CyberTipline or call 1-800-THE-LOST"] }],
  },
  parents: {
    text: () =>
      msg('If your child runs away, report it immediately.', {
        id: 'hotline.message.parents',
        desc: 'Banner message for parents and guardians, shown above what to do (911, a missing child: law enforcement then NCMEC).',
      }),
    cited: [
      { source: 'ncmec-parents-2024', evidence: ['If your child runs away, immediately report it.'] },
      { source: 'ncmec-web-2021', evidence: ['After making a missing child report to law enforcement we encourage law enforcement, parents, and legal guardians to report ALL missing children, especially children who have run away, to NCMEC'] },
    ],
  },
  professionals: {
    text: () =>
      msg('Federal law requires child welfare professionals to report children missing from care to law enforcement and NCMEC.', {
        id: 'hotline.message.professionals',
        desc: 'Banner message for child welfare professionals. "Missing from care": from foster care or the care of social services.',
      }),
    cited: [{ source: 'ncmec-cw-2024', evidence: ['requires states to have specific protocols and policies concerning children who go missing from care and requires child welfare professionals to report missing children to Law Enforcement and NCMEC'] }],
  },
  educators: {
    text: () =>
      msg("If something doesn't seem right, ask questions. It is not a child's responsibility to ask for help.", {
        id: 'hotline.message.educators',
        desc: 'Banner message for teachers and school staff.',
      }),
    cited: [
      { source: 'ncmec-parents-2024', evidence: ["If something doesn't seem right, ask questions!"] },
      { source: 'ncmec-web-2021', evidence: ["It is not a child's responsibility to ask for help."] },
    ],
  },
};
