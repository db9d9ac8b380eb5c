// Server rendering where the host installed `@lit-labs/ssr`'s global DOM shim first (some frameworks
// do): `document` and `HTMLElement` then exist in Node, but are not a browser. Every element
// still imports and renders (guards use Lit's `isServer`, not `typeof document`).
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { readdirSync, readFileSync } from 'node:fs';
import { html } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { describe, expect, it } from 'vitest';

const { renderFragment } = await import('../../src/ssr/index.js');

const defineDir = new URL('../../src/define/', import.meta.url);
const tags = readdirSync(defineDir)
  .flatMap((file) => [
    ...readFileSync(new URL(file, defineDir), 'utf8').matchAll(/defineElement\('([a-z0-9-]+)'/g),
  ])
  .map((match) => match[1]);
const options = { stylesBase: '/s/', lang: 'en' };

describe('server rendering under the global DOM shim', () => {
  it('has the shim installed', () => {
    expect(typeof document).toBe('object');
    expect(typeof HTMLElement).toBe('function');
  });

  it('renders every element', async () => {
    for (const tag of tags) {
      const t = unsafeStatic(tag);
      const markup = await renderFragment(staticHtml`<${t} name="a" label="A"></${t}>`, options);
      if (tag !== 'bf-option' && tag !== 'bf-stored-file')
        expect(markup, tag).toContain('shadowrootmode="open"');
    }
  });

  it('renders options and server errors', async () => {
    const markup = await renderFragment(
      html`<bf-form><form><bf-error-summary></bf-error-summary
        ><bf-select name="kommune" label="Kommune" error="Vælg en anden"><bf-option value="0101">København</bf-option></bf-select
        ><bf-checkbox name="ok" label="OK"></bf-checkbox></form></bf-form>`,
      options,
    );
    expect(markup).toMatch(/<option value="0101"/u);
    expect(markup).toMatch(/href="#kommune"/u);
    expect(markup).toContain('(optional)');
    expect(markup).not.toContain('defer-hydration');
  });
});
