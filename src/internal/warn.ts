const PREFIX = 'cst-widgets:';

/** One clear console warning, always prefixed so a webmaster can find it. */
export function warn(message: string): void {
  console.warn(`${PREFIX} ${message}`);
}

/**
 * The text of a value that has one (a string, number, boolean or bigint), or `undefined` for any
 * other: an object, array, symbol or function, which a framework or a host script may assign to a
 * property. Reading it never runs the value's own code (a throwing `toString`, a Proxy's traps).
 */
export function asText(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    default:
      return undefined;
  }
}

/** What kind of value a page gave, for a warning about a value that has no text. */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  try {
    if (Array.isArray(value)) return 'an array';
  } catch {
    // A revoked Proxy: Array.isArray throws.
  }
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * A value from a page, cut to `max` characters, with control and bidirectional-override
 * characters written as escapes: a warning must read the same as what was typed, never reversed.
 * A value with no text is named by its kind ("(an object)").
 */
export function shown(value: unknown, max = 60): string {
  const text = asText(value) ?? `(${kindOf(value)})`;
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
 * The names in a list, each known one once, warning about the rest. A list is a space-separated
 * string or an array of names (as React and Vue pass lists to properties, and as events give them
 * back); `null` or `undefined` is an empty list. Any other value warns and counts as empty.
 */
export function knownNames<T extends string>(tag: string, attribute: string, value: unknown, known: readonly T[]): T[] {
  let names: string[];
  try {
    names = (Array.isArray(value) ? [...(value as unknown[])] : [value ?? '']).flatMap((item) => {
      const text = asText(item);
      return text === undefined ? [shown(item)] : text.trim().split(/\s+/).filter(Boolean);
    });
  } catch {
    names = [shown(value)]; // a Proxy whose traps throw
  }
  const isKnown = (n: string): n is T => (known as readonly string[]).includes(n);
  const unknown = names.filter((n) => !isKnown(n));
  if (unknown.length) warn(`<${tag}> ${attribute}: ${skipped(unknown)} skipped; choose from ${known.join(', ')}.`);
  return [...new Set(names.filter(isKnown))];
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
