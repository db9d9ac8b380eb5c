// T-1.1: every text the library renders comes from the catalogue or from the host. Each element is
// rendered, in its states, inside lang="qps" with a catalogue whose every value is ⟦key⟧; then
// every text node, aria-label, title and placeholder in every shadow root may hold only ⟦…⟧ tokens,
// the strings the fixture passed in, digits and punctuation.
import { expect, fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import '../../src/define/all.js';
import { OfflineAddressProvider } from '../../src/address/offline-address-provider.js';
import { sampleAddresses } from '../../src/address/sample-addresses.js';
import type { BfAddressInput } from '../../src/components/address-input/address-input.js';
import type { BfFormControl } from '../../src/base/form-control.js';
import { da } from '../../src/i18n/locales/da.js';
import { registerCatalogue } from '../../src/i18n/registry.js';
import type { Message, Messages } from '../../src/i18n/types.js';

const pseudo = Object.fromEntries(
  Object.entries(da).map(([key, value]: [string, Message]) => [
    key,
    typeof value === 'string' ? `⟦${key}⟧` : { plural: value.plural, one: `⟦${key}⟧`, other: `⟦${key}⟧` },
  ]),
) as unknown as Messages;
registerCatalogue('qps', pseudo);

/**
 * Host-supplied strings used by the fixtures below, and data (a town from the postcode table); all
 * other text must be a ⟦token⟧.
 */
const HOST_STRINGS = [
  'Odense C',
  'Fornavn',
  'Som i dit pas',
  'Serveren afviste værdien',
  'Ada',
  'kr.',
  'm²',
  'Adgangskode',
  'Ja',
  'Nej',
  'Måske',
];

interface Case {
  name: string;
  template: TemplateResult;
  submit?: boolean;
  act?: (el: BfFormControl) => Promise<void> | void;
}

const cases: Case[] = [
  {
    name: 'bf-text-field, empty required, after submit',
    submit: true,
    template: html`<bf-text-field name="a" label="Fornavn" hint="Som i dit pas" required minlength="3"></bf-text-field>`,
  },
  {
    name: 'bf-text-field, optional with prefix and suffix',
    template: html`<bf-text-field name="a" label="Fornavn" prefix="kr." suffix="m²"></bf-text-field>`,
  },
  {
    name: 'bf-text-field, server error',
    template: html`<bf-text-field name="a" label="Fornavn" error="Serveren afviste værdien" value="Ada"></bf-text-field>`,
  },
  {
    name: 'bf-text-field, too long after submit',
    submit: true,
    template: html`<bf-text-field name="a" label="Fornavn" maxlength="2" value="Ada"></bf-text-field>`,
  },
  {
    name: 'bf-text-field, password shown',
    template: html`<bf-text-field name="a" label="Adgangskode" type="password"></bf-text-field>`,
    act: (el) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click(),
  },
  {
    name: 'bf-textarea, over the limit after submit',
    submit: true,
    template: html`<bf-textarea name="a" label="Fornavn" hint="Som i dit pas" maxlength="2" value="Ada"></bf-textarea>`,
  },
  {
    name: 'bf-textarea, limit before typing',
    template: html`<bf-textarea name="a" label="Fornavn" maxlength="20"></bf-textarea>`,
  },
  {
    name: 'bf-checkbox, required after submit',
    submit: true,
    template: html`<bf-checkbox name="a" label="Fornavn" required></bf-checkbox>`,
  },
  {
    name: 'bf-declaration, default heading and checkbox label, not confirmed after submit',
    submit: true,
    template: html`<bf-declaration name="a">Ja</bf-declaration>`,
  },
  {
    name: 'bf-date-input, format hint',
    template: html`<bf-date-input name="a" label="Fornavn"></bf-date-input>`,
  },
  {
    name: 'bf-date-input, not a real date after submit',
    submit: true,
    template: html`<bf-date-input name="a" label="Fornavn" value="2024-02-31"></bf-date-input>`,
  },
  {
    name: 'bf-date-input, before min after submit',
    submit: true,
    template: html`<bf-date-input name="a" label="Fornavn" min="2020-01-01" value="2019-12-31"></bf-date-input>`,
  },
  {
    name: 'bf-cpr-input, required after submit',
    submit: true,
    template: html`<bf-cpr-input name="a" label="Fornavn" required></bf-cpr-input>`,
  },
  {
    name: 'bf-cpr-input, impossible date after submit',
    submit: true,
    template: html`<bf-cpr-input name="a" label="Fornavn" value="310290-1234"></bf-cpr-input>`,
  },
  {
    name: 'bf-cvr-input, checksum after submit',
    submit: true,
    template: html`<bf-cvr-input name="a" label="Fornavn" value="13748137"></bf-cvr-input>`,
  },
  {
    name: 'bf-phone-input, format after submit',
    submit: true,
    template: html`<bf-phone-input name="a" label="Fornavn" value="1234"></bf-phone-input>`,
  },
  {
    name: 'bf-phone-input foreign, format after submit',
    submit: true,
    template: html`<bf-phone-input name="a" label="Fornavn" allow-foreign value="1234"></bf-phone-input>`,
  },
  {
    name: 'bf-postcode-input, format after submit',
    submit: true,
    template: html`<bf-postcode-input name="a" label="Fornavn" value="80000"></bf-postcode-input>`,
  },
  {
    name: 'bf-postcode-input, outside the municipality after submit',
    submit: true,
    template: html`<bf-postcode-input name="a" label="Fornavn" municipality="0751" value="5000"></bf-postcode-input>`,
  },
  {
    name: 'bf-bank-account, the NemKonto notice',
    template: html`<bf-bank-account name="a" label="Fornavn"></bf-bank-account>`,
  },
  {
    name: 'bf-bank-account, reg.nr + kontonr required after submit',
    submit: true,
    template: html`<bf-bank-account name="a" label="Fornavn" nemkonto-exempt required></bf-bank-account>`,
  },
  {
    name: 'bf-bank-account, IBAN checksum after submit',
    submit: true,
    template: html`<bf-bank-account name="a" label="Fornavn" nemkonto-exempt format="iban" value="DK5000400440116244"></bf-bank-account>`,
  },
  {
    name: 'bf-prefilled, locked with source',
    template: html`<bf-prefilled name="a" label="Fornavn" source="Som i dit pas" value="Ada" editable></bf-prefilled>`,
  },
  {
    name: 'bf-select, required after submit',
    submit: true,
    template: html`<bf-select name="a" label="Fornavn" required><bf-option value="j">Ja</bf-option><bf-option value="n">Nej</bf-option></bf-select>`,
  },
  {
    name: 'bf-radio-group with divider, required after submit',
    submit: true,
    template: html`<bf-radio-group name="a" label="Fornavn" required><bf-option value="j">Ja</bf-option><bf-option value="n">Nej</bf-option>
      <bf-option divider></bf-option><bf-option value="m">Måske</bf-option></bf-radio-group>`,
  },
  {
    name: 'bf-checkbox-group with divider, required after submit',
    submit: true,
    template: html`<bf-checkbox-group name="a" label="Fornavn" required><bf-option value="j">Ja</bf-option>
      <bf-option divider></bf-option><bf-option value="n" exclusive>Nej</bf-option></bf-checkbox-group>`,
  },
  {
    name: 'bf-file-upload, required after submit',
    submit: true,
    template: html`<bf-file-upload name="a" label="Fornavn" accept=".pdf,.jpg" max-size="10MB" multiple required></bf-file-upload>`,
  },
  {
    name: 'bf-address-input, required after submit',
    submit: true,
    template: html`<bf-address-input name="a" label="Fornavn" required></bf-address-input>`,
    act: (el) => {
      (el as BfAddressInput).provider = new OfflineAddressProvider(sampleAddresses);
    },
  },
  {
    name: 'bf-address-input, manual fields open after submit',
    submit: true,
    template: html`<bf-address-input name="a" label="Fornavn" manual required></bf-address-input>`,
  },
  {
    name: 'bf-alert, error with a heading',
    template: html`<bf-alert variant="error" heading="Fornavn">Ada</bf-alert>`,
  },
  {
    name: 'bf-details, default summary, open',
    template: html`<bf-details open>Ada</bf-details>`,
  },
  ...(['info', 'success', 'warning'] as const).map((variant) => ({
    name: `bf-alert, ${variant} without a heading`,
    template: html`<bf-alert variant=${variant}>Ada</bf-alert>`,
  })),
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

const hostPattern = new RegExp(
  HOST_STRINGS.map(escapeRegExp)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'gu',
);

/** What is left of a text once tokens, host strings, digits, punctuation and spaces are taken out. */
function leftover(text: string): string {
  return text
    .replace(/⟦\w+⟧/gu, '')
    .replace(hostPattern, '')
    .replace(/[\p{N}\p{P}\p{S}\s]/gu, '');
}

function untranslated(root: ShadowRoot): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      if (node.parentElement?.closest('style')) continue;
      if (leftover(node.data)) found.push(`text "${node.data.trim()}"`);
    } else if (node instanceof Element) {
      for (const attribute of ['aria-label', 'title', 'placeholder']) {
        const value = node.getAttribute(attribute);
        if (value !== null && leftover(value)) found.push(`${attribute}="${value}"`);
      }
      if (node.shadowRoot) found.push(...untranslated(node.shadowRoot));
    }
  }
  return found;
}

describe('T-1.1 pseudo-localisation: every rendered text comes from the catalogue or the host', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const form = await fixture<HTMLFormElement>(html`<form lang="qps">${c.template}</form>`);
      const control = form.firstElementChild as BfFormControl;
      await control.updateComplete;
      if (c.submit) form.requestSubmit();
      await c.act?.(control);
      await control.updateComplete;
      expect(control.shadowRoot!.textContent).to.contain('⟦'); // the catalogue really was used
      expect(untranslated(control.shadowRoot!)).to.deep.equal([]);
    });
  }
});
