/**
 * A theme token: a custom property every widget reads (`--cst-color-accent`), documented once on
 * the widgets' base class and copied to each element by the manifest. A widget's own properties
 * carry its name (`--cst-red-flags-accent`). docs/api.md lists the tokens once; Storybook shows
 * them on its Theming page rather than in every widget's table.
 */
export const isThemeToken = (name) => /^--cst-(font|color|radius|space)-?/.test(name);
