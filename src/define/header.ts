import { defineElement } from '../base/define.js';
import { BfHeader } from '../components/header/header.js';

defineElement('bf-header', BfHeader);

declare global {
  interface HTMLElementTagNameMap {
    'bf-header': BfHeader;
  }
}
