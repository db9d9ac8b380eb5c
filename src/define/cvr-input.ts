import { defineElement } from '../base/define.js';
import { BfCvrInput } from '../components/cvr-input/cvr-input.js';

defineElement('bf-cvr-input', BfCvrInput);

declare global {
  interface HTMLElementTagNameMap {
    'bf-cvr-input': BfCvrInput;
  }
}
