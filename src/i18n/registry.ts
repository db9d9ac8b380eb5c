import type { Message, MessageArea, MessageKey, Messages } from './types.js';

/** The locale used when the page's language has no catalogue. */
export const DEFAULT_LOCALE = 'da';

/**
 * The texts registered so far, per locale. Danish and English exist from the start and grow as
 * elements register the areas whose texts they show (`registerMessages`); a language added with
 * `registerCatalogue` comes whole.
 */
const catalogues = new Map<string, Partial<Messages>>([
  ['da', {}],
  ['en', {}],
]);
const overrides = new Map<string, Partial<Record<MessageKey, Message>>>();
const registeredAreas = new WeakSet<object>();
/** Locales added whole by `registerCatalogue`: areas registered later never overwrite them. */
const wholeLocales = new Set<string>();

/**
 * Adds areas of texts (`messages/<area>.ts`, e.g. `fieldMessages`) in Danish and English. Every
 * element's module registers the areas it shows, so a page that loads only a text field does not
 * carry the texts of the address search. Registering an area again does nothing.
 */
export function registerMessages(...areas: readonly MessageArea[]): void {
  for (const area of areas) {
    if (registeredAreas.has(area)) continue;
    registeredAreas.add(area);
    for (const [locale, messages] of Object.entries(area)) {
      if (wholeLocales.has(locale)) continue;
      const catalogue = catalogues.get(locale) ?? {};
      catalogues.set(locale, Object.assign(catalogue, messages));
    }
  }
}

/**
 * Adds a whole catalogue for another language (a fork's "de" or "kl", say), or replaces Danish or
 * English; it must have every key, and elements loaded later never overwrite it.
 */
export function registerCatalogue(locale: string, messages: Messages): void {
  const key = locale.toLowerCase();
  wholeLocales.add(key);
  catalogues.set(key, { ...messages });
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

/**
 * The message for a key in a locale: a page-wide override first, then the catalogue, then Danish.
 * A key whose area no loaded element registered comes back as the key itself, visibly wrong.
 */
export function lookupMessage(locale: string, key: MessageKey): Message {
  return (
    overrides.get(locale)?.[key] ??
    catalogues.get(locale)?.[key] ??
    catalogues.get(DEFAULT_LOCALE)?.[key] ??
    key
  );
}

/** Whether a key has a Danish text registered (an element's own keys, once its module is loaded). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(catalogues.get(DEFAULT_LOCALE)!, key);
}

/** The registered locales, default first. */
export function registeredLocales(): string[] {
  return [...catalogues.keys()];
}

/** The texts registered for a locale so far (the areas of the elements loaded, or a whole added language). */
export function catalogueFor(locale: string): Partial<Messages> | undefined {
  return catalogues.get(locale);
}
