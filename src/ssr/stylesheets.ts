// The stylesheets a server-rendered shadow root links instead of a `<style>`: the styles every form
// control shares (`controls.css`) and each element class's own remainder (`<tag>.css`), written by the
// build (scripts/build-ssr-styles.mjs) and linked by the renderer (renderer.ts).
import type { CSSResultOrNative, LitElement } from 'lit';
import { BfFormControl } from '../base/form-control.js';

/**
 * The file under `stylesBase` that holds the styles every form control shares (`BfFormControl.styles`,
 * the start of every field's `static styles`: the host, label, hint, error, focus, …). A field's shadow
 * root links it before its class's own file, so the browser fetches and parses the common part once.
 * No hyphen in the name: it can never be an element's `<tag>.css`.
 */
export const SHARED_STYLESHEET = 'controls.css';

function cssTextOf(styles: readonly CSSResultOrNative[]): string {
  return styles
    .map((style) => ('cssText' in style ? style.cssText : ''))
    .filter((text) => text.trim() !== '')
    .join('\n');
}

/** The shared styles, flattened as Lit flattens a class's `static styles` into `elementStyles`. */
const sharedStyles = ([BfFormControl.styles] as unknown[]).flat(Infinity) as CSSResultOrNative[];

export interface ElementStylesheets {
  /** Whether the class's styles start with the shared ones (its root links `controls.css` first). */
  readonly shared: boolean;
  /** The rest of the class's styles, in order: what `<tag>.css` holds (`''`: none). */
  readonly own: string;
}

const stylesheetsOfClass = new WeakMap<CustomElementConstructor, ElementStylesheets>();

/** How an element class's `static styles` are split between `controls.css` and its own file. */
export function elementStylesheets(elementClass: CustomElementConstructor): ElementStylesheets {
  let found = stylesheetsOfClass.get(elementClass);
  if (found) return found;
  const styles = (elementClass as unknown as typeof LitElement).elementStyles ?? [];
  const shared =
    styles.length >= sharedStyles.length && sharedStyles.every((style, index) => styles[index] === style);
  found = { shared, own: cssTextOf(shared ? styles.slice(sharedStyles.length) : styles) };
  stylesheetsOfClass.set(elementClass, found);
  return found;
}

/**
 * An element class's own stylesheet, as the server build writes it to `<tag>.css`: its `static styles`
 * (Lit's `elementStyles`, base classes first) joined in order, less the shared form-control styles a
 * field's styles start with (those are in `controls.css`, `sharedStylesheet()`, which the shadow root
 * links first: the same order as the sheets Lit adopts in the browser, so the same cascade). A host
 * with its own element classes (a fork's `kommune-text-field`) writes their files with it.
 */
export function elementStylesheet(elementClass: CustomElementConstructor): string {
  return elementStylesheets(elementClass).own;
}

/** The styles every form control shares, as the server build writes them to `controls.css`. */
export function sharedStylesheet(): string {
  return cssTextOf(sharedStyles);
}
