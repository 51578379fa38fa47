import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/support/support.js';
import { fromExample } from './from-example.js';
import { AUDIENCES, type Audience } from '../src/content/types.js';

interface Args {
  audience: Audience;
  'heading-level': number;
}

const meta: Meta<Args> = {
  title: 'Widgets/How NCMEC can help',
  component: 'cst-support',
  args: { audience: 'general', 'heading-level': 2 },
  argTypes: {
    audience: { control: 'inline-radio', options: AUDIENCES },
    'heading-level': { control: { type: 'range', min: 2, max: 6 } },
  },
  render: (args) => html`<cst-support audience=${ifDefined(args.audience)} heading-level=${ifDefined(args['heading-level'])}></cst-support>`,
  parameters: {
    docs: {
      description: {
        component:
          "How NCMEC can help, for the reader: families' services, professionals' teams and trainings, and the hotline and CyberTipline for everyone, with only the contacts NCMEC's guides give. Place it at the end of a page, where a reader looks for whom to call; do not add links to services the widget shows without one.",
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const General: Story = fromExample('cst-support', 'General');
export const Parents: Story = fromExample('cst-support', 'Parents');
export const Professionals: Story = fromExample('cst-support', 'Professionals');
export const Educators: Story = fromExample('cst-support', 'Educators');
export const WithoutItsHeading: Story = fromExample('cst-support', 'Without its heading');
export const Spanish: Story = { args: { audience: 'parents' }, globals: { locale: 'es' } };
