import { LitElementRenderer, type ElementRenderer } from '@lit-labs/ssr';
import type { ElementRendererConstructor } from '@lit-labs/ssr/lib/element-renderer.js';
import type { Thunk, ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import type { CSSResultOrNative, LitElement } from 'lit';
import { provideAncestry } from '../base/inherited.js';

/** What every element of one server render inherits and where its stylesheets are served. */
export interface ServerRenderOptions {
  /**
   * The URL the per-element stylesheets are served under, ending in `/`: the package's
   * `dist/ssr/styles/` folder as the host serves it, e.g. `/assets/borgerform/styles/`. Every shadow
   * root links `<stylesBase><tag>.css` instead of carrying a `<style>` of its own.
   */
  stylesBase: string;
  /**
   * The `lang` the rendered markup sits in (the page's `<html lang>`, or the closest `lang` around a
   * fragment). Elements show their texts in it, as they will after hydration. Default: none (Danish).
   */
  lang?: string;
  /**
   * The `marking` the rendered markup sits in (`optional`, `required` or `none`; a `marking` on an
   * ancestor outside the rendered markup). Default: none (`optional`, as in the browser).
   */
  marking?: string;
  /**
   * The stylesheet URL for an element, when `<stylesBase><tag>.css` is not it (a fork's own tags);
   * `undefined` falls back to the default.
   */
  stylesheetHref?: (tagName: string) => string | undefined;
}

/** Attributes the renderer hands down to elements rendered inside others (the ones elements inherit). */
const INHERITED_FROM_OPTIONS = { lang: 'lang', marking: 'marking' } as const;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * A bound `.checked=${false}` or `.selected=${false}` is written by `@lit-labs/ssr` as the attribute
 * `checked="false"`, which ticks the box in the server's HTML (any value does): those pieces are
 * dropped. The browser sets the properties at hydration as it would have on a first render.
 */
const FALSE_REFLECTIONS = new Set(['checked="false"', 'selected="false"']);

type ThunkValue = ReturnType<Thunk>;

function withoutFalseReflections(result: ThunkedRenderResult): ThunkedRenderResult {
  return result.map((piece) =>
    typeof piece === 'string' ? (FALSE_REFLECTIONS.has(piece) ? '' : piece) : () => cleanValue(piece()),
  );
}

function cleanValue(value: ThunkValue): ThunkValue {
  if (typeof value === 'string') return FALSE_REFLECTIONS.has(value) ? '' : value;
  if (Array.isArray(value)) return withoutFalseReflections(value);
  if (value instanceof Promise)
    return value.then((inner) => cleanValue(inner) as string | ThunkedRenderResult);
  return value;
}

/**
 * The whole stylesheet of an element class, as the server build writes it to `<tag>.css`: its
 * `static styles` (Lit's `elementStyles`, base classes first) joined in order. A host with its own
 * element classes (a fork's `kommune-text-field`) writes their files with it.
 */
export function elementStylesheet(elementClass: CustomElementConstructor): string {
  const styles = (elementClass as unknown as typeof LitElement).elementStyles as
    CSSResultOrNative[] | undefined;
  return (styles ?? [])
    .map((style) => ('cssText' in style ? style.cssText : ''))
    .filter((text) => text.trim() !== '')
    .join('\n');
}

/**
 * An element renderer class for one render: Lit's own (`LitElementRenderer`), except that
 * - each shadow root links its element's stylesheet (`<link rel="stylesheet">`, one file per element
 *   class, cached once by the browser) instead of a `<style>` copy of it, so the page needs no inline
 *   style (CSP `style-src 'self'`) and stays small;
 * - before an element renders, it learns what its ancestors carry (`lang`, `marking`): the custom
 *   elements it is rendered inside (`stack`), then the options (`src/base/inherited.ts`).
 *
 * `stack` must be the `customElementInstanceStack` array given to `render()` for this render.
 */
export function borgerformElementRenderer(
  options: ServerRenderOptions,
  stack: Array<ElementRenderer | undefined>,
): ElementRendererConstructor {
  return class BorgerformElementRenderer extends LitElementRenderer {
    override connectedCallback(): void {
      // Called when the element's attributes are set and it is on top of the stack: its ancestors are below.
      const element = this.element;
      if (element) {
        const ancestors = stack.slice(0, stack.lastIndexOf(this)).reverse();
        provideAncestry(element, (name) => {
          for (const ancestor of ancestors) {
            const value = ancestor?.element?.getAttribute(name);
            if (value !== null && value !== undefined) return value;
          }
          const key = INHERITED_FROM_OPTIONS[name as keyof typeof INHERITED_FROM_OPTIONS];
          return key ? (options[key] ?? null) : null;
        });
      }
      super.connectedCallback();
    }

    override renderShadow(renderInfo: RenderInfo): ThunkedRenderResult | undefined {
      const result = super.renderShadow(renderInfo);
      if (result === undefined) return undefined;
      // Lit writes `<style>`, the class's CSS, `</style>`, then the template: keep the template only.
      const styleEnd = result.indexOf('</style>');
      const template = withoutFalseReflections(styleEnd === -1 ? result : result.slice(styleEnd + 1));
      if (styleEnd === -1) return template;
      const href = options.stylesheetHref?.(this.tagName) ?? `${options.stylesBase}${this.tagName}.css`;
      return [`<link rel="stylesheet" href="${escapeAttribute(href)}">`, ...template];
    }
  };
}
