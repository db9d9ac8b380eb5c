import { defineElement } from '../base/define.js';
import { BfSessionTimeout } from '../components/session-timeout/session-timeout.js';

defineElement('bf-session-timeout', BfSessionTimeout);

declare global {
  interface HTMLElementTagNameMap {
    'bf-session-timeout': BfSessionTimeout;
  }
}
