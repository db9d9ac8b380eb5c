import { defineElement } from '../base/define.js';
import { BfPhoneInput } from '../components/phone-input/phone-input.js';

defineElement('bf-phone-input', BfPhoneInput);

declare global {
  interface HTMLElementTagNameMap {
    'bf-phone-input': BfPhoneInput;
  }
}
