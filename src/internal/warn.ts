const PREFIX = 'cst-widgets:';

/** One clear console warning, always prefixed so a webmaster can find it. */
export function warn(message: string): void {
  console.warn(`${PREFIX} ${message}`);
}

/**
 * A value from a page, cut to `max` characters, with control and bidirectional-override
 * characters written as escapes: a warning must read the same as what was typed, never reversed.
 */
export function shown(value: unknown, max = 60): string {
  const text = String(value);
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  // eslint-disable-next-line no-control-regex -- the point is to find control characters
  return cut.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Names skipped from a space-separated list, for a warning: the first few, and how many more. */
export function skipped(names: readonly string[]): string {
  const listed = names.slice(0, 3).map((n) => `"${shown(n, 30)}"`).join(', ');
  return names.length > 3 ? `${listed} and ${names.length - 3} more` : listed;
}

/**
 * Returns `value` when it is one of `allowed`, otherwise warns and returns `fallback`.
 * Used for enumerated attributes: a typo must never blank a widget. An absent attribute
 * (`null` once removed) is no mistake: it means the default, without a warning.
 */
export function oneOf<T extends string>(
  tag: string,
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  if (value === null || value === undefined) return fallback;
  warn(`<${tag}> ${attribute}="${shown(value)}" is not one of ${allowed.map((a) => `"${a}"`).join(', ')}; using "${fallback}".`);
  return fallback;
}
