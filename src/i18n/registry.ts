import { da } from './locales/da.js';
import { en } from './locales/en.js';
import type { Message, MessageKey, Messages } from './types.js';

/** The locale used when the page's language has no catalogue. */
export const DEFAULT_LOCALE = 'da';

const catalogues = new Map<string, Messages>([
  ['da', da],
  ['en', en],
]);
const overrides = new Map<string, Partial<Record<MessageKey, Message>>>();

/** Adds a catalogue for another language (a fork's "de" or "kl", say); it must have every key. */
export function registerCatalogue(locale: string, messages: Messages): void {
  catalogues.set(locale.toLowerCase(), messages);
}

/**
 * Overrides texts for every element on the page, e.g. a municipality's own wording:
 * `configureMessages('da', { required: 'Udfyld {label}' })`. Later calls add to earlier ones.
 */
export function configureMessages(locale: string, messages: Partial<Record<MessageKey, Message>>): void {
  const key = locale.toLowerCase();
  overrides.set(key, { ...overrides.get(key), ...messages });
}

/** Removes every override made by `configureMessages` (used by tests). */
export function resetMessageOverrides(): void {
  overrides.clear();
}

/**
 * The catalogue locale for a BCP 47 language tag: the exact tag if registered ("da-dk" never is),
 * else its primary subtag ("en-GB" → "en"), else Danish.
 */
export function resolveLocale(lang: string | null | undefined): string {
  const tag = (lang ?? '').trim().toLowerCase();
  if (catalogues.has(tag)) return tag;
  const primary = tag.split('-')[0] ?? '';
  return catalogues.has(primary) ? primary : DEFAULT_LOCALE;
}

/** The message for a key in a locale: a page-wide override first, then the catalogue, then Danish. */
export function lookupMessage(locale: string, key: MessageKey): Message {
  return overrides.get(locale)?.[key] ?? catalogues.get(locale)?.[key] ?? da[key];
}

/** The registered locales, default first. */
export function registeredLocales(): string[] {
  return [...catalogues.keys()];
}

/** The whole catalogue of a registered locale (for docs and catalogue lint). */
export function catalogueFor(locale: string): Messages | undefined {
  return catalogues.get(locale);
}
