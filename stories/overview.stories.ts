import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/overview/overview.js';
import { fromExample } from './from-example.js';
import { AUDIENCES, type Audience } from '../src/content/types.js';

interface Args {
  audience: Audience;
  sections: string;
  'heading-level': number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Overview',
  component: 'cst-overview',
  args: { audience: 'general', sections: '', 'heading-level': 2 },
  argTypes: {
    audience: { control: 'inline-radio', options: AUDIENCES },
    sections: { control: 'text' },
    'heading-level': { control: { type: 'range', min: 2, max: 6 } },
  },
  render: (args) =>
    html`<cst-overview audience=${ifDefined(args.audience)} sections=${ifDefined(args.sections || undefined)} heading-level=${ifDefined(args['heading-level'])}></cst-overview>`,
  parameters: {
    docs: {
      description: {
        component:
          "What child sex trafficking is, who the victims and the traffickers are, how a child becomes a victim and why NCMEC says \"victim\", in the words of the reader's guide. Use it to open an awareness page; `sections` keeps only some parts (the definition alone, for instance). Do not add your own statistics or definitions around it.",
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const General: Story = fromExample('cst-overview', 'General');
export const Parents: Story = fromExample('cst-overview', 'Parents');
export const Professionals: Story = fromExample('cst-overview', 'Professionals');
export const Educators: Story = fromExample('cst-overview', 'Educators');
export const TheDefinitionOnly: Story = fromExample('cst-overview', 'The definition only');
export const WithoutItsHeading: Story = fromExample('cst-overview', 'Without its heading');
export const Spanish: Story = { args: { audience: 'parents' }, globals: { locale: 'es' } };
