// Registers every Borgerform element (what the CDN file does). One import per element.
import './text-field.js';
import './textarea.js';
import './checkbox.js';
