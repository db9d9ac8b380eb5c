import { defineElement } from '../base/define.js';
import { BfPostcodeInput } from '../components/postcode-input/postcode-input.js';

defineElement('bf-postcode-input', BfPostcodeInput);

declare global {
  interface HTMLElementTagNameMap {
    'bf-postcode-input': BfPostcodeInput;
  }
}
