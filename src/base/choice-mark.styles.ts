import { css, unsafeCSS, type CSSResult } from 'lit';
import { token } from '../tokens/css.js';

/** Which native inputs `choiceMarkStyles` draws, and which mark. */
export interface ChoiceMarkOptions {
  /** The native input, e.g. `.native`. It draws the mark itself (`appearance: none`). */
  readonly input: string;
  /**
   * A square box that fills and shows a tick (its `::after`) while ticked (DKFDS *tjekboks*).
   * Without it the mark is a circle with a dot while chosen (DKFDS *radioknap*).
   */
  readonly tick?: boolean;
  /** A group whose `aria-invalid="true"` marks every input in it (a radio group's fieldset). */
  readonly invalidGroup?: string;
}

/**
 * The drawn radio or checkbox: the native input restyled with `appearance: none`, so the browser
 * lays out one element per mark. The input is the whole touch target (`--bf-target-size`, 44 px);
 * a transparent border holds the space around the visible mark (`--bf-choice-size`, 2 em by default),
 * which is the padding box: its face is a background layer, its border an inset shadow. The colour under the transparent
 * border is the focus halo. A transparent input laid over drawn `<span>`s, as before, cost a
 * positioned, translucent layer per option: measured 23 % of a page of radio groups' main-thread
 * time (bench/findings.md).
 *
 * A theme draws the mark with `--bf-choice-size`, `--bf-choice-border-color`, `--bf-choice-border-width`,
 * `--bf-choice-checked-color` (the fill or dot) and `--bf-choice-radius` (the checkbox's corners).
 *
 * In forced colours the mark keeps its own system colours (`forced-color-adjust: none`), so the
 * dot, the tick and the focus ring stay visible.
 */
export function choiceMarkStyles(options: ChoiceMarkOptions): CSSResult {
  const input = unsafeCSS(options.input);
  const invalid = unsafeCSS(
    [
      `${options.input}[aria-invalid='true']`,
      ...(options.invalidGroup ? [`${options.invalidGroup}[aria-invalid='true'] ${options.input}`] : []),
    ].join(',\n    '),
  );
  const ring = css`calc((${token('target-size')} - ${token('choice-size')}) / 2)`;
  const size = token('choice-size');
  const face = (color: CSSResult) => css`linear-gradient(${color}, ${color})`;
  const dot = (color: CSSResult, background: CSSResult) =>
    css`radial-gradient(circle closest-side, ${color} 50%, ${background} calc(50% + 1px))`;

  const shape = options.tick
    ? css`
    ${input} {
      border-radius: calc(${token('choice-radius')} + ${ring});
    }
    /* The tick exists only while ticked: no content, no box (an always-present hidden one was ≈ 12 % of a choice's style and layout). */
    ${input}::after {
      display: block;
      box-sizing: border-box;
      /* the tick's proportions of the 2 em box it was drawn for, scaled with the box */
      width: calc(${size} * 0.3125);
      height: calc(${size} * 0.5625);
      margin: calc(${size} * 0.09375) auto 0;
      border: solid currentColor;
      border-width: 0 calc(${size} * 0.125) calc(${size} * 0.125) 0;
      transform: rotate(45deg);
    }
    ${input}:checked::after {
      content: '';
    }
    ${input}:checked,
    ${input}:disabled:checked {
      background-image: ${face(token('choice-checked-color'))}, none;
      box-shadow: inset 0 0 0 ${token('choice-border-width')} ${token('choice-checked-color')};
    }`
    : css`
    ${input} {
      border-radius: 50%;
    }
    ${input}:checked {
      background-image: ${dot(token('choice-checked-color'), token('input-background'))}, none;
    }
    ${input}:disabled:checked {
      background-image: ${dot(token('choice-checked-color'), token('input-disabled-background'))}, none;
    }`;

  // The checked rules come before the error rules, so a ticked box in error keeps the error border.
  return css`
    .choice {
      display: flex;
      align-items: flex-start;
      gap: ${token('space-2')};
    }
    ${input} {
      appearance: none;
      flex: none;
      box-sizing: border-box;
      width: ${token('target-size')};
      height: ${token('target-size')};
      margin: 0;
      /* The touch target reaches past the mark on both sides; the text beside it (which toggles the
         same input) starts \`space-2\` after the drawn mark, as DKFDS's does. */
      margin-inline: calc((${size} - ${token('target-size')}) / 2);
      border: ${ring} solid transparent;
      background-color: transparent;
      background-image: ${face(token('input-background'))}, none;
      background-clip: padding-box, border-box;
      box-shadow: inset 0 0 0 ${token('choice-border-width')} ${token('choice-border-color')};
      color: ${token('button-text-color')};
      font: inherit;
      cursor: pointer;
    }
    ${input}:disabled {
      background-image: ${face(token('input-disabled-background'))}, none;
      opacity: 0.7;
      cursor: not-allowed;
    }
    ${shape}
    ${invalid} {
      box-shadow: inset 0 0 0 calc(${token('choice-border-width')} + 1px) ${token('error-color')};
    }
    ${input}:focus-visible {
      outline: ${token('focus-width')} solid ${token('focus-color')};
      outline-offset: calc(${token('focus-offset')} - ${ring});
      background-color: ${token('color-focus-halo')};
    }
    .text {
      flex: 1 1 auto;
      min-width: 0;
      /* the first line of the text sits level with the middle of the mark */
      padding-block-start: calc((${token('target-size')} - 1lh) / 2);
    }
    @media (forced-colors: active) {
      ${input} {
        forced-color-adjust: none;
        background-image: linear-gradient(Canvas, Canvas), none;
        box-shadow: inset 0 0 0 ${token('choice-border-width')} CanvasText;
        color: CanvasText;
      }
      ${
        options.tick
          ? css`
      ${input}:checked,
      ${input}:disabled:checked {
        background-image: linear-gradient(Highlight, Highlight), none;
        box-shadow: inset 0 0 0 ${token('choice-border-width')} Highlight;
        color: HighlightText;
      }`
          : css`
      ${input}:checked {
        background-image: ${dot(unsafeCSS('CanvasText'), unsafeCSS('Canvas'))}, none;
      }
      ${input}:disabled:checked {
        background-image: ${dot(unsafeCSS('GrayText'), unsafeCSS('Canvas'))}, none;
      }`
      }
      ${input}:disabled {
        background-image: linear-gradient(Canvas, Canvas), none;
        box-shadow: inset 0 0 0 ${token('choice-border-width')} GrayText;
        opacity: 1;
      }
      ${invalid} {
        box-shadow: inset 0 0 0 calc(${token('choice-border-width')} + 1px) CanvasText;
      }
      ${input}:focus-visible {
        outline-color: CanvasText;
        background-color: Canvas;
      }
    }
  `;
}
