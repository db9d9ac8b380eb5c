import { defineElement } from '../base/define.js';
import { BfRepeatItem } from '../components/repeat/repeat-item.js';

defineElement('bf-repeat-item', BfRepeatItem);

declare global {
  interface HTMLElementTagNameMap {
    'bf-repeat-item': BfRepeatItem;
  }
}
