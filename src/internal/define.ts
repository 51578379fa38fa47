/**
 * Registers a custom element unless the tag is already taken.
 *
 * A CMS may load the script twice, or two sites' snippets may bring two versions: the first
 * definition wins and later copies step aside silently (the version clash itself is reported
 * once, by the registry in ../localization.ts).
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
