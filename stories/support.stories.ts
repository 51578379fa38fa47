import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/support/support.js';
import { exampleStory, widgetMeta } from './widget-stories.js';

const TAG = 'cst-support';

const meta = {
  title: 'Widgets/How NCMEC can help',
  component: TAG,
  ...widgetMeta(TAG, {
    docs: `How NCMEC can help, for the reader: families' services, professionals' teams and trainings, and
the hotline and CyberTipline for everyone, with only the contacts NCMEC's guides give.

### When to use it
Wherever a reader may ask "whom do I call?": the end of an awareness page, a resources page.

### Where to place it
At the end of a page or of a section, in the main column. Your agency's own services go after it,
under a heading of their own.

### What not to do
- Do not add links or phone numbers to services the widget shows without one.
- Do not present your agency's services as NCMEC's.`,
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
