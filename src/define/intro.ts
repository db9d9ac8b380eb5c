import { defineElement } from '../base/define.js';
import { BfIntro } from '../components/intro/intro.js';

defineElement('bf-intro', BfIntro);

declare global {
  interface HTMLElementTagNameMap {
    'bf-intro': BfIntro;
  }
}
