import { defineElement } from '../base/define.js';
import { BfBankAccount } from '../components/bank-account/bank-account.js';

defineElement('bf-bank-account', BfBankAccount);

declare global {
  interface HTMLElementTagNameMap {
    'bf-bank-account': BfBankAccount;
  }
}
