import { defineElement } from '../base/define.js';
import { BfRepeat } from '../components/repeat/repeat.js';

defineElement('bf-repeat', BfRepeat);

declare global {
  interface HTMLElementTagNameMap {
    'bf-repeat': BfRepeat;
  }
}
