import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/stat/stat.js';
import { exampleStory, widgetMeta } from './widget-stories.js';

const TAG = 'cst-stat';

const meta = {
  title: 'Widgets/A figure',
  component: TAG,
  ...widgetMeta(TAG, {
    docs: `One of NCMEC's figures as a callout: the number large, its year, the sentence that gives it
meaning and the guide it comes from. An older figure names NCMEC's newer figure of the same measure.

### When to use it
To open an awareness page or a section of one with a fact from NCMEC, under your own heading.

### Where to place it
At the top of a page or beside the paragraph it supports, in the main column. It has no heading
of its own: put it under yours.

### What not to do
- Do not put two figures side by side as if one followed the other: an older figure already names
  the newer one.
- Do not round, restate or combine the numbers in your own text: quote the widget, with its year.`,
  }),
} satisfies Meta;
export default meta;
type Story = StoryObj;

const example = (name: string): Story => exampleStory(TAG, name);

/** Every figure in the Controls' list. */
export const Playground: Story = {};
export const ReportsIn2024 = example('Reports in 2024');
export const EveryState = example('Every state');
export const MissingChildrenIn2024 = example('Missing children in 2024');
export const MissingFromCareIn2024 = example('Missing from care in 2024');
export const AnOlderFigureWithTheNewerOne = example('An older figure, with the newer one');
export const AnOlderFigureWithNoNewerOne = example('An older figure with no newer one');
export const Spanish: Story = { args: { stat: 'missing-2024' }, globals: { locale: 'es' }, tags: ['!autodocs'] };
