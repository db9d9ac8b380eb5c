// The CDN entry: one file with Lit inside that defines every element and exposes the public API.
import './define/all.js';

export * from './index.js';
