import { css, html } from 'lit';
import { EMERGENCY_PATH } from '../content/emergency-path.js';

/**
 * The emergency path (`content/emergency-path.ts`) as a list, always in its order: 911 for a child
 * in immediate danger, law enforcement then NCMEC for a missing child, the CyberTipline or the
 * hotline for concerns. Every widget that tells a reader to act shows it through this one function,
 * so none can drift. `form`: `full` (the sentences with their links), `banner` (shorter, beside the
 * banner's own hotline number) or `compact` (the compact banner).
 * Styled by `emergencyPathStyles` (below); part `emergency-path`, its links `emergency`
 * (911) and `cybertipline`.
 */
export const emergencyPath = (form: 'full' | 'banner' | 'compact' = 'full') =>
  html`<ul part="emergency-path" class="emergency-path">
    ${EMERGENCY_PATH.map(
      (step) => html`<li class=${step.id}>${form === 'full' ? step.text() : form === 'compact' && step.compact ? step.compact() : step.short()}</li>`,
    )}
  </ul>`;

/**
 * The emergency path's style: one step a line, 911 first; "call 911" never
 * breaks across lines.
 */
export const emergencyPathStyles = css`
  .emergency-path {
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  [part~='emergency'] {
    white-space: nowrap;
  }
  /* On paper a link cannot be followed: its web address is printed after it. */
  @media print {
    .emergency-path a[href^='https:']::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
    }
  }
`;
