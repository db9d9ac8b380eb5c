// Registers every Borgerform element (what the CDN file does). One import per element.
import './text-field.js';
import './cpr-input.js';
import './cvr-input.js';
import './phone-input.js';
import './prefilled.js';
import './option.js';
import './select.js';
import './radio-group.js';
import './checkbox-group.js';
import './date-input.js';
import './textarea.js';
import './checkbox.js';
import './file-upload.js';
import './stored-file.js';
import './address-input.js';
import './error-summary.js';
import './form.js';
