import { LitElement } from 'lit';
import { VERSION } from './version.js';

/**
 * The base of every widget. Its first render waits for a task of its own, so that loading the
 * script and rendering several widgets do not add up to one long task on a slow phone (the
 * placeholder CSS and fallback markup hold the space meanwhile). `updateComplete` still resolves
 * only once that first render is done.
 */
export class CstElement extends LitElement {
  /** The library version that defined this element. @internal */
  static readonly version = VERSION;

  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await new Promise((resolve) => setTimeout(resolve));
    super.scheduleUpdate();
  }
}
