import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import manifest from '../custom-elements.json';
import { setLocale } from '../src/localization.js';

// The docs tables and the controls (stories/widget-stories.ts) come from the manifest: the public
// API only, as `npm run manifest` writes and checks it.
setCustomElementsManifest(manifest);
setStorybookHelpersConfig({ hideArgRef: true, categoryOrder: ['attributes', 'properties', 'slots', 'events', 'methods', 'cssProps', 'cssParts', 'cssStates'] });

const preview: Preview = {
  globalTypes: {
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
  initialGlobals: { locale: 'en' },
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
