import type { Message, MessageParams } from './types.js';

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** Formats a number for a locale ("9.500" in Danish), with cached `Intl.NumberFormat`s. */
export function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
}

/**
 * The label as it reads inside a sentence: first letter lower-cased ("Fornavn" → "fornavn"), unless
 * the first word has two or more capitals ("CPR-nummer", "NemKonto" stay as they are).
 */
export function labelInSentence(label: string): string {
  const firstWord = label.trim().split(/\s/u)[0] ?? '';
  const capitals = firstWord.match(/\p{Lu}/gu)?.length ?? 0;
  return capitals >= 2 ? label : label.charAt(0).toLocaleLowerCase() + label.slice(1);
}

/**
 * Fills a message's `{param}` placeholders. `{label}` gets the label in sentence form, `{Label}`
 * the label unchanged; numbers are formatted for the locale; unknown placeholders stay visible so a
 * missing parameter is noticed, never silently dropped. The result is plain text, never HTML.
 */
export function formatMessage(message: Message, params: MessageParams, locale: string): string {
  let template: string;
  if (typeof message === 'string') template = message;
  else {
    const count = Number(params[message.plural] ?? 0);
    template = pluralCategory(count, locale) === 'one' ? message.one : message.other;
  }
  if (!template.includes('{')) return template; // most texts have no placeholder
  return template.replace(/\{(\w+)\}/gu, (placeholder, name: string) => {
    if (name === 'label' && typeof params.label === 'string') return labelInSentence(params.label);
    if (name === 'Label' && typeof params.label === 'string') return params.label;
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}
