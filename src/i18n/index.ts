export type { Message, MessageKey, MessageParams, Messages, PluralMessage } from './types.js';
export { da } from './locales/da.js';
export { en } from './locales/en.js';
export { formatMessage, formatNumber, labelInSentence } from './format.js';
export {
  DEFAULT_LOCALE, catalogueFor, configureMessages, lookupMessage, registerCatalogue, registeredLocales,
  resetMessageOverrides, resolveLocale,
} from './registry.js';
export { LocalizeController, closestLang, type LocalizableHost } from './localize-controller.js';
