import { defineElement } from '../base/define.js';
import { BfFieldset } from '../components/fieldset/fieldset.js';

defineElement('bf-fieldset', BfFieldset);

declare global {
  interface HTMLElementTagNameMap {
    'bf-fieldset': BfFieldset;
  }
}
