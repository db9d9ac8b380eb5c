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
import { Readable } from 'node:stream';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import '../define/all.js';
import {
  borgerformElementRenderers,
  renderContext,
  surveyFindings,
  type RenderContext,
  type ServerRenderOptions,
} from './renderer.js';
import { collapseTagSpace, TagSpace } from './tag-space.js';

export { type ServerRenderOptions } from './renderer.js';
export { elementStylesheet, sharedStylesheet } from './stylesheets.js';

/** Lit's render context for one pass with Borgerform's element renderers. */
function renderInfo(options: ServerRenderOptions, context: RenderContext): Partial<RenderInfo> {
  return {
    elementRenderers: borgerformElementRenderers(options, context),
    customElementInstanceStack: context.stack,
  };
}

/**
 * The first pass: renders the template while recording the options of every element that renders from
 * its children. Its markup is the answer when no element needs children (one pass only).
 */
async function survey(
  template: unknown,
  options: ServerRenderOptions,
): Promise<{ markup: string; findings: ReturnType<typeof surveyFindings> }> {
  const context = renderContext();
  const markup = await collectResult(render(template, renderInfo(options, context)));
  return { markup, findings: surveyFindings(context, markup) };
}

/**
 * Renders a Lit template (a form, a fragment of a page) with every Borgerform element in it to HTML
 * with declarative shadow roots, for the browser to show before any script runs and hydrate after.
 * Each shadow root links its element's stylesheets under `options.stylesBase` (a field's: the shared
 * `controls.css`, then its own `<tag>.css`; no inline style); the
 * elements show their texts in `options.lang` and mark their labels after `options.marking`, as the
 * page around the markup will make them after hydration. A list or group renders its `<bf-option>`s
 * (the template is rendered twice then: once to find them, once with them).
 *
 * Write the markup into a page that loads `borgerform/hydrate.js` (never `borgerform` alone first:
 * Lit must learn to hydrate before any element is defined).
 */
export async function renderFragment(template: unknown, options: ServerRenderOptions): Promise<string> {
  const { markup, findings } = await survey(template, options);
  if (!findings) return collapseTagSpace(markup);
  return collapseTagSpace(
    await collectResult(render(template, renderInfo(options, renderContext(findings)))),
  );
}

/**
 * `renderFragment` as a Node stream, for a response that starts before the whole form is rendered
 * (`streamFragment(template, options).pipe(response)`). A template with lists or groups streams once
 * their options are known.
 */
export function streamFragment(template: unknown, options: ServerRenderOptions): Readable {
  return Readable.from(
    (async function* () {
      const { markup, findings } = await survey(template, options);
      if (!findings) {
        yield collapseTagSpace(markup);
        return;
      }
      const tagSpace = new TagSpace();
      for await (const chunk of new RenderResultReadable(
        render(template, renderInfo(options, renderContext(findings))),
      ))
        yield tagSpace.write(String(chunk));
    })(),
  );
}
