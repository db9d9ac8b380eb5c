import { defineElement } from '../base/define.js';
import { BfOption } from '../components/option/option.js';

defineElement('bf-option', BfOption);

declare global {
  interface HTMLElementTagNameMap {
    'bf-option': BfOption;
  }
}
