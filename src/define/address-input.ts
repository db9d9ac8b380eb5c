import { defineElement } from '../base/define.js';
import { BfAddressInput } from '../components/address-input/address-input.js';

defineElement('bf-address-input', BfAddressInput);

declare global {
  interface HTMLElementTagNameMap {
    'bf-address-input': BfAddressInput;
  }
}
