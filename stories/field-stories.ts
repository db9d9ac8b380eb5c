// The stories every field has (a hint, the required message, a server error, disabled, read-only, long
// Danish words, 320 px, English), made from a few facts about the field, so that a field's story file
// holds only what is its own. Not a story file itself.
import type { StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import {
  expectErrorAfterSubmit,
  expectPartText,
  expectReflow,
  expectReflowAfterSubmit,
  narrowParameters,
  rendered,
  shadowText,
  submitAndWait,
  type FieldArgs,
  type PlayContext,
} from './support.js';

/** What `fieldStories` needs to know about a field; args are merged over the file's default args. */
export interface FieldStoriesSpec<A extends FieldArgs> {
  /** The element's tag, which the play functions look for. */
  readonly tag: string;
  /** A hint for `WithHint`. */
  readonly hint: string;
  /** The error an empty required field shows after a submit attempt ("Fejl: …"). */
  readonly requiredError: string;
  /** Args with a value and a server's `error`, shown at once with "Fejl: " before it. */
  readonly serverError: Partial<A> & { readonly error: string };
  /** Args that give the field a value, for `Disabled` and `Readonly`. */
  readonly filled: Partial<A>;
  /** Long Danish compound words in label and hint, and args that give an error after a submit attempt. */
  readonly longWords: Partial<A>;
  /** Args for the 320 px story, and the error it shows (whole, or a part of it) after a submit attempt. */
  readonly narrow: { readonly args: Partial<A>; readonly error: string };
  /** Args in English (`lang: 'en'` is added), the error they show after a submit attempt, and the hint if any. */
  readonly english: { readonly args: Partial<A>; readonly error: string; readonly hint?: string };
  /** The hint `Readonly` shows: where the value came from. */
  readonly readonlyHint?: string;
  /** A play function for `Readonly` (default: every native input and text area is `readOnly`). */
  readonly readonlyPlay?: (context: PlayContext) => Promise<void>;
}

/** The stories `fieldStories` makes. */
export interface FieldStories<A extends FieldArgs> {
  WithHint: StoryObj<A>;
  RequiredAfterSubmit: StoryObj<A>;
  ServerError: StoryObj<A>;
  Disabled: StoryObj<A>;
  Readonly: StoryObj<A>;
  LongDanishWords: StoryObj<A>;
  Narrow320: StoryObj<A>;
  English: StoryObj<A>;
}

/** The native controls in the element's shadow root. */
function nativesOf(element: Element): (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement)[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input, select, textarea')];
}

/** A play function: every native control of the element is disabled. */
export function expectDisabled(tag: string) {
  return async ({ canvasElement }: PlayContext): Promise<void> => {
    const natives = nativesOf(await rendered(canvasElement, tag));
    await expect(natives.length).toBeGreaterThan(0);
    await expect(natives.every((native) => native.disabled)).toBe(true);
  };
}

/** A play function: every native input and text area of the element is read-only. */
export function expectReadonly(tag: string) {
  return async ({ canvasElement }: PlayContext): Promise<void> => {
    const natives = nativesOf(await rendered(canvasElement, tag));
    await expect(natives.length).toBeGreaterThan(0);
    await expect(natives.every((native) => !('readOnly' in native) || native.readOnly)).toBe(true);
  };
}

/**
 * The stories every field has. A story file destructures them and exports them by name (Storybook
 * indexes exported names only, so `export { WithHint, … }` lists them):
 *
 * ```ts
 * const { WithHint, RequiredAfterSubmit, … } = fieldStories<Args>({ tag: 'bf-cvr-input', … });
 * export { WithHint, RequiredAfterSubmit, … };
 * ```
 */
export function fieldStories<A extends FieldArgs>(spec: FieldStoriesSpec<A>): FieldStories<A> {
  const { tag } = spec;
  return {
    WithHint: { args: { hint: spec.hint } as Partial<A>, play: expectPartText(tag, 'hint', spec.hint) },
    RequiredAfterSubmit: {
      args: { required: true } as Partial<A>,
      play: expectErrorAfterSubmit(tag, spec.requiredError),
    },
    /** A message from the server, shown at once (`error` attribute). */
    ServerError: {
      args: spec.serverError,
      play: expectPartText(tag, 'error', `Fejl: ${spec.serverError.error}`),
    },
    Disabled: { args: { ...spec.filled, disabled: true }, play: expectDisabled(tag) },
    Readonly: {
      args: { ...spec.filled, readonly: true, ...(spec.readonlyHint ? { hint: spec.readonlyHint } : {}) },
      play: spec.readonlyPlay ?? expectReadonly(tag),
    },
    LongDanishWords: { args: { required: true, ...spec.longWords }, play: expectReflowAfterSubmit(tag) },
    Narrow320: {
      parameters: narrowParameters,
      args: { required: true, ...spec.narrow.args },
      decorators: [(story) => html`<div style="width: 320px">${story()}</div>`],
      play: async ({ canvasElement }) => {
        const field = await submitAndWait(await rendered(canvasElement, tag));
        await expect(shadowText(field, 'error')).toContain(spec.narrow.error);
        await expectReflow(field, 320);
      },
    },
    English: {
      args: { required: true, ...spec.english.args, lang: 'en' },
      play: async ({ canvasElement }) => {
        const field = await submitAndWait(await rendered(canvasElement, tag));
        await expect(shadowText(field, 'error')).toBe(spec.english.error);
        if (spec.english.hint !== undefined) await expect(shadowText(field, 'hint')).toBe(spec.english.hint);
      },
    },
  };
}
