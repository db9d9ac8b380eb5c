import { defineElement } from '../base/define.js';
import { BfExit } from '../components/exit/exit.js';

defineElement('bf-exit', BfExit);

declare global {
  interface HTMLElementTagNameMap {
    'bf-exit': BfExit;
  }
}
