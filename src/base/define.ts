import { warnOnce } from './warn.js';

/**
 * Registers an element class under a tag, unless the tag is taken already (a second copy of the
 * library on the page, or a fork that registered first): then it keeps the first definition and
 * says so in a console warning, instead of throwing like `customElements.define` does.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== constructor) warnOnce(`<${tag}> is already defined; keeping the first definition.`);
    return;
  }
  customElements.define(tag, constructor);
}
