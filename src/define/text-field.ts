import { defineElement } from '../base/define.js';
import { BfTextField } from '../components/text-field/text-field.js';

defineElement('bf-text-field', BfTextField);

declare global {
  interface HTMLElementTagNameMap {
    'bf-text-field': BfTextField;
  }
}
