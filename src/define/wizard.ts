import { defineElement } from '../base/define.js';
import { BfWizard } from '../components/wizard/wizard.js';

defineElement('bf-wizard', BfWizard);

declare global {
  interface HTMLElementTagNameMap {
    'bf-wizard': BfWizard;
  }
}
