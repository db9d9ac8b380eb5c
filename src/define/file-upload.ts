import { defineElement } from '../base/define.js';
import { BfFileUpload } from '../components/file-upload/file-upload.js';
import './stored-file.js';

defineElement('bf-file-upload', BfFileUpload);

declare global {
  interface HTMLElementTagNameMap {
    'bf-file-upload': BfFileUpload;
  }
}
