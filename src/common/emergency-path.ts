import { css, html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { EMERGENCY_PATH } from '../content/emergency-path.js';
import type { CstElement } from '../internal/cst-element.js';
import { oneOf } from '../internal/warn.js';

/** How a widget shows the emergency path: in `full`, its first line only (`short`), or not at all (`none`). */
export type EmergencyForm = 'full' | 'short' | 'none';
const EMERGENCY_FORMS: readonly EmergencyForm[] = ['full', 'short', 'none'];

// A warning sign (an exclamation mark in a circle), as GOV.UK's warning text has: decorative, the
// words say it.
const warningIcon = svg`<svg class="warning" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 1.5a10.5 10.5 0 1 0 0 21 10.5 10.5 0 0 0 0-21Zm1.3 16.2h-2.6v-2.6h2.6Zm0-4.3h-2.6V6.3h2.6Z"/></svg>`;

/**
 * The emergency path (`content/emergency-path.ts`) as a list, always in its order: 911 for a child
 * in immediate danger, law enforcement then NCMEC for a missing child, the CyberTipline or the
 * hotline for concerns. Every widget that tells a reader to act shows it through this one function,
 * so none can drift. The 911 line leads, in bold, after a warning sign. `form`: `full` (the
 * sentences with their links, in a box of their own), `short` (the 911 line only), `banner`
 * (shorter, beside the banner's own hotline number), `compact` (the compact banner) or `none`.
 * Styled by `emergencyPathStyles` (below); part `emergency-path`, its links `emergency`
 * (911) and `cybertipline`. `which`: every step (default), or the 911 line (`first`) and the
 * others (`rest`) as two lists, for the banner, which shows the others behind a button on a phone.
 */
export const emergencyPath = (form: EmergencyForm | 'banner' | 'compact' = 'full', which: 'all' | 'first' | 'rest' = 'all') => {
  if (form === 'none') return nothing;
  const steps = form === 'short' || which === 'first' ? EMERGENCY_PATH.slice(0, 1) : which === 'rest' ? EMERGENCY_PATH.slice(1) : EMERGENCY_PATH;
  const words = (step: (typeof EMERGENCY_PATH)[number]) =>
    form === 'full' || form === 'short' ? step.text() : form === 'compact' && step.compact ? step.compact() : step.short();
  return html`<ul part="emergency-path" class="emergency-path ${form === 'full' || form === 'short' ? 'boxed' : ''}">
    ${steps.map((step) => html`<li class=${step.id}>${step.id === 'danger' ? warningIcon : nothing}<span>${words(step)}</span></li>`)}
  </ul>`;
};

/** What `WithEmergencyPath` adds to a widget. */
export declare abstract class EmergencyMembers {
  emergency: EmergencyForm;
  get [pathForm](): EmergencyForm;
}

/** The emergency path's form a widget shows: `emergency` once checked (unknown: `full`, with a warning). */
export const pathForm: unique symbol = Symbol('pathForm');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin pattern's constructor type
type Constructor<T> = abstract new (...args: any[]) => T;

/**
 * `emergency`: how much of the emergency path the widget shows. A page shows the whole path once
 * (the hotline banner, or one widget in `full`) and the widgets after it `none`, or `short` (the 911
 * line alone); `<cst-guide>` shows it once at its top and sets `none` on its parts.
 */
export function WithEmergencyPath<T extends Constructor<CstElement>>(Base: T) {
  abstract class EmergencyElement extends Base {
    static properties: PropertyDeclarations = { emergency: { reflect: true } };

    /**
     * The emergency path (911, a missing child, concerns): `full` (default), `short` (the 911 line
     * alone) or `none`, for a page that shows it once already (the hotline banner, another widget).
     */
    emergency: EmergencyForm = 'full';

    #form: EmergencyForm = 'full';

    get [pathForm](): EmergencyForm {
      return this.#form;
    }

    protected override willUpdate(changed: PropertyValues): void {
      if (changed.has('emergency')) this.#form = oneOf(this.localName, 'emergency', this.emergency, EMERGENCY_FORMS, 'full');
      super.willUpdate(changed);
    }
  }
  return EmergencyElement as Constructor<EmergencyMembers> & T;
}

/**
 * The emergency path's style: one step a line, 911 first and in bold after a warning sign; in a
 * box of its own where it stands alone (`full`, `short`): the surface with a thick border in the
 * banner's strong colour, unlike the tinted boxes of introductions and figures. "Call 911" never
 * breaks across lines.
 */
export const emergencyPathStyles = css`
  .emergency-path {
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .emergency-path.boxed {
    padding: var(--_space-s) var(--_space-m);
    border: 2px solid var(--_color-strong);
    border-left-width: 8px;
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  /* Its links look as links do elsewhere in the widgets: the link colour, in bold. */
  .emergency-path.boxed a {
    color: var(--_link, var(--_color-link));
    font-weight: 700;
  }
  .emergency-path .danger {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-s);
    font-weight: 700;
  }
  .warning {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    fill: currentColor;
  }
  [part~='emergency'] {
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .emergency-path.boxed {
      border-color: CanvasText;
    }
  }
  /* On paper a link cannot be followed: its web address is printed after it. */
  @media print {
    .emergency-path a[href^='https:']::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
    }
  }
`;
