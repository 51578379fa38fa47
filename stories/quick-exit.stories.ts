import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../src/components/quick-exit/quick-exit.js';
import { fromExample } from './from-example.js';

interface Args {
  href: string;
  position: 'top' | 'bottom' | 'inline';
  'show-note': boolean;
  'no-shortcut': boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Quick exit',
  component: 'cst-quick-exit',
  args: { href: 'https://www.weather.gov/', position: 'inline', 'show-note': false, 'no-shortcut': false },
  argTypes: { position: { control: 'inline-radio', options: ['top', 'bottom', 'inline'] } },
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
  render: (args) => html`<cst-quick-exit
    href=${ifDefined(args.href)}
    position=${ifDefined(args.position)}
    ?show-note=${args['show-note']}
    ?no-shortcut=${args['no-shortcut']}
  ></cst-quick-exit>`,
  parameters: {
    docs: {
      description: {
        component:
          'A way to leave the page at once: it covers the page, blanks the tab title and replaces the page in history with a neutral site, sending no Referer. Pressing Shift three times within 5 seconds does the same (only quick presses of Shift alone count), with a countdown under the button. With `position` `top` or `bottom` only the button\'s bar is sticky; the note scrolls with the page. It does not erase browsing history. Here in Storybook the exit is cancelled.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Inline: Story = {};
export const WithNote: Story = fromExample('cst-quick-exit', 'Inline, with note');
export const Spanish: Story = { args: { 'show-note': true }, globals: { locale: 'es' } };
export const NoShortcut: Story = fromExample('cst-quick-exit', 'Inline, without the Shift shortcut');

/** Clicking fires the cancelable cst-exit, which this story cancels. */
export const Clicked: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const link = () => canvasElement.querySelector('cst-quick-exit')!.shadowRoot!.querySelector<HTMLElement>('[part~="link"]');
    await waitFor(() => expect(link()).toBeTruthy());
    await userEvent.click(link()!);
    await waitFor(() => expect(canvasElement.querySelector('output')!.textContent).toContain('https://www.weather.gov/'));
  },
};

/** One press of Shift: the countdown shows under the button (and is said to screen readers) for 5 seconds. */
export const ShortcutCountdown: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const root = () => canvasElement.querySelector('cst-quick-exit')!.shadowRoot!;
    await waitFor(() => expect(root().querySelector('[part~="link"]')).toBeTruthy());
    await userEvent.keyboard('{Shift}');
    await waitFor(() => expect(root().querySelector('[part~="countdown"]')!.textContent).toContain('Press Shift 2 more times'));
  },
};
