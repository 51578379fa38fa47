import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../src/components/hotline-banner/hotline-banner.js';
import { fromExample } from './from-example.js';
import { AUDIENCES, type Audience } from '../src/content/types.js';

interface Args {
  audience: Audience;
  variant: 'full' | 'compact';
  dismissible: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Hotline banner',
  component: 'cst-hotline-banner',
  args: { audience: 'general', variant: 'full', dismissible: false },
  argTypes: {
    audience: { control: 'inline-radio', options: AUDIENCES },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    dismissible: { control: 'boolean' },
  },
  render: (args) => html`<cst-hotline-banner
    audience=${ifDefined(args.audience)}
    variant=${ifDefined(args.variant)}
    ?dismissible=${args.dismissible}
  ></cst-hotline-banner>`,
  parameters: {
    docs: {
      description: {
        component:
          "NCMEC's 24-hour hotline, CyberTipline reporting and the 911 line, for every page of a site. " +
          'Use the toolbar to switch the language; every story is also checked by axe in Storybook\'s tests.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

const banner = (canvas: HTMLElement) => canvas.querySelector('cst-hotline-banner')!;
const part = (canvas: HTMLElement, name: string) =>
  banner(canvas).shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;

const example = (name: string, extra: Partial<Story> = {}): Story => fromExample('cst-hotline-banner', name, extra);

/** Change the attributes in Controls to see every option. */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'hotline')).toBeTruthy());
    await expect(part(canvasElement, 'hotline').getAttribute('href')).toBe('tel:+18008435678');
    await expect(part(canvasElement, 'hotline').textContent).toBe('1-800-THE-LOST (1-800-843-5678)');
  },
};

export const Default = example('Default');
export const Parents = example('Parents');
export const Professionals = example('Professionals');
export const Educators = example('Educators');
export const Compact = example('Compact');
export const WithLocalLine = example('With local line');
export const CustomMessage = example('Custom message');
export const CompactDismissible = example('Compact dismissible');

/** The close button hides the banner for this page view only; `cst-dismiss` can veto it. */
export const Dismissible = example('Dismissible', {
  play: async ({ canvasElement, userEvent }) => {
    const el = banner(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'dismiss-button')).toBeTruthy());
    let dismissEvents = 0;
    el.addEventListener('cst-dismiss', () => dismissEvents++);
    await userEvent.click(part(canvasElement, 'dismiss-button'));
    await waitFor(() => expect(el.hasAttribute('dismissed')).toBe(true));
    await expect(dismissEvents).toBe(1);
    await expect((el as HTMLElement).offsetHeight).toBe(0);
    el.removeAttribute('dismissed');
  },
});

/** Every story in Spanish: the toolbar's Language menu does the same for any story. */
export const Spanish: Story = {
  args: { audience: 'parents', dismissible: true },
  globals: { locale: 'es' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'title').textContent).toBe('Línea directa de 24 horas'));
    await expect(part(canvasElement, 'base').getAttribute('lang')).toBe('es');
    await expect(part(canvasElement, 'message').textContent).toContain('Si su hijo o hija se escapa de casa');
  },
};

export const SpanishCompact: Story = {
  args: { variant: 'compact' },
  globals: { locale: 'es' },
};

/** Theming with custom properties and parts, as an agency with its own colours would. */
export const Themed: Story = {
  render: (args) => html`
    <style>
      .agency-theme {
        --cst-hotline-banner-background: #4a1a1a;
        --cst-hotline-banner-focus: #ffd27a;
        --cst-font-family: Georgia, serif;
      }
      .agency-theme::part(hotline) {
        letter-spacing: 0.02em;
      }
    </style>
    <cst-hotline-banner class="agency-theme" audience=${args.audience} variant=${args.variant}></cst-hotline-banner>
  `,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'base')).toBeTruthy());
    await expect(getComputedStyle(part(canvasElement, 'base')).backgroundColor).toBe('rgb(74, 26, 26)');
  },
};
