import { defineElement } from '../base/define.js';
import { BfStep } from '../components/wizard/step.js';

defineElement('bf-step', BfStep);

declare global {
  interface HTMLElementTagNameMap {
    'bf-step': BfStep;
  }
}
