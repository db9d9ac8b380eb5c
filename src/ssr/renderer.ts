import { LitElementRenderer, type ElementRenderer } from '@lit-labs/ssr';
import { FallbackRenderer, type ElementRendererConstructor } from '@lit-labs/ssr/lib/element-renderer.js';
import type { Thunk, ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { provideAncestry } from '../base/inherited.js';
import { provideServerChildren, wantsServerChildren, type ServerChild } from '../base/server-children.js';
import { provideServerErrors, wantsServerErrors, type ServerFieldError } from '../base/server-errors.js';
import {
  placeServerChild,
  provideServerFlow,
  provideServerFlowHost,
  wantsServerFlow,
  type ServerFlow,
} from '../base/server-flow.js';
import { BfFormControl } from '../base/form-control.js';
import { BfForm } from '../components/form/form.js';
import { BfOption } from '../components/option/option.js';
import { elementStylesheets, SHARED_STYLESHEET } from './stylesheets.js';

/** What every element of one server render inherits and where its stylesheets are served. */
export interface ServerRenderOptions {
  /**
   * The URL the per-element stylesheets are served under, ending in `/`: the package's
   * `dist/ssr/styles/` folder as the host serves it, e.g. `/assets/borgerform/styles/`. Every shadow
   * root links `<stylesBase><tag>.css` instead of carrying a `<style>` of its own; a field's root links
   * the styles all fields share, `<stylesBase>controls.css`, before it.
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
   * The URL of an element's own stylesheet, when `<stylesBase><tag>.css` is not it (a fork's own tags);
   * `undefined` falls back to the default. A field's root links `<stylesBase>controls.css` before it.
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

/** One `<bf-option>` under a group, as the survey found it. */
interface SurveyedOption {
  readonly group: number;
  readonly tagName: string;
  readonly attributes: Map<string, string>;
}

/** A field with a server's error, and the `bf-form` it is in (`-1`: none). */
interface SurveyedError extends ServerFieldError {
  readonly scope: number;
}

/** What the survey found inside one wizard (an element that asked with `whenServerFlow`). */
interface SurveyedFlow {
  /** Its child custom elements, as the survey made them. */
  readonly children: Element[];
  /** Its children that hold an element with a non-empty `error`. */
  readonly withErrors: Set<Element>;
  /** The fields inside it, as the survey made them (their answers are read once all are rendered). */
  readonly controls: BfFormControl[];
}

/** What a survey found: the options under each element that renders from its children, the fields with server errors, each wizard's pages. */
export interface SurveyFindings {
  readonly children: ReadonlyMap<number, readonly ServerChild[]>;
  readonly errors: readonly SurveyedError[];
  readonly flows: readonly ServerFlow[];
}

/**
 * The state of one render: the stack of open custom elements (Lit's own array, shared with it), the
 * counts of elements that render from their children and of `bf-form`s (numbered alike in both
 * passes), and either the survey being taken (first pass) or what it found (second pass). See
 * `src/base/server-children.ts` and `src/base/server-errors.ts`.
 */
export interface RenderContext {
  readonly stack: Array<ElementRenderer | undefined>;
  groups: number;
  forms: number;
  /** The number of each open `bf-form`'s renderer. */
  readonly formNumbers: WeakMap<ElementRenderer, number>;
  /** Wizards (elements that asked with `whenServerFlow`), numbered alike in both passes. */
  flows: number;
  /** The number of each open wizard's renderer. */
  readonly flowNumbers: WeakMap<ElementRenderer, number>;
  /** Render: how many of each wizard's child custom elements have been rendered so far. */
  readonly flowChildren: number[];
  /** Survey: whether an element asked for server errors (a second pass is needed then). */
  errorsWanted: boolean;
  readonly survey?: {
    readonly parents: WeakMap<ElementRenderer, number>;
    readonly options: SurveyedOption[];
    /** Custom elements under a group with `slot="conditional-…"` (content revealed with an option). */
    readonly conditionals: { readonly group: number; readonly tagName: string; readonly slot: string }[];
    readonly errors: SurveyedError[];
    readonly flows: SurveyedFlow[];
  };
  readonly findings?: SurveyFindings;
}

/** A fresh context: a survey (no findings) or a render with what a survey found. */
export function renderContext(findings?: SurveyFindings): RenderContext {
  const base = {
    stack: [],
    groups: 0,
    forms: 0,
    formNumbers: new WeakMap(),
    flows: 0,
    flowNumbers: new WeakMap(),
    flowChildren: [],
    errorsWanted: false,
  };
  return findings
    ? { ...base, findings }
    : { ...base, survey: { parents: new WeakMap(), options: [], conditionals: [], errors: [], flows: [] } };
}

const SURVEY_MARK = 'data-bf-ssr-option';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of rendered markup: comments and tags dropped, character references decoded. */
function textOf(markup: string): string {
  return markup
    .replace(/<!--[\s\S]*?-->/gu, '')
    .replace(/<[^>]*>/gu, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    });
}

/** A stand-in for a child option on the server: a `BfOption` with the attributes and text the survey found. */
function optionStandIn(option: SurveyedOption, text: string): ServerChild {
  const standIn = Object.create(BfOption.prototype) as ServerChild;
  Object.defineProperties(standIn, {
    localName: { value: option.tagName },
    textContent: { value: text },
    getAttribute: { value: (name: string) => option.attributes.get(name) ?? null },
    hasAttribute: { value: (name: string) => option.attributes.has(name) },
  });
  return standIn;
}

/** Whether the survey has found something that needs a second pass (its markup is not the answer then). */
function secondPassNeeded(context: RenderContext): boolean {
  return (
    context.groups > 0 ||
    context.flows > 0 ||
    (context.errorsWanted && (context.survey?.errors.length ?? 0) > 0)
  );
}

/** A field's answers as the browser's `FormData` holds them (its `formValue`, under its `name`); none when disabled. */
function addAnswers(values: Record<string, string[]>, control: BfFormControl): void {
  const field = control as unknown as { name: string; disabled: boolean; formValue: unknown };
  if (!field.name || field.disabled) return;
  const value = field.formValue;
  if (typeof value === 'string') (values[field.name] ??= []).push(value);
  else if (value instanceof FormData)
    for (const [name, entry] of value) if (typeof entry === 'string') (values[name] ??= []).push(entry);
}

/** A wizard's findings: its children, the answers of the fields inside it, where the server errors are. */
function serverFlowOf({ children, withErrors, controls }: SurveyedFlow): ServerFlow {
  const values: Record<string, string[]> = {};
  for (const control of controls) addAnswers(values, control);
  return { children, values, hasServerError: (child) => withErrors.has(child) };
}

/** What the survey found, with the options' text read from its markup; `undefined` when no element needs anything (one pass). */
export function surveyFindings(context: RenderContext, markup: string): SurveyFindings | undefined {
  const survey = context.survey;
  if (!survey || !secondPassNeeded(context)) return undefined;
  const children = new Map<number, ServerChild[]>();
  for (let group = 0; group < context.groups; group++) children.set(group, []);
  survey.options.forEach((option, index) => {
    const mark = markup.indexOf(`${SURVEY_MARK}="${index}"`);
    const open = markup.indexOf('>', mark) + 1;
    const closing = new RegExp(`</${option.tagName}[\\s/]*>`, 'giu'); // an end tag may hold white space
    closing.lastIndex = open;
    const close = closing.exec(markup)?.index ?? -1;
    const text = mark === -1 || close === -1 ? '' : textOf(markup.slice(open, close));
    children.get(option.group)?.push(optionStandIn(option, text));
  });
  for (const { group, tagName, slot } of survey.conditionals) {
    children.get(group)?.push({
      localName: tagName,
      textContent: '',
      getAttribute: (name) => (name === 'slot' ? slot : null),
      hasAttribute: (name) => name === 'slot',
    });
  }
  return { children, errors: survey.errors, flows: survey.flows.map(serverFlowOf) };
}

/**
 * The element renderers for one render: Lit's own (`LitElementRenderer`), except that
 * - each shadow root links its element's stylesheet (`<link rel="stylesheet">`, one file per element
 *   class, cached once by the browser) instead of a `<style>` copy of it, so the page needs no inline
 *   style (CSP `style-src 'self'`) and stays small;
 * - before an element renders, it learns what its ancestors carry (`lang`, `marking`): the custom
 *   elements it is rendered inside, then the options (`src/base/inherited.ts`);
 * - an element that renders from its children (a group and its `<bf-option>`s) is given them
 *   (`src/base/server-children.ts`): in a survey (first pass) the options under such elements are
 *   marked and recorded, in the render (second pass) each element gets the stand-ins found.
 *
 * `context.stack` must be the `customElementInstanceStack` given to `render()` for this render.
 */
export function borgerformElementRenderers(
  options: ServerRenderOptions,
  context: RenderContext,
): ElementRendererConstructor[] {
  const { stack, survey } = context;

  class BorgerformElementRenderer extends LitElementRenderer {
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
        if (wantsServerChildren(element)) {
          const group = context.groups++;
          if (survey) survey.parents.set(this, group);
          else provideServerChildren(element, context.findings?.children.get(group) ?? []);
        }
        if (element instanceof BfForm) context.formNumbers.set(this, context.forms++);
        const slot = element.getAttribute('slot') ?? '';
        const parentGroup = survey && ancestors[0] ? survey.parents.get(ancestors[0]) : undefined;
        if (survey && parentGroup !== undefined && slot.startsWith('conditional-')) {
          survey.conditionals.push({ group: parentGroup, tagName: this.tagName, slot });
        }
        const scope = this.#formScope(ancestors);
        if (survey && element instanceof BfFormControl) {
          const message = element.getAttribute('error') ?? '';
          if (message && !element.hasAttribute('disabled') && !element.hasAttribute('readonly')) {
            survey.errors.push({
              scope,
              id: element.getAttribute('id') ?? '',
              name: element.getAttribute('name') ?? '',
              message,
            });
          }
        }
        this.#flowChild(element, ancestors);
        if (wantsServerFlow(element)) {
          const flow = context.flows++;
          context.flowNumbers.set(this, flow);
          if (survey) survey.flows.push({ children: [], withErrors: new Set(), controls: [] });
          else {
            context.flowChildren[flow] = 0;
            const found = context.findings?.flows[flow];
            if (found) provideServerFlow(element, found);
          }
        }
        if (wantsServerErrors(element)) {
          context.errorsWanted = true;
          const errors = context.findings?.errors.filter((error) => error.scope === scope) ?? [];
          provideServerErrors(element, errors);
        }
      }
      super.connectedCallback();
    }

    /**
     * An element inside a wizard: in the survey, a child is recorded, a field's answers and an
     * `error` noted; in the render, the element learns its wizard and a child takes its state.
     */
    #flowChild(element: HTMLElement, ancestors: ReadonlyArray<ElementRenderer | undefined>): void {
      const at = ancestors.findIndex((ancestor) => ancestor && context.flowNumbers.has(ancestor));
      const wizard = ancestors[at];
      if (!wizard?.element) return;
      const flow = context.flowNumbers.get(wizard)!;
      if (!survey) {
        provideServerFlowHost(element, wizard.element);
        if (at === 0) placeServerChild(wizard.element, element, context.flowChildren[flow]++);
        return;
      }
      const found = survey.flows[flow];
      if (at === 0) found.children.push(element);
      const child = ancestors[at - 1]?.element; // the wizard's child the element is in (none: it is one)
      if (child && (element.getAttribute('error') ?? '') !== '') found.withErrors.add(child);
      if (element instanceof BfFormControl) found.controls.push(element);
    }

    /** The number of the closest `bf-form` around the element (`-1`: none). */
    #formScope(ancestors: ReadonlyArray<ElementRenderer | undefined>): number {
      for (const ancestor of ancestors) {
        const number = ancestor ? context.formNumbers.get(ancestor) : undefined;
        if (number !== undefined) return number;
      }
      return -1;
    }

    override renderShadow(renderInfo: RenderInfo): ThunkedRenderResult | undefined {
      // Once a second pass is certain, the survey's markup only serves to read light DOM, and a field's
      // shadow root holds no element it counts (no list, group, form, field or summary): left empty.
      if (survey && secondPassNeeded(context) && this.element instanceof BfFormControl) return [];
      const result = super.renderShadow(renderInfo);
      if (result === undefined) return undefined;
      // Lit writes `<style>`, the class's CSS, `</style>`, then the template: keep the template only.
      const styleEnd = result.indexOf('</style>');
      const template = withoutFalseReflections(styleEnd === -1 ? result : result.slice(styleEnd + 1));
      if (styleEnd === -1) return template;
      const { shared, own } = elementStylesheets(this.element.constructor as CustomElementConstructor);
      const links = shared ? [`${options.stylesBase}${SHARED_STYLESHEET}`] : [];
      if (own || !shared)
        links.push(options.stylesheetHref?.(this.tagName) ?? `${options.stylesBase}${this.tagName}.css`);
      return [...links.map((href) => `<link rel="stylesheet" href="${escapeAttribute(href)}">`), ...template];
    }
  }

  /**
   * Custom elements that are not Lit's (`bf-option`, `bf-stored-file`, a host's own): their attributes
   * as written, no shadow root. `@lit-labs/ssr` 4.1 pushes every custom element on its host stack
   * before asking for a shadow root and pops it only when one was rendered, so after such an element
   * every later one would be marked `defer-hydration` (and never hydrate): the entry is popped here.
   */
  class PlainElementRenderer extends FallbackRenderer {
    static override matchesClass(_elementClass: typeof HTMLElement): boolean {
      return true;
    }

    override renderShadow(renderInfo: RenderInfo): undefined {
      if (renderInfo.customElementHostStack.at(-1) === this) renderInfo.customElementHostStack.pop();
      return undefined;
    }
  }

  if (!survey) return [BorgerformElementRenderer, PlainElementRenderer];

  /** Survey only: an option under an element that renders from its children is recorded and marked. */
  class SurveyOptionRenderer extends PlainElementRenderer {
    static override matchesClass(elementClass: typeof HTMLElement): boolean {
      return elementClass === BfOption || elementClass.prototype instanceof BfOption;
    }

    readonly #attributes = new Map<string, string>();
    #index: number | undefined;

    override setAttribute(name: string, value: string): void {
      super.setAttribute(name, value);
      this.#attributes.set(name.toLowerCase(), value);
    }

    override connectedCallback(): void {
      const parent = stack[stack.lastIndexOf(this) - 1];
      const group = parent ? survey!.parents.get(parent) : undefined;
      if (group === undefined) return;
      this.#index = survey!.options.length;
      survey!.options.push({ group, tagName: this.tagName, attributes: this.#attributes });
    }

    override renderAttributes(): ThunkedRenderResult {
      const attributes = super.renderAttributes();
      return this.#index === undefined ? attributes : [...attributes, ` ${SURVEY_MARK}="${this.#index}"`];
    }
  }
  return [SurveyOptionRenderer, BorgerformElementRenderer, PlainElementRenderer];
}
