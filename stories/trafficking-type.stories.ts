import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/trafficking-types/trafficking-type.js';
import { exampleStory, widgetMeta } from './widget-stories.js';

const TAG = 'cst-trafficking-type';

const meta = {
  title: 'Widgets/One trafficking type',
  component: TAG,
  ...widgetMeta(TAG, {
    docs: `One of NCMEC's four types of child sex trafficking as a card: its name, NCMEC's definition, and
"Learn more" for the details and their source. The same card as in \`<cst-trafficking-types>\`.

### When to use it
On a page about one type (familial trafficking, for a family services page), or in a grid of your
own.

### Where to place it
Beside the text it illustrates, or in a narrow column: it takes the width it is given.
\`heading-level\` fits its name into your page's outline.

### What not to do
- Do not use it to show the four types one by one: \`<cst-trafficking-types>\` keeps NCMEC's
  definition with them.
- Do not write your own summary of the type on the card's side as if it were NCMEC's.`,
  }),
} satisfies Meta;
export default meta;
type Story = StoryObj;

const example = (name: string): Story => exampleStory(TAG, name);

/** Every attribute in Controls, from the widget's defaults. */
export const Playground: Story = {};
export const Familial = example('Familial');
export const PimpControlled = example('Pimp-controlled');
export const GangControlled = example('Gang-controlled');
export const BuyerPerpetrated = example('Buyer-perpetrated');
export const Spanish: Story = { args: { type: 'familial' }, globals: { locale: 'es' }, tags: ['!autodocs'] };
