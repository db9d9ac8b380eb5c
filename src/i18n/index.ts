export type {
  Message,
  MessageArea,
  MessageKey,
  MessageParams,
  Messages,
  PluralMessage,
  Texts,
  Translation,
} from './types.js';
export { da } from './locales/da.js';
export { en } from './locales/en.js';
export * from './messages/index.js';
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
