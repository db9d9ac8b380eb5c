import { defineElement } from '../base/define.js';
import { BfStoredFile } from '../components/stored-file/stored-file.js';

defineElement('bf-stored-file', BfStoredFile);

declare global {
  interface HTMLElementTagNameMap {
    'bf-stored-file': BfStoredFile;
  }
}
