import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/do-dont/do-dont.js';
import { exampleStory, widgetMeta } from './widget-stories.js';

const TAG = 'cst-do-dont';

const meta = {
  title: "Widgets/Do and don't",
  component: TAG,
  ...widgetMeta(TAG, {
    docs: `How to respond when a child might be a victim: NCMEC's DO (Be patient, Listen, Reassure) and
DON'T (Assume, Blame, Interrogate), with the guidance for each reader and what to do next. "Do" and
"Don't" are words, not only colours.

### When to use it
Where adults learn what to say and not say to a child: a training page, a parents' page, after
the warning signs.

### Where to place it
In the main column; \`variant="compact"\` fits a narrow column or a card.

### What not to do
- Do not reword the DO and DON'T labels, or recolour them so the two look alike.
- Do not turn it into a script for questioning a child: NCMEC's advice is to listen, not to
  interrogate.`,
  }),
} satisfies Meta;
export default meta;
type Story = StoryObj;

const example = (name: string): Story => exampleStory(TAG, name);

/** Every attribute in Controls, from the widget's defaults. */
export const Playground: Story = {};
export const General = example('General');
export const Parents = example('Parents');
export const Professionals = example('Professionals');
export const Educators = example('Educators');
export const Compact = example('Compact');
export const Spanish: Story = { args: { audience: 'parents' }, globals: { locale: 'es' }, tags: ['!autodocs'] };

/** An agency's colours, through custom properties. */
export const Themed: Story = {
  render: () => html`<style>
      .agency {
        --cst-do-dont-accent: #4a1a1a;
        --cst-do-dont-tint: #f7efe6;
        --cst-font-family: Georgia, serif;
      }
    </style>
    <cst-do-dont class="agency" audience="parents"></cst-do-dont>`,
};
