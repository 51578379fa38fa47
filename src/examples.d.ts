/** Types of examples.js: the widgets (widgets.json) and their examples (<widget>.examples.json). */
/** One widget of the library, as `widgets.json` lists it. */
export interface Widget {
  readonly tag: string;
  /** Its module under `src/components/`, without the extension. */
  readonly module: string;
  /** The gzip size of its own file as its budget was set (test/node/budgets.test.mjs). */
  readonly size: number;
  /** What webmasters call it: the WordPress block's title, the builder's fallback label. */
  readonly name: string;
  /** The WordPress block's icon (a dashicon's name). */
  readonly icon: string;
  /** The widget it is a part of, for one that can also be used on its own. */
  readonly partOf?: string;
  /** It sits over the page (the quick exit): no space is put between it and the next widget. */
  readonly floats?: boolean;
  /** It shows other widgets inside it (the guide): the suites that put every widget on one page leave it out. */
  readonly composite?: boolean;
  /** Whether it shows the emergency path: the sentences (`full`) or their short form under its own hotline number (`short`). */
  readonly emergencyPath?: 'full' | 'short';
  /** The attributes a webmaster chooses in the embed builder, in its order. */
  readonly options: readonly string[];
  /** The attributes whose values change what it says: the content report renders every combination. */
  readonly states: readonly string[];
  /** For the placeholder CSS: the attributes whose values change its height, and those with which nothing is reserved. */
  readonly placeholder?: { readonly vary: readonly string[]; readonly none: readonly string[] };
}

/** One state of a widget, as a webmaster would write it. */
export interface Example {
  readonly name: string;
  /** Attributes; a boolean attribute has the value `""`. */
  readonly attributes?: Readonly<Partial<Record<string, string>>>;
  /** Markup for its slots (`slot="…"` on each element), after the widget's fallback markup. */
  readonly slots?: string;
  /** The example the shared host-page tests use (test/all-widgets.test.ts): one per widget. */
  readonly checked?: boolean;
}

/** The widgets, in the order a page meets them. */
export const WIDGETS: readonly Widget[];

/** The examples of the widget `tag`, first the default; throws for a tag without an examples file. */
export function examplesOf(tag: string): readonly Example[];

/** The example of `tag` the shared host-page tests use. */
export function checkedExample(tag: string): Example;

/** An example as HTML: the element, its attributes, its fallback markup and its slots. */
export function exampleMarkup(tag: string, example: Example): string;

/** An example as an element, not yet in the page. */
export function exampleElement(tag: string, example: Example): HTMLElement;
