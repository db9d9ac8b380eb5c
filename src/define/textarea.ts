import { defineElement } from '../base/define.js';
import { BfTextarea } from '../components/textarea/textarea.js';

defineElement('bf-textarea', BfTextarea);

declare global {
  interface HTMLElementTagNameMap {
    'bf-textarea': BfTextarea;
  }
}
