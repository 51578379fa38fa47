import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/hotline-banner/hotline-banner.js';
import { exampleStory, widgetMeta } from './widget-stories.js';

const TAG = 'cst-hotline-banner';

const meta = {
  title: 'Widgets/Hotline banner',
  component: TAG,
  ...widgetMeta(TAG, {
    docs: `NCMEC's 24-hour hotline 1-800-THE-LOST (1-800-843-5678) with a message for the reader, then what
to do, in order: 911 for a child in immediate danger, law enforcement and NCMEC for a missing child,
the CyberTipline for concerns.

### When to use it
On every page of a site about children's safety, so that the number is there when someone needs
it. The message changes with \`audience\`; your agency's own line goes in the \`local\` slot, under
NCMEC's.

### Where to place it
Once per page, at the top of the main content or just above the footer. \`variant="compact"\`
fits a site header. It is a labelled region, never an alert: it does not interrupt a screen reader.

### What not to do
- Do not repeat the numbers or the links in your own text around it: the banner's are tested, a
  copy is not.
- Do not make it \`dismissible\` on a page about what to do: a reader in a hurry may close it
  before reading it (it comes back only on the next page).
- Do not put a second banner on the same page; use \`label\` if one page really needs two.`,
  }),
} satisfies Meta;
export default meta;
type Story = StoryObj;

const banner = (canvas: HTMLElement) => canvas.querySelector(TAG)!;
const part = (canvas: HTMLElement, name: string) => banner(canvas).shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;
const example = (name: string, extra: Story = {}): Story => exampleStory(TAG, name, extra);

/** Every attribute in Controls, from the banner's defaults. */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'hotline')).toBeTruthy());
    await expect(part(canvasElement, 'hotline').getAttribute('href')).toBe('tel:+18008435678');
    await expect(part(canvasElement, 'hotline').textContent).toBe('1-800-THE-LOST (1-800-843-5678)');
  },
};

export const Default = example('Default');
export const Parents = example('Parents');
export const Professionals = example('Professionals');
export const Educators = example('Educators');
export const Compact = example('Compact');
export const ParentsDismissible = example('Parents, dismissible');
export const CompactDismissible = example('Compact dismissible');
export const WithLocalLine = example('With local line');
export const CustomMessage = example('Custom message');

/** The close button hides the banner for this page view only; `cst-dismiss` can veto it. */
export const Dismissible = example('Dismissible', {
  play: async ({ canvasElement, userEvent }) => {
    const el = banner(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'dismiss-button')).toBeTruthy());
    let dismissEvents = 0;
    el.addEventListener('cst-dismiss', () => dismissEvents++);
    await userEvent.click(part(canvasElement, 'dismiss-button'));
    await waitFor(() => expect(el.hasAttribute('dismissed')).toBe(true));
    await expect(dismissEvents).toBe(1);
    await expect((el as HTMLElement).offsetHeight).toBe(0);
    el.removeAttribute('dismissed');
  },
});

/** In Spanish: the toolbar's Language menu does the same for any story. */
export const Spanish: Story = {
  args: { audience: 'parents', dismissible: true },
  globals: { locale: 'es' }, tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'title').textContent).toBe('Línea directa de 24 horas'));
    await expect(part(canvasElement, 'base').getAttribute('lang')).toBe('es');
    await expect(part(canvasElement, 'message').textContent).toContain('Si su hijo o hija se escapa de casa');
  },
};

export const SpanishCompact: Story = { args: { variant: 'compact' }, globals: { locale: 'es' }, tags: ['!autodocs'] };

/** An agency's colours, through custom properties and a part (the Theming page changes the tokens live). */
export const Themed: Story = {
  render: () => html`
    <style>
      .agency-theme {
        --cst-hotline-banner-background: #4a1a1a;
        --cst-hotline-banner-focus: #ffd27a;
        --cst-font-family: Georgia, serif;
      }
      .agency-theme::part(hotline) {
        letter-spacing: 0.02em;
      }
    </style>
    <cst-hotline-banner class="agency-theme"></cst-hotline-banner>
  `,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'base')).toBeTruthy());
    await expect(getComputedStyle(part(canvasElement, 'base')).backgroundColor).toBe('rgb(74, 26, 26)');
  },
};
