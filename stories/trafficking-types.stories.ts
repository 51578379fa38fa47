import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../src/components/trafficking-types/trafficking-types.js';
import '../src/components/trafficking-types/trafficking-type.js';
import { fromExample } from './from-example.js';

interface Args {
  types: string;
  'no-intro': boolean;
  'heading-level': number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Trafficking types',
  component: 'cst-trafficking-types',
  args: { types: '', 'no-intro': false, 'heading-level': 2 },
  argTypes: {
    types: { control: 'text', description: 'Space-separated: pimp-controlled familial gang-controlled buyer-perpetrated' },
    'heading-level': { control: { type: 'range', min: 2, max: 6 } },
  },
  render: (args) => html`<cst-trafficking-types
    types=${ifDefined(args.types || undefined)}
    ?no-intro=${args['no-intro']}
    heading-level=${ifDefined(args['heading-level'])}
  ></cst-trafficking-types>`,
  parameters: {
    docs: {
      description: {
        component:
          "NCMEC's four types of child sex trafficking as cards, after NCMEC's definition: traffickers can be anyone, including family.",
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const AllFour: Story = fromExample('cst-trafficking-types', 'All four');
export const Subset: Story = fromExample('cst-trafficking-types', 'Some types');
export const WithoutIntro: Story = fromExample('cst-trafficking-types', 'Without the introduction');
export const Spanish: Story = { globals: { locale: 'es' } };

/** "Learn more" opens the details and the guide they come from. */
export const LearnMore: Story = {
  args: { types: 'familial' },
  play: async ({ canvasElement, userEvent }) => {
    const root = () => canvasElement.querySelector('cst-trafficking-types')!.shadowRoot!;
    await waitFor(() => expect(root().querySelector('[part~="toggle"]')).toBeTruthy());
    const toggle = root().querySelector<HTMLElement>('[part~="toggle"]')!;
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
    await expect(root().querySelector('[part~="details"]')!.textContent).toContain('trafficking as early as toddler-age');
  },
};

/** One card, for a page about one type. */
export const SingleCard: Story = {
  render: () => html`<div style="max-width: 22rem">
    <cst-trafficking-type type="buyer-perpetrated" heading-level="3"></cst-trafficking-type>
  </div>`,
};

export const Themed: Story = {
  render: () => html`<style>
      .agency {
        --cst-trafficking-types-accent: #4a1a1a;
        --cst-trafficking-types-tint: #f7efe6;
        --cst-font-family: Georgia, serif;
      }
    </style>
    <cst-trafficking-types class="agency"></cst-trafficking-types>`,
};
