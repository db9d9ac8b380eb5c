import { defineElement } from '../base/define.js';
import { BfSelect } from '../components/select/select.js';
import './option.js';

defineElement('bf-select', BfSelect);

declare global {
  interface HTMLElementTagNameMap {
    'bf-select': BfSelect;
  }
}
