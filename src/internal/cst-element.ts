import { updateWhenLocaleChanges } from '@lit/localize';
import { LitElement } from 'lit';
import { VERSION } from './version.js';

/**
 * The base of every widget.
 *
 * - It re-renders when the locale changes. The controller is attached in the constructor, so an
 *   element already in the page when the script loads follows the locale too.
 * - Its first render waits for a task of its own, so that loading the script and rendering several
 *   widgets do not add up to one long task on a slow phone (the placeholder CSS and fallback markup
 *   hold the space meanwhile, and the fallback markup stays in view through a slot until the first
 *   render replaces it). `updateComplete` still resolves only once that first render is done.
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

  /** Shows the element's own content (the page's fallback markup) until the first render. */
  private fallbackSlot?: HTMLSlotElement;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (!this.hasUpdated && !this.fallbackSlot) root.append((this.fallbackSlot = document.createElement('slot')));
    return root;
  }

  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) {
      await new Promise((resolve) => setTimeout(resolve));
      this.fallbackSlot?.remove();
    }
    super.scheduleUpdate();
  }
}
