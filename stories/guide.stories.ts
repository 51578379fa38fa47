import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/guide/guide.js';
import { exampleStory, widgetMeta } from './widget-stories.js';

const TAG = 'cst-guide';

const meta = {
  title: 'Widgets/A whole guide',
  component: TAG,
  ...widgetMeta(TAG, {
    docs: `NCMEC's guide for a reader as one page: the emergency path at the top, a contents list, and every
part in the order of the reader's guide, made of the library's widgets.

### When to use it
For a page of its own: "What parents need to know", a staff training page. \`sections\` keeps
only some parts (what to do and whom to call, for instance).

### Where to place it
As the main content of the page, under your page's title (\`heading-level\` fits its headings
under yours).

### What not to do
- Do not put the content widgets beside it (red flags, the overview…): it holds them all, and the
  page would repeat itself. The quick exit belongs on its page as on any other.
- Do not put it in a narrow column or a tab: it is a long read, with a contents list to move in it.`,
  }),
} satisfies Meta;
export default meta;
type Story = StoryObj;

const example = (name: string): Story => exampleStory(TAG, name);

/** Every attribute in Controls, from the widget's defaults. */
export const Playground: Story = {};
export const Parents = example('Parents');
export const Professionals = example('Professionals');
export const Educators = example('Educators');
export const General = example('General');
export const WhatToDoAndWhomToCall = example('What to do and whom to call');
export const Spanish: Story = { args: { audience: 'parents' }, globals: { locale: 'es' }, tags: ['!autodocs'] };
