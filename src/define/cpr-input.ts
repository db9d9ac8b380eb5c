import { defineElement } from '../base/define.js';
import { BfCprInput } from '../components/cpr-input/cpr-input.js';

defineElement('bf-cpr-input', BfCprInput);

declare global {
  interface HTMLElementTagNameMap {
    'bf-cpr-input': BfCprInput;
  }
}
