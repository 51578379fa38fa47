import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/do-dont/do-dont.js';
import { fromExample } from './from-example.js';
import { AUDIENCES, type Audience } from '../src/content/types.js';

interface Args {
  audience: Audience;
  variant: 'full' | 'compact';
  'heading-level': number;
}

const meta: Meta<Args> = {
  title: "Widgets/Do and don't",
  component: 'cst-do-dont',
  args: { audience: 'general', variant: 'full', 'heading-level': 2 },
  argTypes: {
    audience: { control: 'inline-radio', options: AUDIENCES },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    'heading-level': { control: { type: 'range', min: 2, max: 6 } },
  },
  render: (args) => html`<cst-do-dont
    audience=${ifDefined(args.audience)}
    variant=${ifDefined(args.variant)}
    heading-level=${ifDefined(args['heading-level'])}
  ></cst-do-dont>`,
  parameters: {
    docs: {
      description: {
        component:
          "How to respond when a child might be a victim: NCMEC's DO (Be patient, Listen, Reassure) and DON'T (Assume, Blame, Interrogate), with the guidance for each reader.",
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const General: Story = fromExample('cst-do-dont', 'General');
export const Parents: Story = fromExample('cst-do-dont', 'Parents');
export const Professionals: Story = fromExample('cst-do-dont', 'Professionals');
export const Educators: Story = fromExample('cst-do-dont', 'Educators');
export const Compact: Story = {
  args: { variant: 'compact' },
  render: (args) => html`<div style="max-width: 20rem"><cst-do-dont variant=${args.variant}></cst-do-dont></div>`,
};
export const Spanish: Story = { args: { audience: 'parents' }, globals: { locale: 'es' } };
export const Themed: Story = {
  render: () => html`<style>
      .agency {
        --cst-do-dont-accent: #4a1a1a;
        --cst-do-dont-tint: #f7efe6;
        --cst-font-family: Georgia, serif;
      }
    </style>
    <cst-do-dont class="agency" audience="parents"></cst-do-dont>`,
};
