import { defineElement } from '../base/define.js';
import { BfReceipt } from '../components/receipt/receipt.js';
import './summary.js'; // the receipt shows the answers in a read-only bf-summary

defineElement('bf-receipt', BfReceipt);

declare global {
  interface HTMLElementTagNameMap {
    'bf-receipt': BfReceipt;
  }
}
