/** Types of embed.js: how a page embeds each widget (src/widgets.json with custom-elements.json). */
import type { Widget } from './examples.js';

/** An attribute as custom-elements.json describes it. */
export interface ManifestAttribute {
  readonly name: string;
  readonly type?: { readonly text: string };
  readonly default?: string;
  readonly description?: string;
}

/** What kind of value an attribute takes, with its values and default (see kindOf). */
export interface Kind {
  readonly kind: 'boolean' | 'enum' | 'list' | 'level' | 'https' | 'text';
  readonly values?: readonly string[];
  readonly default: string | boolean | readonly string[] | undefined;
}

/** One option a webmaster chooses for a widget. */
export interface Option extends Kind {
  readonly name: string;
}

/** A node of the element tree: an element with attributes and children, or a text. */
export type Node = string | { readonly tag: string; readonly attrs: readonly (readonly [string, string])[]; readonly children: readonly Node[] };

export const WIDGETS: readonly Widget[];
export const HEADING_LEVELS: readonly string[];
export function attributesOf(tag: string): readonly ManifestAttribute[];
export function kindOf(attribute: ManifestAttribute): Kind;
export function optionsOf(tag: string): readonly Option[];
export function isHttpsUrl(value: string): boolean;
export function el(tag: string, attrs?: readonly (readonly [string, string])[], children?: readonly Node[]): Node;
export function element(tag: string, choices?: Readonly<Record<string, unknown>>, lang?: 'en' | 'es'): Exclude<Node, string>;
export function escapeAttr(text: string): string;
export function serialize(node: Node, indent?: string): string;
export function fallbackMarkup(tag: string, lang?: 'en' | 'es', attributes?: Readonly<Record<string, string | undefined>>): string;
export function hotlineFallbackMarkup(lang?: 'en' | 'es'): string;
export function exitLabel(lang?: 'en' | 'es'): string;
