import { defineElement } from '../base/define.js';
import { BfDetails } from '../components/details/details.js';

defineElement('bf-details', BfDetails);

declare global {
  interface HTMLElementTagNameMap {
    'bf-details': BfDetails;
  }
}
