import { defineElement } from '../base/define.js';
import { BfErrorSummary } from '../components/error-summary/error-summary.js';

defineElement('bf-error-summary', BfErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'bf-error-summary': BfErrorSummary;
  }
}
