import { defineElement } from '../base/define.js';
import { BfCheckbox } from '../components/checkbox/checkbox.js';

defineElement('bf-checkbox', BfCheckbox);

declare global {
  interface HTMLElementTagNameMap {
    'bf-checkbox': BfCheckbox;
  }
}
