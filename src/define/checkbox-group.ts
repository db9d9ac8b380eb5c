import { defineElement } from '../base/define.js';
import { BfCheckboxGroup } from '../components/checkbox-group/checkbox-group.js';
import './option.js';

defineElement('bf-checkbox-group', BfCheckboxGroup);

declare global {
  interface HTMLElementTagNameMap {
    'bf-checkbox-group': BfCheckboxGroup;
  }
}
