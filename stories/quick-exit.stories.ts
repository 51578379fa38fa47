import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/quick-exit/quick-exit.js';
import { exampleStory, widgetMeta } from './widget-stories.js';

const TAG = 'cst-quick-exit';

const meta = {
  title: 'Widgets/Quick exit',
  component: TAG,
  ...widgetMeta(TAG, {
    docs: `A way to leave the page at once: it covers the page, blanks the tab title and replaces the page in
history with a neutral site, sending no Referer. Pressing Shift three times within 5 seconds does the
same (only quick presses of Shift alone count), with a countdown beside the button, inside its bar.
Once started, only the reader brings the page back: if the next page does not come (Escape or Stop
pressed while it loads, a slow network), the cover stays and offers "Leave now" and "Back to the
page". It does not erase browsing history: \`show-note\` says so. Here in Storybook the exit is cancelled, so you stay.

### When to use it
On every page a child or a worried adult may need to hide quickly: pages about abuse, trafficking
or getting help.

### Where to place it
Once per page, first in the page (before the banner), so it is the first thing the keyboard
reaches. \`position="top"\` (the default) keeps its bar in view while the page scrolls;
\`inline\` puts it where it is written.

### What not to do
- Do not send it to a page of your own site or to a search for your site: \`href\` must be a
  neutral \`https:\` site.
- Do not put two on one page, or a second Shift shortcut of your own.
- Do not promise that it hides the visit: it does not clear the history.`,
  }),
  // In Storybook the exit is cancelled, so you stay here: the story shows "Exit cancelled" instead.
  decorators: [
    (story) => html`<div
      @cst-exit=${(event: CustomEvent) => {
        event.preventDefault();
        (event.currentTarget as HTMLElement).querySelector('output')!.textContent = `Exit cancelled (would go to ${event.detail.href})`;
      }}
    >
      ${story()}
      <p><output aria-live="polite"></output></p>
    </div>`,
  ],
} satisfies Meta;
export default meta;
type Story = StoryObj;

const example = (name: string): Story => exampleStory(TAG, name);

/** Every attribute in Controls; inline here, so the bar does not cover the docs page. */
export const Playground: Story = { args: { position: 'inline' } };
export const AtTheTopWithNote = example('At the top, with note');
export const Inline = example('Inline');
export const InlineWithNote = example('Inline, with note');
export const InlineWithoutTheShiftShortcut = example('Inline, without the Shift shortcut');
export const InlineWithItsOwnExitAddress = example('Inline, with its own exit address');
export const Spanish: Story = { args: { position: 'inline', 'show-note': true }, globals: { locale: 'es' }, tags: ['!autodocs'] };

/** Clicking fires the cancelable cst-exit, which this story cancels. */
export const Clicked: Story = {
  args: { position: 'inline' },
  play: async ({ canvasElement, userEvent }) => {
    const link = () => canvasElement.querySelector(TAG)!.shadowRoot!.querySelector<HTMLElement>('[part~="link"]');
    await waitFor(() => expect(link()).toBeTruthy());
    await userEvent.click(link()!);
    await waitFor(() => expect(canvasElement.querySelector('output')!.textContent).toContain('https://www.weather.gov/'));
  },
};

/** One press of Shift: the countdown shows beside the button, in its bar (and is said to screen readers), for 5 seconds. */
export const ShortcutCountdown: Story = {
  args: { position: 'inline' },
  play: async ({ canvasElement, userEvent }) => {
    const root = () => canvasElement.querySelector(TAG)!.shadowRoot!;
    await waitFor(() => expect(root().querySelector('[part~="link"]')).toBeTruthy());
    await userEvent.keyboard('{Shift}');
    await waitFor(() => expect(root().querySelector('[part~="countdown"]')!.textContent).toContain('Press Shift 2 more times'));
  },
};

