export type { Message, MessageArea, MessageKey, MessageParams, Messages, PluralMessage } from './types.js';
export { da } from './locales/da.js';
export { en } from './locales/en.js';
export { addressMessages } from './messages/address.js';
export { checkboxMessages } from './messages/checkbox.js';
export { choiceMessages } from './messages/choice.js';
export { dateInputMessages } from './messages/date-input.js';
export { fieldMessages } from './messages/field.js';
export { fileUploadMessages } from './messages/file-upload.js';
export { identifiersMessages } from './messages/identifiers.js';
export { prefilledMessages } from './messages/prefilled.js';
export { textFieldMessages } from './messages/text-field.js';
export { textareaMessages } from './messages/textarea.js';
export { formatMessage, formatNumber, labelInSentence } from './format.js';
export {
  DEFAULT_LOCALE,
  catalogueFor,
  configureMessages,
  hasMessage,
  lookupMessage,
  registerCatalogue,
  registerMessages,
  registeredLocales,
  resetMessageOverrides,
  resolveLocale,
} from './registry.js';
export { LocalizeController, closestLang, type LocalizableHost } from './localize-controller.js';
