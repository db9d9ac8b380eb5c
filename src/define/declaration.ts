import { defineElement } from '../base/define.js';
import { BfDeclaration } from '../components/declaration/declaration.js';

defineElement('bf-declaration', BfDeclaration);

declare global {
  interface HTMLElementTagNameMap {
    'bf-declaration': BfDeclaration;
  }
}
