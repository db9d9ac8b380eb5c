import type { Message, Messages } from './types.js';

function cell(message: Message | undefined): string {
  if (message === undefined) return '';
  const text =
    typeof message === 'string' ? message : `${message.one} / ${message.other} (by {${message.plural}})`;
  return text.replaceAll('|', '\\|');
}

/**
 * Every default text of the library as a Markdown table (key, Danish, English), for editors who
 * review the texts against the portal's writing guide (REQUIREMENTS 1.1). `docs/messages.md` is this
 * table; a unit test keeps it in step with the catalogues.
 */
export function catalogueMarkdown(da: Messages, en: Messages): string {
  const keys = Object.keys(da).sort() as (keyof Messages)[];
  return [
    '# Default texts',
    '',
    'Every text the elements render by themselves, generated from `src/i18n/messages/*.ts` (do not edit by hand:',
    '`npm run messages-doc` writes this file; `test/unit/i18n/messages-doc.test.ts` fails when it is out of date).',
    "Override any of them page-wide with `configureMessages('da', { key: '…' })`, per element with the",
    '`messages` property, or from HTML with a `message-<key>` attribute, the key in kebab case',
    '(`message-required="Indtast dit fornavn"`, `message-address-city="Bynavn"`).',
    '`{label}` is the field label inside a sentence, `{Label}` the label as written; other `{names}` are filled in',
    'by the element. Plural texts show the form for one / for several.',
    '',
    '| key | Dansk | English |',
    '|---|---|---|',
    ...keys.map((key) => `| \`${key}\` | ${cell(da[key])} | ${cell(en[key])} |`),
    '',
  ].join('\n');
}
