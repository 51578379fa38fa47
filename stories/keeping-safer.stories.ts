import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/keeping-safer/keeping-safer.js';
import { exampleStory, widgetMeta } from './widget-stories.js';

const TAG = 'cst-keeping-safer';

const meta = {
  title: 'Widgets/Keeping children safer',
  component: TAG,
  ...widgetMeta(TAG, {
    docs: `NCMEC's advice for keeping children safer, in the words of the reader's guide. For parents: talk
to your child, address the myths, build resiliency. For professionals and educators: prevention,
intervention and response. The emergency path closes it.

### When to use it
On a prevention page for parents, or a training page for staff.

### Where to place it
In the main column, after the red flags. \`heading-level\` fits it into your page's outline;
\`no-heading\` lets your page give the section its own heading.

### What not to do
- Do not mix its advice with your own without saying which is which.
- Do not cut it down to a few tips: each group is NCMEC's advice for that reader, in full. Leave a
  piece out (\`omit\`) only where the page says it elsewhere (DO "Listen", the missing child's steps).`,
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
export const WithoutItsHeading = example('Without its heading');
export const Spanish: Story = { args: { audience: 'parents' }, globals: { locale: 'es' }, tags: ['!autodocs'] };
