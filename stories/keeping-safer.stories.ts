import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/keeping-safer/keeping-safer.js';
import { fromExample } from './from-example.js';
import { AUDIENCES, type Audience } from '../src/content/types.js';

interface Args {
  audience: Audience;
  'heading-level': number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Keeping children safer',
  component: 'cst-keeping-safer',
  args: { audience: 'general', 'heading-level': 2 },
  argTypes: {
    audience: { control: 'inline-radio', options: AUDIENCES },
    'heading-level': { control: { type: 'range', min: 2, max: 6 } },
  },
  render: (args) => html`<cst-keeping-safer audience=${ifDefined(args.audience)} heading-level=${ifDefined(args['heading-level'])}></cst-keeping-safer>`,
  parameters: {
    docs: {
      description: {
        component:
          "NCMEC's advice for keeping children safer, in the words of the reader's guide: for parents, talk to your child, address the myths, build resiliency; for professionals and educators, prevention, intervention and response. The emergency path closes it. Place it after the warning signs on a prevention page; do not mix its advice with your own without saying which is which.",
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const General: Story = fromExample('cst-keeping-safer', 'General');
export const Parents: Story = fromExample('cst-keeping-safer', 'Parents');
export const Professionals: Story = fromExample('cst-keeping-safer', 'Professionals');
export const Educators: Story = fromExample('cst-keeping-safer', 'Educators');
export const WithoutItsHeading: Story = fromExample('cst-keeping-safer', 'Without its heading');
export const Spanish: Story = { args: { audience: 'parents' }, globals: { locale: 'es' } };
