import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/trafficking-types/trafficking-types.js';
import { exampleStory, widgetMeta } from './widget-stories.js';

const TAG = 'cst-trafficking-types';

const meta = {
  title: 'Widgets/Trafficking types',
  component: TAG,
  ...widgetMeta(TAG, {
    docs: `NCMEC's four types of child sex trafficking as cards, after NCMEC's definition: traffickers can
be anyone, including family. "Learn more" opens each card's details and its source.

### When to use it
On an awareness or training page. \`types\` shows some of the four; one card alone is
\`<cst-trafficking-type>\`.

### Where to place it
In the main column, after the definition (the overview widget) and before the warning signs,
where the cards have room to sit side by side (they stack on a phone).

### What not to do
- Do not leave out the introduction (\`no-intro\`) unless the page gives NCMEC's definition
  nearby: it says that traffickers can be anyone, including family.
- Do not rename the types or add your own card among NCMEC's.`,
  }),
} satisfies Meta;
export default meta;
type Story = StoryObj;

const example = (name: string, extra: Story = {}): Story => exampleStory(TAG, name, extra);

/** Every attribute in Controls, from the widget's defaults. */
export const Playground: Story = {};
export const AllFour = example('All four');
export const SomeTypes = example('Some types');
export const WithoutTheIntroduction = example('Without the introduction');
export const HeadingLevel3 = example('Heading level 3');
export const Spanish: Story = { globals: { locale: 'es' }, tags: ['!autodocs'] };

/** "Learn more" opens the details and the guide they come from. */
export const LearnMore: Story = {
  args: { types: ['familial'] },
  play: async ({ canvasElement, userEvent }) => {
    const root = () => canvasElement.querySelector(TAG)!.shadowRoot!;
    await waitFor(() => expect(root().querySelector('[part~="toggle"]')).toBeTruthy());
    const toggle = root().querySelector<HTMLElement>('[part~="toggle"]')!;
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
    await expect(root().querySelector('[part~="details"]')!.textContent).toContain('trafficking as early as toddler-age');
  },
};

/** An agency's colours, through custom properties. */
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
