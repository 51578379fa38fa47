import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/missing-child/missing-child.js';
import { exampleStory, widgetMeta } from './widget-stories.js';

const TAG = 'cst-missing-child';

const meta = {
  title: 'Widgets/A missing child',
  component: TAG,
  ...widgetMeta(TAG, {
    docs: `What to do when a child is missing, and when they come back, as numbered steps in the order of
NCMEC's guides: 911 for a child in immediate danger, law enforcement, then NCMEC's 24-hour hotline;
then relief and concern, non-judgmental questions, red flags and specialized services. The steps
use the words of the reader's guide (\`audience\`). It prints as one page.

### When to use it
Where a reader looks for what to do now: a "missing child" page, a foster parents' page, a
caseworkers' procedures page.

### Where to place it
In the main column, high on the page; not in a sidebar.

### What not to do
- Do not shorten or reorder the steps: 911 and law enforcement come before NCMEC.
- Do not add your agency's own procedure inside it; put it after the widget, under its own heading.`,
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
