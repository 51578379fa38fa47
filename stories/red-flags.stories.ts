import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/red-flags/red-flags.js';
import { exampleStory, widgetMeta } from './widget-stories.js';

const TAG = 'cst-red-flags';

const meta = {
  title: 'Widgets/Red flags',
  component: TAG,
  ...widgetMeta(TAG, {
    docs: `NCMEC's warning signs and risk factors, by topic and searchable, with the framing statements
every view carries (the signs are not a checklist) and what to do: 911, a missing child, the
CyberTipline.

### When to use it
On a page that teaches adults to recognise child sex trafficking: a training page, a school's
safeguarding page, a foster parents' page. \`audience\` picks the signs and wording of the
reader's guide; \`kind="vulnerability"\` starts with the risk factors.

### Where to place it
In the main column, after an introduction (the overview widget, or your own), with room to grow:
a reader opens signs and filters topics. \`heading-level\` fits it into your page's outline.

### What not to do
- Do not present it, or anything around it, as a checklist, a score or a diagnosis: the framing
  statements are part of the widget and cannot be turned off.
- Do not shorten it to a few signs in a sidebar; \`categories\` narrows it by topic, in full.
- Do not add signs of your own beside it as if they were NCMEC's.`,
  }),
} satisfies Meta;
export default meta;
type Story = StoryObj;

const example = (name: string, extra: Story = {}): Story => exampleStory(TAG, name, extra);

/** Every attribute in Controls, from the widget's defaults. */
export const Playground: Story = {};
export const Default = example('Default');
export const Parents = example('Parents');
export const ProfessionalsEverySign = example('Professionals, every sign');
export const Educators = example('Educators');
export const RiskFactors = example('Risk factors');
export const SomeTopics = example('Some topics');
export const WithoutItsHeading = example('Without its heading');
export const Spanish: Story = { args: { audience: 'parents' }, globals: { locale: 'es' }, tags: ['!autodocs'] };

const root = (canvas: HTMLElement) => canvas.querySelector('cst-red-flags')!.shadowRoot!;
const titles = (canvas: HTMLElement) => [...root(canvas).querySelectorAll('[part~="toggle"]')].map((b) => b.textContent!.trim());
/** The widget has rendered, every sign with it. */
const ready = (canvas: HTMLElement) => waitFor(() => expect(root(canvas).querySelector('[part~="toggle"]')).toBeTruthy());

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
  globals: { locale: 'es' }, tags: ['!autodocs'],
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
