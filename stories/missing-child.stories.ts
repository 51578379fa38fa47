import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/missing-child/missing-child.js';
import { fromExample } from './from-example.js';
import { AUDIENCES, type Audience } from '../src/content/types.js';

interface Args {
  audience: Audience;
  'heading-level': number;
}

const meta: Meta<Args> = {
  title: 'Widgets/A missing child',
  component: 'cst-missing-child',
  args: { audience: 'general', 'heading-level': 2 },
  argTypes: {
    audience: { control: 'inline-radio', options: AUDIENCES },
    'heading-level': { control: { type: 'range', min: 2, max: 6 } },
  },
  render: (args) => html`<cst-missing-child audience=${ifDefined(args.audience)} heading-level=${ifDefined(args['heading-level'])}></cst-missing-child>`,
  parameters: {
    docs: {
      description: {
        component:
          "What to do when a child is missing, and when they come back, as numbered steps in the order of NCMEC's guides: 911 for a child in immediate danger, law enforcement, then NCMEC's 24-hour hotline; then relief and concern, non-judgmental questions, red flags and specialized services. The steps use the words of the reader's guide (`audience`). Place it where a reader looks for what to do now (a \"missing child\" page, a foster parents' page), not in a sidebar; do not shorten or reorder the steps.",
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const General: Story = fromExample('cst-missing-child', 'General');
export const Parents: Story = fromExample('cst-missing-child', 'Parents');
export const Professionals: Story = fromExample('cst-missing-child', 'Professionals');
export const Educators: Story = fromExample('cst-missing-child', 'Educators');
export const WithoutItsHeading: Story = fromExample('cst-missing-child', 'Without its heading');
export const Spanish: Story = { args: { audience: 'parents' }, globals: { locale: 'es' } };
