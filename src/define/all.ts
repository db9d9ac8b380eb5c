// Registers every Borgerform element (what the CDN file does). One import per element.
import './text-field.js';
