import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { DocsPage } from './docs-page.js';

interface Named {
  name: string;
}
interface Declaration {
  cssParts?: Named[];
  cssStates?: Named[];
}

/**
 * Storybook keys its docs table by name, so a `label` part would hide the `label` attribute's
 * description: show parts as `::part(label)` and states as `:state(x)` in the docs only.
 */
function withDistinctNames(source: typeof manifest): typeof manifest {
  const copy = structuredClone(source) as { modules: { declarations?: Declaration[] }[] };
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const part of declaration.cssParts ?? []) part.name = `::part(${part.name})`;
      for (const state of declaration.cssStates ?? []) state.name = `:state(${state.name})`;
    }
  }
  return copy as typeof manifest;
}

setCustomElementsManifest(withDistinctNames(manifest)); // controls and descriptions come from the JSDoc in src/

const preview: Preview = {
  tags: ['autodocs'], // a Docs page per component
  // a11y 'error': any axe violation fails the story's Vitest test; expanded: show JSDoc descriptions
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { page: DocsPage }, // guidance, reference and accessibility notes per component
    viewport: {
      options: {
        narrow: { name: '320 px (WCAG reflow)', styles: { width: '320px', height: '640px' } },
        phone: { name: 'Phone 390 px', styles: { width: '390px', height: '844px' } },
      },
    },
  },
};
export default preview;
