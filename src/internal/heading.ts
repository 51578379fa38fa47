import { html, type TemplateResult } from 'lit';
import { asText, shown, warn } from './warn.js';

/**
 * A heading level for a widget's own heading, so it fits the host page's outline: 2 to 6, or
 * 2 with a warning for anything else (without one when the attribute is absent).
 */
export function headingLevel(tag: string, value: unknown): number {
  if (value === null || value === undefined) return 2;
  const text = asText(value);
  const level = text === undefined || text.trim() === '' ? NaN : Number(text);
  if (Number.isInteger(level) && level >= 2 && level <= 6) return level;
  warn(`<${tag}> heading-level="${shown(value, 20)}" must be a whole number from 2 to 6; using 2.`);
  return 2;
}

/**
 * A heading element of `level` (`headingLevel` gives 2 to 6; a level below that, 7 for a topic
 * under an h6, stays h6), whose class and part are both `name`. One plain template per level: a
 * tag name cannot be a binding, and static-html would cost every render a lookup.
 */
export function heading(level: number, name: string, id: string, content: unknown): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 part=${name} class=${name} id=${id}>${content}</h2>`;
    case 3:
      return html`<h3 part=${name} class=${name} id=${id}>${content}</h3>`;
    case 4:
      return html`<h4 part=${name} class=${name} id=${id}>${content}</h4>`;
    case 5:
      return html`<h5 part=${name} class=${name} id=${id}>${content}</h5>`;
    default:
      return html`<h6 part=${name} class=${name} id=${id}>${content}</h6>`;
  }
}
