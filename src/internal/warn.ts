const PREFIX = 'cst-widgets:';

/** One clear console warning, always prefixed so a webmaster can find it. */
export function warn(message: string): void {
  console.warn(`${PREFIX} ${message}`);
}

/**
 * Returns `value` when it is one of `allowed`, otherwise warns and returns `fallback`.
 * Used for enumerated attributes: a typo must never blank a widget.
 */
export function oneOf<T extends string>(
  tag: string,
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  warn(
    `<${tag}> ${attribute}="${String(value).slice(0, 60)}" is not one of ${allowed
      .map((a) => `"${a}"`)
      .join(', ')}; using "${fallback}".`,
  );
  return fallback;
}
