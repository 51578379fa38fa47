import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { HOSTS } from '../src/hosts.js';
import { setLocale } from '../src/localization.js';

// The docs tables and the controls (stories/widget-stories.ts) come from the manifest: the public
// API only, as `npm run manifest` writes and checks it.
setCustomElementsManifest(manifest);
setStorybookHelpersConfig({ hideArgRef: true, categoryOrder: ['attributes', 'properties', 'slots', 'events', 'methods', 'cssProps', 'cssParts', 'cssStates'] });

/**
 * The host pages of src/hosts.js (a serif CMS column, a sidebar, a dark page, a school's brand, a
 * phone), as `npm run gallery` draws them: the story is placed in the page's box, under its CSS,
 * in a frame as wide as its window.
 */
const hostPage: Decorator = (story, { globals }) => {
  const host = HOSTS.find((h) => h.name === globals.host);
  let sheet = document.getElementById('cst-host-page');
  if (!host) {
    sheet?.remove();
    return story();
  }
  if (!sheet) {
    sheet = document.createElement('style');
    sheet.id = 'cst-host-page';
    document.head.append(sheet);
  }
  sheet.textContent = `${host.css}\n.cst-host-frame { max-width: ${host.viewport.width}px; margin: 0 auto; }`;
  return html`<div class="cst-host-frame"><div class="host-page"><div class="host-box">${story()}</div></div></div>`;
};

const preview: Preview = {
  decorators: [hostPage],
  globalTypes: {
    host: {
      description: 'The host page the widget is placed in',
      toolbar: {
        title: 'Host page',
        icon: 'browser',
        items: [{ value: 'none', title: 'No host page (Storybook only)' }, ...HOSTS.map((h) => ({ value: h.name, title: h.label }))],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', host: 'none' },
  // The language is set before a story renders, so play functions and axe see the final text.
  loaders: [
    async ({ globals }) => {
      await setLocale(globals.locale ?? 'en');
      return {};
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { codePanel: true },
    // The sidebar in the order a page meets the widgets (src/widgets.json), after the guides.
    options: {
      storySort: {
        order: [
          'Introduction',
          'Theming',
          'Widgets',
          ['Quick exit', 'Hotline banner', 'A figure', 'Overview', 'Red flags', 'Trafficking types', 'One trafficking type', "Do and don't", 'A missing child', 'Keeping children safer', 'How NCMEC can help', 'A whole guide'],
        ],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
