import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../src/components/red-flags/red-flags.js';
import { fromExample } from './from-example.js';
import { AUDIENCES, type Audience } from '../src/content/types.js';

interface Args {
  audience: Audience;
  kind: 'indicator' | 'vulnerability' | 'all';
  categories: string;
  'heading-level': number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Red flags',
  component: 'cst-red-flags',
  args: { audience: 'general', kind: 'indicator', categories: '', 'heading-level': 2 },
  argTypes: {
    audience: { control: 'inline-radio', options: AUDIENCES },
    kind: { control: 'inline-radio', options: ['indicator', 'vulnerability', 'all'] },
    categories: { control: 'text', description: 'Space-separated: behavior money online absences health circumstances' },
    'heading-level': { control: { type: 'range', min: 2, max: 6 } },
  },
  render: (args) => html`<cst-red-flags
    audience=${ifDefined(args.audience)}
    kind=${ifDefined(args.kind)}
    categories=${ifDefined(args.categories || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
  ></cst-red-flags>`,
  parameters: {
    docs: {
      description: {
        component:
          "NCMEC's warning signs and risk factors, filterable by topic and searchable, with the framing every view must carry and what to do (911, a missing child, the CyberTipline). Never a checklist or a score.",
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

const root = (canvas: HTMLElement) => canvas.querySelector('cst-red-flags')!.shadowRoot!;
const titles = (canvas: HTMLElement) => [...root(canvas).querySelectorAll('[part~="toggle"]')].map((b) => b.textContent!.trim());
/** The widget has rendered, every sign with it. */
const ready = (canvas: HTMLElement) => waitFor(() => expect(root(canvas).querySelector('[part~="toggle"]')).toBeTruthy());

export const Playground: Story = {};
export const Parents: Story = fromExample('cst-red-flags', 'Parents');
export const Professionals: Story = fromExample('cst-red-flags', 'Professionals, every sign');
export const Educators: Story = fromExample('cst-red-flags', 'Educators');
export const RiskFactors: Story = fromExample('cst-red-flags', 'Risk factors');
export const SomeTopics: Story = fromExample('cst-red-flags', 'Some topics');
export const Spanish: Story = { args: { audience: 'parents' }, globals: { locale: 'es' } };

/** A topic button narrows the list and says it is pressed. */
export const Filtered: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await ready(canvasElement);
    const money = [...root(canvasElement).querySelectorAll<HTMLElement>('[part~="filter"]')].find((b) =>
      b.textContent!.includes('Money'),
    )!;
    await userEvent.click(money);
    await waitFor(() => expect(money.getAttribute('aria-pressed')).toBe('true'));
    await waitFor(() => expect(titles(canvasElement)).toEqual(["Things they couldn't afford", 'Cash, prepaid cards or hotel keys']));
  },
};

/** Search ignores case and accents: "telefono" finds "teléfonos". */
export const SearchedInSpanish: Story = {
  globals: { locale: 'es' },
  play: async ({ canvasElement, userEvent }) => {
    await ready(canvasElement);
    await userEvent.type(root(canvasElement).querySelector<HTMLInputElement>('[part~="search"]')!, 'telefonos secretos');
    await waitFor(() => expect(titles(canvasElement)).toEqual(['Teléfonos secretos o varios teléfonos']));
    // The count is announced once the typing has paused for a second.
    await waitFor(() => expect(root(canvasElement).querySelector('[part~="status"]')!.textContent).toBe('1 señal de alerta en la lista'), { timeout: 3000 });
  },
};

/** When nothing matches, the widget says what to do. */
export const Empty: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await ready(canvasElement);
    await userEvent.type(root(canvasElement).querySelector<HTMLInputElement>('[part~="search"]')!, 'zzzz');
    await waitFor(() => expect(root(canvasElement).querySelector('[part~="empty"]')).toBeTruthy());
  },
};

/** Open all shows every explanation and its source. */
export const Expanded: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await ready(canvasElement);
    await userEvent.click(root(canvasElement).querySelectorAll<HTMLElement>('[part~="button"]')[1]);
    await waitFor(() =>
      expect(root(canvasElement).querySelectorAll('[aria-expanded="true"]').length).toBe(titles(canvasElement).length),
    );
    await expect(titles(canvasElement).length).toBeGreaterThan(1);
  },
};

/** An agency's colours, through custom properties. */
export const Themed: Story = {
  render: () => html`<style>
      .agency {
        --cst-red-flags-accent: #4a1a1a;
        --cst-red-flags-tint: #f7efe6;
        --cst-font-family: Georgia, serif;
      }
    </style>
    <cst-red-flags class="agency" audience="parents"></cst-red-flags>`,
};
