import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { AUDIENCES, type Audience } from '../content/types.js';
import { landmark, type CstElement } from '../internal/cst-element.js';
import { heading, headingLevel } from '../internal/heading.js';
import { knownNames, oneOf } from '../internal/warn.js';
import { getLocale } from '../localization.js';

// What the content widgets share, as mixins (Material Web shares its components' properties the
// same way): the reader (`audience`) and the widget's own heading (`heading-level`, `no-heading`),
// each checked once with a warning and a default, and the labelled section around a widget.
//
// What a widget reads of them is keyed by symbols: a framework that sets any property it finds on
// an element (React 19, Preact, Vue) cannot reach them by name, and the checked values stay apart
// from the public ones, which no widget overwrites.

/** The audience a widget shows: `audience` once checked (unknown: `general`, with a warning). */
export const reader: unique symbol = Symbol('reader');
/** The level of a widget's own heading: `heading-level` once checked (2 to 6; otherwise 2, with a warning). */
export const level: unique symbol = Symbol('level');
/** The widget as a labelled section: its heading (unless `no-heading`), then its content. */
export const section: unique symbol = Symbol('section');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin pattern's constructor type
type Constructor<T> = abstract new (...args: any[]) => T;

/** What `WithAudience` adds to a widget (the mixin's type, as Lit's guide to mixins declares it). */
export declare abstract class AudienceMembers {
  audience: Audience;
  get [reader](): Audience;
}

/** What `WithHeading` adds to a widget. */
export declare abstract class HeadingMembers {
  headingLevel: number | string;
  noHeading: boolean;
  get [level](): number;
  [section](name: string, content: unknown, classes?: string): TemplateResult;
}

/**
 * `audience`: who reads the page. A widget says in its own JSDoc (a `declare audience` line) what
 * the audience changes in it. A widget's `willUpdate` calls `super.willUpdate()` first, so that
 * `this[reader]` is checked before it uses it.
 */
export function WithAudience<T extends Constructor<CstElement>>(Base: T) {
  abstract class AudienceElement extends Base {
    static properties: PropertyDeclarations = { audience: { reflect: true } };

    /** Who reads the page: `general` (default), `parents`, `professionals` or `educators`. */
    audience: Audience = 'general';

    #reader: Audience = 'general';

    get [reader](): Audience {
      return this.#reader;
    }

    protected override willUpdate(changed: PropertyValues): void {
      if (changed.has('audience')) this.#reader = oneOf(this.localName, 'audience', this.audience, AUDIENCES, 'general');
      super.willUpdate(changed);
    }
  }
  return AudienceElement as Constructor<AudienceMembers> & T;
}

/**
 * `heading-level` and `no-heading`: the widget's own heading, so it fits the host page's outline
 * (headings inside the widget are one level below it), or none where the page gives the section a
 * heading of its own. A widget says in its own JSDoc (a `declare headingLevel` line) what is one
 * level below.
 */
export function WithHeading<T extends Constructor<CstElement>>(Base: T) {
  abstract class HeadingElement extends Base {
    static properties: PropertyDeclarations = {
      headingLevel: { attribute: 'heading-level', reflect: true },
      noHeading: { type: Boolean, attribute: 'no-heading', reflect: true },
    };

    /** Level of the widget's heading, 2 to 6 (default 2); the headings inside it are one level below. */
    headingLevel: number | string = 2;

    /** Leaves out the widget's heading, for a page that gives the section a heading of its own; the landmark keeps its name (see `label`). */
    noHeading = false;

    #level = 2;

    get [level](): number {
      return this.#level;
    }

    protected override willUpdate(changed: PropertyValues): void {
      if (changed.has('headingLevel')) this.#level = headingLevel(this.localName, this.headingLevel);
      super.willUpdate(changed);
    }

    /**
     * The labelled region every content widget is: named by `label`, or else by `name` (what its
     * heading says), in the reader's language; its heading (part and id `heading`) unless
     * `no-heading`. `classes` are added to `base stack`.
     */
    [section](name: string, content: unknown, classes = ''): TemplateResult {
      return html`<section part="base" class="base stack ${classes}" aria-label=${this[landmark](name)} lang=${getLocale()} dir="ltr">
        ${this.noHeading ? nothing : heading(this.#level, 'heading', 'heading', name)} ${content}
      </section>`;
    }
  }
  return HeadingElement as Constructor<HeadingMembers> & T;
}

/** Whether a widget shows one of its pieces: not named in `omit`. */
export const shows: unique symbol = Symbol('shows');

/** What `WithOmit` adds to a widget. */
export declare abstract class OmitMembers {
  omit: string | readonly string[];
  [shows](piece: string): boolean;
}

/**
 * `omit`: pieces of the widget to leave out, because the page says them elsewhere (another widget
 * beside it; `<cst-guide>` sets it on its parts, so that each fact, figure and contact appears once
 * in a guide). `pieces` are the names a widget knows; a widget says in its own JSDoc (a `declare
 * omit` line) what each one is. Unknown names are skipped with a warning.
 */
export function WithOmit<T extends Constructor<CstElement>>(Base: T, pieces: readonly string[]) {
  abstract class OmitElement extends Base {
    static properties: PropertyDeclarations = { omit: {} };

    /** Pieces to leave out, space-separated (as a property, also an array). */
    omit: string | readonly string[] = '';

    #omitted: ReadonlySet<string> = new Set();

    [shows](piece: string): boolean {
      return !this.#omitted.has(piece);
    }

    protected override willUpdate(changed: PropertyValues): void {
      if (changed.has('omit')) this.#omitted = new Set(knownNames(this.localName, 'omit', this.omit, pieces));
      super.willUpdate(changed);
    }
  }
  return OmitElement as Constructor<OmitMembers> & T;
}
