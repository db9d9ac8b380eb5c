import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest); // controls and descriptions come from the JSDoc in src/

const preview: Preview = {
  // a11y 'error': any axe violation fails the story's Vitest test; expanded: show JSDoc descriptions
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    viewport: {
      options: {
        narrow: { name: '320 px (WCAG reflow)', styles: { width: '320px', height: '640px' } },
        phone: { name: 'Phone 390 px', styles: { width: '390px', height: '844px' } },
      },
    },
  },
};
export default preview;
