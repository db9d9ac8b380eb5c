import { html, nothing, svg, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { conditionalSlotName, type ChoiceOption } from './options.js';

/** The tick of a drawn checkbox; decorative (the native checkbox carries the state). */
const checkmark = svg`<svg class="check" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24"><path
  d="M4.5 12.5l5 5L19.5 7" fill="none" stroke="currentColor" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/** The legend of a group: its label and the "(frivilligt)" marker. Rendered as text. */
export function renderLegend(label: string, marker: string): TemplateResult {
  return html`<legend part="label" class="label">${label}${marker
    ? html`<span part="marker" class="marker">${` ${marker}`}</span>` : nothing}</legend>`;
}

/** What `renderChoices` needs from a radio or checkbox group. */
export interface ChoicesSpec {
  readonly type: 'radio' | 'checkbox';
  readonly options: readonly ChoiceOption[];
  /** Whether an option is chosen now. */
  readonly isChecked: (option: ChoiceOption) => boolean;
  /** The whole group is disabled. */
  readonly disabled: boolean;
  /** Put `aria-invalid="true"` on every input (checkboxes; a radio group marks its fieldset). */
  readonly invalid: boolean;
  /** `aria-readonly` on every input (checkboxes; a radio group marks its fieldset). */
  readonly readonly: boolean;
  /** The separator text of a divider without text of its own. */
  readonly dividerText: string;
  /** The catalogue text's language when it differs from its context (a fallback), else undefined. */
  readonly textLang: string | undefined;
  /** Whether the option has content to reveal. */
  readonly hasConditional: (value: string) => boolean;
  readonly onInput: (event: Event) => void;
  readonly onChange: (event: Event) => void;
  readonly onClick: (event: Event) => void;
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
  return html`<div part="options" class="options">${spec.options.map((option, index) => {
    if (option.divider) {
      return option.text
        ? html`<div part="divider" class="divider">${option.text}</div>`
        : html`<div part="divider" class="divider" lang=${spec.textLang ?? nothing}>${spec.dividerText}</div>`;
    }
    const id = choiceId(index);
    const checked = spec.isChecked(option);
    const conditional = spec.hasConditional(option.value);
    return html`<div part="option" class="choice">
        <span class="target">
          <input part=${spec.type} class="native" id=${id} type=${spec.type} name=${spec.type === 'radio' ? 'choice' : nothing}
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
          /><span part="mark" class="mark" aria-hidden="true">${spec.type === 'checkbox' ? checkmark : nothing}</span>
        </span>
        <div class="text">
          <label part="option-label" class="option-label" for=${id}>${option.text}</label>
          ${option.hint ? html`<div part="option-hint" class="option-hint" id=${`${id}-hint`}>${option.hint}</div>` : nothing}
        </div>
      </div>
      ${conditional ? html`<div part="conditional" class="conditional" id=${`${id}-conditional`} ?hidden=${!checked}><slot
        name=${conditionalSlotName(option.value)}></slot></div>` : nothing}`;
  })}</div>`;
}
