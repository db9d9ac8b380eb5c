import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { conditionalSlotName, type ChoiceOption, type ChoiceOptionsController } from './options.js';

/** What `renderChoices` needs from a radio or checkbox group. */
export interface ChoicesSpec {
  readonly type: 'radio' | 'checkbox';
  /** The group's options and their conditional content. */
  readonly choices: Pick<ChoiceOptionsController, 'options' | 'hasConditional'>;
  /** The group's texts: the divider's "eller", and the language to mark it with. */
  readonly localize: Pick<LocalizeController, 'term' | 'textLang'>;
  /** Whether an option is chosen now. */
  readonly isChecked: (option: ChoiceOption) => boolean;
  /** The whole group is disabled. */
  readonly disabled: boolean;
  /** Put `aria-invalid="true"` on every input (checkboxes; a radio group marks its fieldset). */
  readonly invalid: boolean;
  /** `aria-readonly` on every input (checkboxes; a radio group marks its fieldset). */
  readonly readonly: boolean;
  readonly onInput: (event: Event) => void;
  readonly onChange: (event: Event) => void;
  readonly onClick: (event: Event) => void;
}

/** The native inputs of a group's options, in order. */
export function choiceInputs(
  root: ParentNode | null | undefined,
  type: ChoicesSpec['type'],
): HTMLInputElement[] {
  return [...(root?.querySelectorAll<HTMLInputElement>(`input[type="${type}"]`) ?? [])];
}

/**
 * The input a group's validity and `focus()` point at: with `preferChecked`, the chosen one (a
 * radio group); else the first enabled one, or the first at all.
 */
export function anchorInput(
  inputs: readonly HTMLInputElement[],
  preferChecked = false,
): HTMLInputElement | null {
  return (
    (preferChecked ? inputs.find((input) => input.checked) : undefined) ??
    inputs.find((input) => !input.disabled) ??
    inputs[0] ??
    null
  );
}

/**
 * The click handler of a group's inputs: while the host is `readonly`, the click (mouse, Space,
 * arrow keys) is cancelled, so the browser keeps the choice.
 */
export function cancelClickWhenReadonly(host: { readonly readonly: boolean }): (event: Event) => void {
  return (event) => {
    if (host.readonly) event.preventDefault();
  };
}

/** The id of the n-th option's input inside the group's root. */
export function choiceId(index: number): string {
  return `option-${index}`;
}

/**
 * The options of a radio or checkbox group: for each, a native input with a drawn mark, its text
 * as the `<label>`, its hint as the input's description, and directly after it the slot of its
 * conditional content (shown only while the option is chosen, so it is next in reading and tab
 * order). Dividers become a separator.
 */
export function renderChoices(spec: ChoicesSpec): TemplateResult {
  return html`<div part="options" class="options">${spec.choices.options.map((option, index) => {
    if (option.divider) {
      return option.text
        ? html`<div part="divider" class="divider">${option.text}</div>`
        : html`<div part="divider" class="divider" lang=${spec.localize.textLang ?? nothing}>${spec.localize.term('choiceDivider')}</div>`;
    }
    const id = choiceId(index);
    const checked = spec.isChecked(option);
    const conditional = spec.choices.hasConditional(option.value);
    // Written without white space between tags: every text node is cloned and laid out per option.
    return html`<div part="option" class="choice"><input part="${spec.type} mark" class="native"
            id=${id} type=${spec.type} name=${spec.type === 'radio' ? 'choice' : nothing}
            .value=${option.value}
            .checked=${live(checked)}
            ?disabled=${spec.disabled || option.disabled}
            aria-describedby=${option.hint ? `${id}-hint` : nothing}
            aria-invalid=${spec.invalid ? 'true' : nothing}
            aria-readonly=${spec.readonly ? 'true' : nothing}
            aria-controls=${conditional ? `${id}-conditional` : nothing}
            @input=${spec.onInput}
            @change=${spec.onChange}
            @click=${spec.onClick}
          /><div
          class="text"><label part="option-label" class="option-label" for=${id}>${option.text}</label>${
            option.hint
              ? html`<div part="option-hint" class="option-hint" id=${`${id}-hint`}>${option.hint}</div>`
              : nothing
          }</div></div>${
            conditional
              ? html`<div part="conditional" class="conditional" id=${`${id}-conditional`} ?hidden=${!checked}><slot
        name=${conditionalSlotName(option.value)}></slot></div>`
              : nothing
          }`;
  })}</div>`;
}
