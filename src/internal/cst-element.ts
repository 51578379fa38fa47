import { updateWhenLocaleChanges } from '@lit/localize';
import { adoptStyles, LitElement } from 'lit';
import { VERSION } from './version.js';

/**
 * The base of every widget.
 *
 * - It re-renders when the locale changes. The controller is attached in the constructor, so an
 *   element already in the page when the script loads follows the locale too.
 * - Its first render, with the parsing of its styles, waits for a task of its own, so that loading
 *   the script and rendering several widgets do not add up to one long task on a slow phone (the
 *   placeholder CSS and fallback markup hold the space meanwhile). `updateComplete` still resolves
 *   only once that first render is done.
 *
 * Widgets declare reactive properties with `static properties` rather than decorators: the same
 * behaviour with less code in the drop-in script.
 */
export class CstElement extends LitElement {
  /** The library version that defined this element. @internal */
  static readonly version = VERSION;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** The shadow root, without styles yet: they are parsed and adopted in the first render's task. */
  protected override createRenderRoot(): ShadowRoot {
    return this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
  }

  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) {
      await new Promise((resolve) => setTimeout(resolve));
      adoptStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
    }
    super.scheduleUpdate();
  }
}
