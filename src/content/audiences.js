// Plain JavaScript, so that the embed builder's page and Node scripts read the same list as the
// widgets (TypeScript infers its literal types: `allowJs` in tsconfig.json).

/** Who a piece of content is written for. `general` is anyone: a neighbour, a coach, a visitor. */
export const AUDIENCES = /** @type {const} */ (['general', 'parents', 'professionals', 'educators']);
