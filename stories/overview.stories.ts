import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/overview/overview.js';
import { exampleStory, widgetMeta } from './widget-stories.js';

const TAG = 'cst-overview';

const meta = {
  title: 'Widgets/Overview',
  component: TAG,
  ...widgetMeta(TAG, {
    docs: `What child sex trafficking is, who the victims and the traffickers are, how a child becomes a
victim and why NCMEC says "victim", in the words of the reader's guide (\`audience\`).

### When to use it
To open an awareness page, or wherever a reader needs the definition first. \`sections\` keeps
only some parts: the definition alone, for instance.

### Where to place it
Near the top of the main column, before the warning signs and the types of trafficking.

### What not to do
- Do not add your own statistics or definitions around it as if they were NCMEC's.
- Do not restate its definitions in other words on the same page: NCMEC's terms ("victim",
  "survivor") are chosen with care.`,
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
export const TheDefinitionOnly = example('The definition only');
export const WithoutItsHeading = example('Without its heading');
export const Spanish: Story = { args: { audience: 'parents' }, globals: { locale: 'es' }, tags: ['!autodocs'] };
