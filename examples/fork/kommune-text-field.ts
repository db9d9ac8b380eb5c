import { css, html, type TemplateResult } from 'lit';
import { BfTextField } from '../../src/components/text-field/text-field.js';

/**
 * A supplier's text field: Borgerform's `bf-text-field` with the municipality's own touch. It keeps
 * every behaviour of the original (value, validation, messages, accessibility) and changes two
 * things a fork commonly changes:
 *
 * - **one template hook**: the hint is wrapped in a box of the municipality's own (`renderHint`);
 * - **styles**: added after the original's, so they win where they differ.
 *
 * @tagname kommune-text-field
 * @summary bf-text-field with the municipality's hint box.
 * @csspart kommune-hint - The box around the hint.
 */
export class KommuneTextField extends BfTextField {
  static override styles = [
    ...BfTextField.styles,
    css`
      .kommune-hint {
        border-inline-start: 0.25em solid var(--bf-color-primary, #005a64);
        padding-inline-start: 0.5em;
      }
      .kommune-hint:empty {
        display: none;
      }
    `,
  ];

  protected override renderHint(): TemplateResult {
    return html`<div part="kommune-hint" class="kommune-hint">${super.renderHint()}</div>`;
  }
}
