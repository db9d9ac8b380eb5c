import { defineElement } from '../base/define.js';
import { BfPrefilled } from '../components/prefilled/prefilled.js';

defineElement('bf-prefilled', BfPrefilled);

declare global {
  interface HTMLElementTagNameMap {
    'bf-prefilled': BfPrefilled;
  }
}
