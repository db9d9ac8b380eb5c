// Registers the fork's elements under the supplier's own tags, beside Borgerform's originals: a page
// may use `bf-text-field` and `kommune-text-field` side by side. `defineElement` never throws on a
// second definition (it warns), so loading this twice is harmless.
import { defineElement } from '../../src/base/define.js';
import '../../src/define/all.js';
import { KommuneRadioGroup } from './kommune-radio-group.js';
import { KommuneTextField } from './kommune-text-field.js';

defineElement('kommune-text-field', KommuneTextField);
defineElement('kommune-radio-group', KommuneRadioGroup);

declare global {
  interface HTMLElementTagNameMap {
    'kommune-text-field': KommuneTextField;
    'kommune-radio-group': KommuneRadioGroup;
  }
}
