import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import manifest from '../custom-elements.json';
import { isThemeToken } from '../scripts/theme-tokens.mjs';
import '../src/index.js';

/**
 * The theme tokens, live: each token is a control (from custom-elements.json, where the widgets'
 * base class documents them once), and the widgets below take the values as a page's CSS would
 * give them. The Theming page (theming.mdx) shows this story with its controls.
 */
const tokens = manifest.modules
  .flatMap((m) => m.declarations as { tagName?: string; cssProperties?: { name: string; default?: string; description?: string; syntax?: string }[] }[])
  .find((d) => d.tagName)!
  .cssProperties!.filter((p) => isThemeToken(p.name));

/** A page's own style sheet (Lit binds no values inside `<style>`, so it is made as an element). */
function pageStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = `${css} .themed > * + * { display: block; margin-block-start: 2em; }`;
  return style;
}

const meta = {
  title: 'Theming',
  args: Object.fromEntries(tokens.map((t) => [t.name, t.default])),
  argTypes: Object.fromEntries(
    tokens.map((t) => [
      t.name,
      {
        description: t.description,
        control: t.syntax === '<color>' ? { type: 'color', presetColors: [t.default] } : 'text',
        table: { defaultValue: { summary: t.default }, type: { summary: t.syntax ?? 'CSS value' } },
      },
    ]),
  ),
  // The tokens as a page sets them (on an element around the widgets, here), from the controls.
  render: (args) => html`${pageStyle(`.themed { ${tokens.map((t) => `${t.name}: ${args[t.name] || t.default};`).join(' ')} }`)}
    <div class="themed">
      <cst-hotline-banner audience="parents"></cst-hotline-banner>
      <cst-stat></cst-stat>
      <cst-do-dont audience="parents" variant="compact"></cst-do-dont>
      <cst-trafficking-type type="familial" heading-level="3"></cst-trafficking-type>
    </div>`,
  // Its docs page is theming.mdx.
  tags: ['!autodocs'],
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Change a token in Controls: every widget below follows. */
export const Tokens: Story = {};

/** An agency's palette, as docs/theming.md's first worked example sets it. */
export const AgencyBlue: Story = {
  args: { '--cst-color-accent': '#0b5394', '--cst-color-tint': '#e8f0f8', '--cst-color-strong': '#0a2f5c' },
  play: async ({ canvasElement }) => {
    const banner = canvasElement.querySelector('cst-hotline-banner')!;
    await waitFor(() => expect(banner.shadowRoot!.querySelector('[part~="base"]')).toBeTruthy());
    await expect(getComputedStyle(banner.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor).toBe('rgb(10, 47, 92)');
  },
};
