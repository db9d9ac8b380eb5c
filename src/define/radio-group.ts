import { defineElement } from '../base/define.js';
import { BfRadioGroup } from '../components/radio-group/radio-group.js';
import './option.js';

defineElement('bf-radio-group', BfRadioGroup);

declare global {
  interface HTMLElementTagNameMap {
    'bf-radio-group': BfRadioGroup;
  }
}
