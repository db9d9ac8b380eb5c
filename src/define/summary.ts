import { defineElement } from '../base/define.js';
import { BfSummary } from '../components/summary/summary.js';

defineElement('bf-summary', BfSummary);

declare global {
  interface HTMLElementTagNameMap {
    'bf-summary': BfSummary;
  }
}
