/**
 * Server rendering for hosts (Node only): Borgerform elements rendered to declarative shadow DOM with
 * `@lit-labs/ssr` (an optional peer dependency: install it where you render), then hydrated in the
 * browser by `borgerform/hydrate.js` (or `cdn/borgerform-hydrate.js`). See `docs/server-rendering.md`.
 *
 * ```js
 * import { html } from 'lit';
 * import { renderFragment } from 'borgerform/ssr';
 * const markup = await renderFragment(html`<bf-text-field name="navn" label="Navn"></bf-text-field>`, {
 *   lang: 'da', stylesBase: '/assets/borgerform/styles/',
 * });
 * ```
 */
import { render, type ElementRenderer } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import type { Readable } from 'node:stream';
import '../define/all.js';
import { borgerformElementRenderer, type ServerRenderOptions } from './renderer.js';

export { borgerformElementRenderer, elementStylesheet, type ServerRenderOptions } from './renderer.js';

/** Lit's render context for one render with Borgerform's element renderer. */
function renderInfo(options: ServerRenderOptions): Partial<RenderInfo> {
  const stack: Array<ElementRenderer | undefined> = [];
  return { elementRenderers: [borgerformElementRenderer(options, stack)], customElementInstanceStack: stack };
}

/**
 * Renders a Lit template (a form, a fragment of a page) with every Borgerform element in it to HTML
 * with declarative shadow roots, for the browser to show before any script runs and hydrate after.
 * Each shadow root links its element's stylesheet under `options.stylesBase` (no inline style); the
 * elements show their texts in `options.lang` and mark their labels after `options.marking`, as the
 * page around the markup will make them after hydration.
 *
 * Write the markup into a page that loads `borgerform/hydrate.js` (never `borgerform` alone first:
 * Lit must learn to hydrate before any element is defined).
 */
export function renderFragment(template: unknown, options: ServerRenderOptions): Promise<string> {
  return collectResult(render(template, renderInfo(options)));
}

/**
 * `renderFragment` as a Node stream, for a response that starts before the whole form is rendered
 * (`streamFragment(template, options).pipe(response)`).
 */
export function streamFragment(template: unknown, options: ServerRenderOptions): Readable {
  return new RenderResultReadable(render(template, renderInfo(options)));
}
