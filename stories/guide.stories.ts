import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/guide/guide.js';
import { fromExample } from './from-example.js';
import { AUDIENCES, type Audience } from '../src/content/types.js';

interface Args {
  audience: Audience;
  sections: string;
  'heading-level': number;
}

const meta: Meta<Args> = {
  title: 'Widgets/A whole guide',
  component: 'cst-guide',
  args: { audience: 'parents', sections: '', 'heading-level': 2 },
  argTypes: {
    audience: { control: 'inline-radio', options: AUDIENCES },
    sections: { control: 'text' },
    'heading-level': { control: { type: 'range', min: 2, max: 6 } },
  },
  render: (args) =>
    html`<cst-guide audience=${ifDefined(args.audience)} sections=${ifDefined(args.sections || undefined)} heading-level=${ifDefined(args['heading-level'])}></cst-guide>`,
  parameters: {
    docs: {
      description: {
        component:
          "NCMEC's guide for a reader as one page: the emergency path at the top, a contents list, and every part in the order of the reader's guide, made of the library's widgets. Give it a page of its own (a \"What parents need to know\" page), under your page's title; do not put other widgets of the library beside it, since it holds them all.",
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Parents: Story = fromExample('cst-guide', 'Parents');
export const Professionals: Story = fromExample('cst-guide', 'Professionals');
export const Educators: Story = fromExample('cst-guide', 'Educators');
export const General: Story = fromExample('cst-guide', 'General');
export const WhatToDoAndWhomToCall: Story = fromExample('cst-guide', 'What to do and whom to call');
export const Spanish: Story = { args: { audience: 'parents' }, globals: { locale: 'es' } };
