import { defineElement } from '../base/define.js';
import { BfAlert } from '../components/alert/alert.js';

defineElement('bf-alert', BfAlert);

declare global {
  interface HTMLElementTagNameMap {
    'bf-alert': BfAlert;
  }
}
