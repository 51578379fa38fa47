// Types for what TypeScript code (the unit tests) uses of builder-model.js; the builder itself is plain JS.

/** The WCAG contrast ratio of two `#rgb` or `#rrggbb` colours, 1 to 21. */
export function contrast(a: string, b: string): number;
