import { css, html, type TemplateResult } from 'lit';
import { BfRadioGroup } from '../../src/components/radio-group/radio-group.js';

/**
 * A supplier's radio group: Borgerform's `bf-radio-group` with the options in a framed box (the
 * municipality's design), through the `renderControl` hook. Keyboard, validation, conditional
 * content and the accessible names are the original's.
 *
 * @tagname kommune-radio-group
 * @summary bf-radio-group with its options in the municipality's framed box.
 * @csspart kommune-options - The box around the options.
 */
export class KommuneRadioGroup extends BfRadioGroup {
  static override styles = [
    ...BfRadioGroup.styles,
    css`
      .kommune-options {
        padding: 0.5em 0.75em;
        border: 1px solid var(--bf-color-border-strong, #4a4a4a);
        border-radius: var(--bf-radius, 0.125em);
      }
    `,
  ];

  protected override renderControl(): TemplateResult {
    return html`<div part="kommune-options" class="kommune-options">${super.renderControl()}</div>`;
  }
}
