import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/stat/stat.js';
import { STAT_IDS } from '../src/components/stat/stat.js';
import { fromExample } from './from-example.js';

interface Args {
  stat: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/A figure',
  component: 'cst-stat',
  args: { stat: 'reports-2024' },
  argTypes: {
    stat: { control: 'select', options: STAT_IDS },
  },
  render: (args) => html`<cst-stat stat=${ifDefined(args.stat)}></cst-stat>`,
  parameters: {
    docs: {
      description: {
        component:
          "One of NCMEC's figures as a callout: the number large, its year, the sentence that gives it meaning and the guide it comes from. Use it at the top of an awareness page, under your own heading. Do not put two figures side by side as if one followed the other: an older figure already names NCMEC's newer figure of the same measure.",
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const ReportsIn2024: Story = fromExample('cst-stat', 'Reports in 2024');
export const EveryState: Story = fromExample('cst-stat', 'Every state');
export const MissingChildrenIn2024: Story = fromExample('cst-stat', 'Missing children in 2024');
export const MissingFromCareIn2024: Story = fromExample('cst-stat', 'Missing from care in 2024');
export const AnOlderFigureWithTheNewerOne: Story = fromExample('cst-stat', 'An older figure, with the newer one');
export const AnOlderFigureWithNoNewerOne: Story = fromExample('cst-stat', 'An older figure with no newer one');
export const Spanish: Story = { args: { stat: 'missing-2024' }, globals: { locale: 'es' } };
