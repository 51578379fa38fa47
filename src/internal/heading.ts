import { literal, type StaticValue } from 'lit/static-html.js';
import { shown, warn } from './warn.js';

const TAGS: Record<number, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/**
 * A heading level for a widget's own heading, so it fits the host page's outline: 2 to 6, or
 * 2 with a warning for anything else (without one when the attribute is absent).
 */
export function headingLevel(tag: string, value: unknown): number {
  if (value === null || value === undefined) return 2;
  const level = Number(value);
  if (Number.isInteger(level) && level >= 2 && level <= 6) return level;
  warn(`<${tag}> heading-level="${shown(value, 20)}" must be a whole number from 2 to 6; using 2.`);
  return 2;
}

/** The static tag for a heading level (levels past 6 stay at 6). */
export const headingTag = (level: number): StaticValue => TAGS[Math.min(Math.max(level, 2), 6)];
