import { defineElement } from '../base/define.js';
import { BfForm } from '../components/form/form.js';
import './error-summary.js';
// bf-alert (a failed submission, a draft's offer) is defined by the form when it first shows one.

defineElement('bf-form', BfForm);

declare global {
  interface HTMLElementTagNameMap {
    'bf-form': BfForm;
  }
}
