import { defineElement } from '../base/define.js';
import { BfForm } from '../components/form/form.js';
import './error-summary.js';

defineElement('bf-form', BfForm);

declare global {
  interface HTMLElementTagNameMap {
    'bf-form': BfForm;
  }
}
