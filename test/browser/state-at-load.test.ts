// Issue 23, item 2: a page that arrives with a value (a server round trip, a draft) gives a sighted
// user and a screen reader the same information as typing that value and leaving the field would.
// For each field: the accessibility tree of "rendered with the value" equals that of "typed it, left".
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/all.js';
import type { BfFormControl } from '../../src/base/form-control.js';
import type { BfTextarea } from '../../src/components/textarea/textarea.js';
import { itWithAccessibilityTree, type AxNode } from '../../src/testing/a11y.js';
import { FakeClock } from '../../src/testing/fake-clock.js';
import { OfflineAddressProvider } from '../../src/address/offline-address-provider.js';
import { sampleAddresses } from '../../src/address/sample-addresses.js';

interface Case {
  /** What the field is, for the test title. */
  readonly field: string;
  /** The field as a server sends it back: with the value. */
  readonly loaded: TemplateResult;
  /** The same field, empty. */
  readonly blank: TemplateResult;
  /** What the citizen does to the blank field to give the same value (focus is on the field). */
  readonly enter: (control: BfFormControl) => Promise<void>;
}

const type = (text: string) => async () => {
  await sendKeys({ type: text });
};

const cases: Case[] = [
  {
    field: 'bf-text-field',
    loaded: html`<bf-text-field name="navn" label="Navn" value="Ada Åberg 😀"></bf-text-field>`,
    blank: html`<bf-text-field name="navn" label="Navn"></bf-text-field>`,
    enter: type('Ada Åberg 😀'),
  },
  {
    field: 'bf-textarea with a count',
    loaded: html`<bf-textarea name="note" label="Bemærkning" maxlength="20" value="To katte og en hund"></bf-textarea>`,
    blank: html`<bf-textarea name="note" label="Bemærkning" maxlength="20"></bf-textarea>`,
    enter: async (control) => {
      const clock = new FakeClock();
      (control as BfTextarea).clock = clock;
      await sendKeys({ type: 'To katte og en hund' });
      clock.advance(5000); // the pause after typing that announces the count
    },
  },
  {
    field: 'bf-cpr-input',
    loaded: html`<bf-cpr-input name="cpr" label="CPR-nummer" value="0101901234"></bf-cpr-input>`,
    blank: html`<bf-cpr-input name="cpr" label="CPR-nummer"></bf-cpr-input>`,
    enter: type('0101901234'), // shown as 010190-1234 once left, and so at load
  },
  {
    field: 'bf-cvr-input',
    loaded: html`<bf-cvr-input name="cvr" label="CVR-nummer" value="13748136"></bf-cvr-input>`,
    blank: html`<bf-cvr-input name="cvr" label="CVR-nummer"></bf-cvr-input>`,
    enter: type('13748136'),
  },
  {
    field: 'bf-phone-input',
    loaded: html`<bf-phone-input name="tlf" label="Telefon" value="+4512345678"></bf-phone-input>`,
    blank: html`<bf-phone-input name="tlf" label="Telefon"></bf-phone-input>`,
    enter: type('+4512345678'),
  },
  {
    field: 'bf-postcode-input, with its town',
    loaded: html`<bf-postcode-input name="pnr" label="Postnummer" value="8000"></bf-postcode-input>`,
    blank: html`<bf-postcode-input name="pnr" label="Postnummer"></bf-postcode-input>`,
    enter: type('8000'),
  },
  {
    field: 'bf-bank-account, reg.nr + kontonr',
    loaded: html`<bf-bank-account name="konto" label="Konto" nemkonto-exempt value="0040-0440116243"></bf-bank-account>`,
    blank: html`<bf-bank-account name="konto" label="Konto" nemkonto-exempt></bf-bank-account>`,
    enter: async () => {
      await sendKeys({ type: '0040' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '0440116243' }); // the kontonr as the page shows 0040-0440116243
    },
  },
  {
    field: 'bf-bank-account, IBAN',
    loaded: html`<bf-bank-account name="iban" label="IBAN" nemkonto-exempt format="iban" value="DK5000400440116243"></bf-bank-account>`,
    blank: html`<bf-bank-account name="iban" label="IBAN" nemkonto-exempt format="iban"></bf-bank-account>`,
    enter: type('DK5000400440116243'), // shown in groups of four once left, and so at load
  },
  {
    field: 'bf-date-input',
    loaded: html`<bf-date-input name="dato" label="Flyttedato" value="2024-02-29"></bf-date-input>`,
    blank: html`<bf-date-input name="dato" label="Flyttedato"></bf-date-input>`,
    enter: async () => {
      await sendKeys({ type: '29' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '02' }); // the month as the page shows 2024-02-29
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '2024' });
    },
  },
  {
    field: 'bf-select',
    loaded: html`<bf-select name="bolig" label="Bolig" value="leje"
      ><bf-option value="ejer">Ejerbolig</bf-option><bf-option value="leje">Lejebolig</bf-option></bf-select
    >`,
    blank: html`<bf-select name="bolig" label="Bolig"
      ><bf-option value="ejer">Ejerbolig</bf-option><bf-option value="leje">Lejebolig</bf-option></bf-select
    >`,
    enter: async () => {
      await sendKeys({ press: 'ArrowDown' }); // Vælg → Ejerbolig
      await sendKeys({ press: 'ArrowDown' }); // → Lejebolig
    },
  },
  {
    field: 'bf-radio-group with revealed content',
    loaded: html`<bf-radio-group name="dyr" label="Har du dyr?" value="ja">
      <bf-option value="ja">Ja</bf-option><bf-option value="nej">Nej</bf-option>
      <bf-text-field slot="conditional-ja" name="hvilke" label="Hvilke dyr?"></bf-text-field>
    </bf-radio-group>`,
    blank: html`<bf-radio-group name="dyr" label="Har du dyr?">
      <bf-option value="ja">Ja</bf-option><bf-option value="nej">Nej</bf-option>
      <bf-text-field slot="conditional-ja" name="hvilke" label="Hvilke dyr?"></bf-text-field>
    </bf-radio-group>`,
    enter: async () => {
      await sendKeys({ press: 'Space' });
    },
  },
  {
    field: 'bf-checkbox-group',
    loaded: html`<bf-checkbox-group name="ydelser" label="Ydelser" value="a"
      ><bf-option value="a">Boligstøtte</bf-option><bf-option value="b">Børnetilskud</bf-option></bf-checkbox-group
    >`,
    blank: html`<bf-checkbox-group name="ydelser" label="Ydelser"
      ><bf-option value="a">Boligstøtte</bf-option><bf-option value="b">Børnetilskud</bf-option></bf-checkbox-group
    >`,
    enter: async () => {
      await sendKeys({ press: 'Space' });
    },
  },
  {
    field: 'bf-checkbox',
    loaded: html`<bf-checkbox name="ok" label="Jeg bekræfter" checked></bf-checkbox>`,
    blank: html`<bf-checkbox name="ok" label="Jeg bekræfter"></bf-checkbox>`,
    enter: async () => {
      await sendKeys({ press: 'Space' });
    },
  },
  {
    field: 'bf-declaration',
    loaded: html`<bf-declaration name="erklaering" checked
      >Jeg erklærer på tro og love, at oplysningerne er rigtige.</bf-declaration
    >`,
    blank: html`<bf-declaration name="erklaering">Jeg erklærer på tro og love, at oplysningerne er rigtige.</bf-declaration>`,
    enter: async () => {
      await sendKeys({ press: 'Space' });
    },
  },
  {
    field: 'bf-prefilled, corrected',
    loaded: html`<bf-prefilled name="navn" label="Navn" source="CPR-registret" fetched-value="Ada Jensen"
      value="Ada Åberg Jensen" editable></bf-prefilled>`,
    blank: html`<bf-prefilled name="navn" label="Navn" source="CPR-registret" value="Ada Jensen" editable></bf-prefilled>`,
    enter: async (control) => {
      control.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
      await control.updateComplete;
      const input = control.shadowRoot!.querySelector('input')!;
      input.focus();
      input.select();
      await sendKeys({ type: 'Ada Åberg Jensen' });
    },
  },
  {
    field: 'bf-address-input, chosen from the list',
    loaded: html`<bf-address-input name="adresse" label="Adresse" value="Rådhuspladsen 2, 8000 Aarhus C"></bf-address-input>`,
    blank: html`<bf-address-input name="adresse" label="Adresse"></bf-address-input>`,
    enter: async (control) => {
      const clock = new FakeClock();
      Object.assign(control, { provider: new OfflineAddressProvider(sampleAddresses), clock });
      await sendKeys({ type: 'Rådhuspladsen 2' });
      clock.advance(5000); // the pause after typing that starts the search
      for (let i = 0; i < 20 && !control.shadowRoot!.querySelector('[role=option]'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        await control.updateComplete;
      }
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await new Promise((resolve) => setTimeout(resolve, 0));
      await control.updateComplete;
    },
  },
  {
    field: 'bf-file-upload, a file the server holds',
    loaded: html`<bf-file-upload name="bilag" label="Bilag" multiple
      ><bf-stored-file reference="r-1" size="1200" type="application/pdf">a.pdf</bf-stored-file></bf-file-upload
    >`,
    blank: html`<bf-file-upload name="bilag" label="Bilag" multiple></bf-file-upload>`,
    enter: async (control) => {
      const input = control.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(1200)], 'a.pdf', { type: 'application/pdf' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await control.updateComplete;
    },
  },
];

type SnapshotNode = AxNode & {
  backendNodeId?: number;
  loaderId?: string;
  autocomplete?: string;
  haspopup?: string;
  children?: SnapshotNode[];
};

/**
 * The tree without what only says where focus is, which DOM node a line came from, or that the
 * browser's own autofill has suggestions for a name typed into earlier in the run ("list"/"menu":
 * Chromium's history popup, not the field's; our comboboxes say "listbox").
 */
function comparable(node: SnapshotNode): AxNode {
  const { focused: _f, backendNodeId: _b, loaderId: _l, children, ...rest } = node;
  if (rest.autocomplete === 'list' && rest.haspopup === 'menu') {
    delete rest.autocomplete;
    delete rest.haspopup;
  }
  return children ? { ...rest, children: children.map(comparable) } : rest;
}

async function treeOf(markup: TemplateResult, enter?: Case['enter']): Promise<AxNode> {
  const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
    <button type="button">Før</button>${markup}<button>Send</button>
  </form>`);
  const control = form.querySelector<BfFormControl>('*:not(button)')!;
  await control.updateComplete;
  if (enter) {
    form.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await enter(control);
    form.querySelector<HTMLButtonElement>(':scope > button:last-of-type')!.focus(); // leave the field
    await control.updateComplete;
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const tree = comparable((await a11ySnapshot({})) as unknown as SnapshotNode);
  fixtureCleanup();
  return tree;
}

describe('state at load equals state after typing (issue 23)', () => {
  for (const c of cases) {
    itWithAccessibilityTree(`${c.field}: rendered with the value reads as typed and left`, async () => {
      const typed = await treeOf(c.blank, c.enter);
      const loaded = await treeOf(c.loaded);
      expect(JSON.stringify(loaded, null, 1)).to.equal(JSON.stringify(typed, null, 1));
    });
  }
});
