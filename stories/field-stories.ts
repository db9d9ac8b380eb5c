// The stories every field has (a hint, the required message, a server error, disabled, read-only, long
// Danish words, 320 px, English), made from a few facts about the field, so that a field's story file
// holds only what is its own. Not a story file itself.
import type { StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import {
  expectReflow,
  narrowParameters,
  rendered,
  shadowText,
  submitAndWait,
  type FieldArgs,
  type PlayContext,
  type Rendered,
} from './support.js';

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

/** The name of a story `fieldStories` makes. */
export type FieldStoryName = keyof FieldStories<FieldArgs>;

/** What one field's story adds to the standard one. */
export interface StoryExtra<A extends FieldArgs> {
  /** Args merged over the story's standard args (last), e.g. a `maxlength` only this story has. */
  readonly args?: Partial<A>;
  /** More checks on the element, run after the standard ones (so after the submit attempt, where the story makes one). */
  readonly check?: (element: Rendered) => Promise<void>;
  /** A render function of the story's own, e.g. for children the args cannot give (options with long words). */
  readonly render?: StoryObj<A>['render'];
}

/** What `fieldStories` may know about a field; args are merged over the file's default args. */
export interface FieldFacts<A extends FieldArgs> {
  /** The element's tag, which the play functions look for. */
  readonly tag: string;
  /** A hint for `WithHint`. */
  readonly hint?: string;
  /** The error an empty required field shows after a submit attempt ("Fejl: …"). */
  readonly requiredError?: string;
  /** Args with a value and a server's `error`, shown at once with "Fejl: " before it. */
  readonly serverError?: Partial<A> & { readonly error: string };
  /** Args that give the field a value, for `Disabled` and `Readonly`. */
  readonly filled?: Partial<A>;
  /** Long Danish compound words in label and hint, and args that give an error after a submit attempt. */
  readonly longWords?: Partial<A>;
  /** Args for the 320 px story, and the error it shows (whole, or a part of it) after a submit attempt. */
  readonly narrow?: { readonly args: Partial<A>; readonly error: string };
  /** Args in English (`lang: 'en'` is added), the error they show after a submit attempt, and the hint if any. */
  readonly english?: { readonly args: Partial<A>; readonly error: string; readonly hint?: string };
  /** The hint `Readonly` shows: where the value came from. */
  readonly readonlyHint?: string;
  /**
   * A play function for `Readonly` instead of the standard one (every native input and text area is
   * `readOnly`), e.g. for radios and checkboxes, which have no `readOnly` of their own; an
   * `extra.Readonly.check` does not run then.
   */
  readonly readonlyPlay?: (context: PlayContext) => Promise<void>;
  /** What single stories add to the standard ones: more args, more checks. */
  readonly extra?: { readonly [K in FieldStoryName]?: StoryExtra<A> };
}

/** The fact each story is made from. */
interface FactOf {
  WithHint: 'hint';
  RequiredAfterSubmit: 'requiredError';
  ServerError: 'serverError';
  Disabled: 'filled';
  Readonly: 'filled';
  LongDanishWords: 'longWords';
  Narrow320: 'narrow';
  English: 'english';
}

/**
 * What `fieldStories` needs to know about a field: the facts of every story but those in `Except`
 * (the stories the file defines itself, or that the field does not have).
 */
export type FieldStoriesSpec<A extends FieldArgs, Except extends FieldStoryName = never> = FieldFacts<A> &
  Required<Pick<FieldFacts<A>, FactOf[Exclude<FieldStoryName, Except>]>>;

/** The native controls in the element's shadow root. */
function nativesOf(element: Element): (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement)[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input, select, textarea')];
}

/** Every native control of the element is disabled. */
async function expectNativesDisabled(element: Element): Promise<void> {
  const natives = nativesOf(element);
  await expect(natives.length).toBeGreaterThan(0);
  await expect(natives.every((native) => native.disabled)).toBe(true);
}

/** Every native input and text area of the element is read-only. */
async function expectNativesReadonly(element: Element): Promise<void> {
  const natives = nativesOf(element);
  await expect(natives.length).toBeGreaterThan(0);
  await expect(natives.every((native) => !('readOnly' in native) || native.readOnly)).toBe(true);
}

/** A play function: every native control of the element is disabled. */
export function expectDisabled(tag: string) {
  return async ({ canvasElement }: PlayContext): Promise<void> =>
    expectNativesDisabled(await rendered(canvasElement, tag));
}

/** A play function: every native input and text area of the element is read-only. */
export function expectReadonly(tag: string) {
  return async ({ canvasElement }: PlayContext): Promise<void> =>
    expectNativesReadonly(await rendered(canvasElement, tag));
}

/**
 * A play function for `Readonly` of a group of radios or checkboxes, which have no `readOnly`: a click
 * on the `index`th one leaves what `read` takes from the group (its value) at `expected`.
 */
export function expectClickIgnored<E extends Rendered>(
  tag: string,
  index: number,
  read: (group: E) => unknown,
  expected: unknown,
) {
  return async ({ canvasElement }: PlayContext): Promise<void> => {
    const group = await rendered<E>(canvasElement, tag);
    group.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[index].click();
    await group.updateComplete;
    await expect(read(group)).toEqual(expected);
  };
}

/** How a standard story is made: its args, whether its play submits the form first, and what it checks. */
interface Standard<A extends FieldArgs> {
  readonly args: Partial<A>;
  readonly submit?: boolean;
  readonly check: (element: Rendered) => Promise<void>;
}

/**
 * The stories every field has. Storybook makes a test of a story only from its own `export const`
 * (a destructured `export const { WithHint } = …` is not seen), so a story file exports them one by one:
 *
 * ```ts
 * const standard = fieldStories<Args>({ tag: 'bf-cvr-input', hint: '…', … });
 * export const WithHint = standard.WithHint;
 * …
 * ```
 *
 * A story the file defines itself, or one the field does not have, goes in the second type argument;
 * its facts are then not needed and the factory's version of it is not there to export:
 * `fieldStories<Args, 'Narrow320'>({ … })`.
 */
export function fieldStories<A extends FieldArgs, Except extends FieldStoryName = never>(
  spec: FieldStoriesSpec<A, Except>,
): Omit<FieldStories<A>, Except> {
  const facts: FieldFacts<A> = spec;
  const { tag } = facts;
  const stories: Partial<FieldStories<A>> = {};
  /** The story `name`, made from `standard` and what `extra` adds to it. */
  const make = (name: FieldStoryName, standard: Standard<A>, rest: StoryObj<A> = {}): void => {
    const extra = facts.extra?.[name];
    stories[name] = {
      ...rest,
      ...(extra?.render ? { render: extra.render } : {}),
      args: { ...standard.args, ...extra?.args },
      play: async ({ canvasElement }) => {
        const element = await rendered(canvasElement, tag);
        if (standard.submit) await submitAndWait(element);
        await standard.check(element);
        await extra?.check?.(element);
      },
    };
  };
  const { hint, requiredError, serverError, filled, longWords, narrow, english } = facts;

  if (hint !== undefined)
    make('WithHint', {
      args: { hint } as Partial<A>,
      check: async (field) => expect(shadowText(field, 'hint')).toBe(hint),
    });
  if (requiredError !== undefined)
    make('RequiredAfterSubmit', {
      args: { required: true } as Partial<A>,
      submit: true,
      check: async (field) => expect(shadowText(field, 'error')).toBe(requiredError),
    });
  // A message from the server, shown at once (`error` attribute).
  if (serverError !== undefined)
    make('ServerError', {
      args: serverError,
      check: async (field) => expect(shadowText(field, 'error')).toBe(`Fejl: ${serverError.error}`),
    });
  if (filled !== undefined) {
    make('Disabled', { args: { ...filled, disabled: true }, check: expectNativesDisabled });
    const readonlyHint = facts.readonlyHint === undefined ? {} : { hint: facts.readonlyHint };
    make('Readonly', { args: { ...filled, readonly: true, ...readonlyHint }, check: expectNativesReadonly });
    if (facts.readonlyPlay) stories.Readonly!.play = facts.readonlyPlay;
  }
  if (longWords !== undefined)
    make('LongDanishWords', {
      args: { required: true, ...longWords },
      submit: true,
      check: async (field) => expectReflow(field),
    });
  if (narrow !== undefined)
    make(
      'Narrow320',
      {
        args: { required: true, ...narrow.args },
        submit: true,
        check: async (field) => {
          await expect(shadowText(field, 'error')).toContain(narrow.error);
          await expectReflow(field, 320);
        },
      },
      {
        parameters: narrowParameters,
        decorators: [(story) => html`<div style="width: 320px">${story()}</div>`],
      },
    );
  if (english !== undefined)
    make('English', {
      args: { required: true, ...english.args, lang: 'en' },
      submit: true,
      check: async (field) => {
        await expect(shadowText(field, 'error')).toBe(english.error);
        if (english.hint !== undefined) await expect(shadowText(field, 'hint')).toBe(english.hint);
      },
    });
  return stories as Omit<FieldStories<A>, Except>;
}
