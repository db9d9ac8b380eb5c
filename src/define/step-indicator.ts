import { defineElement } from '../base/define.js';
import { BfStepIndicator } from '../components/step-indicator/step-indicator.js';

defineElement('bf-step-indicator', BfStepIndicator);

declare global {
  interface HTMLElementTagNameMap {
    'bf-step-indicator': BfStepIndicator;
  }
}
