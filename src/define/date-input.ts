import { defineElement } from '../base/define.js';
import { BfDateInput } from '../components/date-input/date-input.js';

defineElement('bf-date-input', BfDateInput);

declare global {
  interface HTMLElementTagNameMap {
    'bf-date-input': BfDateInput;
  }
}
