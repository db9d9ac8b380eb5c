// The package's main entry: classes and utilities, no registration (import `borgerform/define/*.js`
// or the CDN file for that).
export { BfFormControl, type Marking } from './base/form-control.js';
export { defineElement } from './base/define.js';
export { InteractionController } from './base/interaction-controller.js';
export { BfTextField, type TextFieldType, type TextFieldWidth } from './components/text-field/text-field.js';
export { BfTextarea, COUNT_ANNOUNCE_DELAY, type TextareaClock } from './components/textarea/textarea.js';
export { BfCheckbox } from './components/checkbox/checkbox.js';
export * from './i18n/index.js';
export * from './validation/index.js';
export { checkThemeContrast, defaultTheme, componentTokens, type Theme } from './tokens/index.js';
