import { defineElement } from '../base/define.js';
import { BfFooter } from '../components/footer/footer.js';

defineElement('bf-footer', BfFooter);

declare global {
  interface HTMLElementTagNameMap {
    'bf-footer': BfFooter;
  }
}
