import { defineElement } from '../base/define.js';
import { BfForm } from '../components/form/form.js';
import './error-summary.js';
import './alert.js'; // a failed submission is told in a bf-alert

defineElement('bf-form', BfForm);

declare global {
  interface HTMLElementTagNameMap {
    'bf-form': BfForm;
  }
}
