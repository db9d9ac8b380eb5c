import { aTimeout, expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/address-input.js';
import '../../src/define/error-summary.js';
import '../../src/define/form.js';
import { OfflineAddressProvider } from '../../src/address/offline-address-provider.js';
import { sampleAddresses } from '../../src/address/sample-addresses.js';
import {
  ADDRESS_SEARCH_DELAY,
  type BfAddressInput,
} from '../../src/components/address-input/address-input.js';
import type { AddressPart } from '../../src/domain/address.js';
import { deepActiveElement } from '../../src/testing/a11y.js';
import { FakeClock } from '../../src/testing/fake-clock.js';
import { fieldInForm } from '../../src/testing/field-in-form.js';

// Issue 15 items 3 and 4: the manual fields check the postcode against PostNord's table and fill in
// the town with or without a provider (a provider's answer wins); the municipality rule.

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();

async function field(markup: TemplateResult, provider: OfflineAddressProvider | null = null) {
  const { form, control, input } = await fieldInForm<BfAddressInput>(
    markup,
    'bf-address-input',
    'da',
    '#control',
  );
  control.clock = new FakeClock();
  control.provider = provider;
  await control.updateComplete;
  const root = control.shadowRoot!;
  const part = (name: AddressPart) => root.getElementById(name) as HTMLInputElement;
  const settle = async () => {
    for (let round = 0; round < 3; round++) {
      await aTimeout(0);
      await control.updateComplete;
    }
  };
  /** Focuses a manual field and types, as the citizen does. */
  const typeInto = async (name: AddressPart, value: string) => {
    part(name).focus();
    part(name).select();
    await sendKeys({ type: value });
    await settle();
  };
  const fillManual = async (parts: Partial<Record<AddressPart, string>>) => {
    for (const [name, value] of Object.entries(parts)) await typeInto(name as AddressPart, value);
  };
  const error = () => text(root.querySelector('[part~="error"]:not([hidden])'));
  return { form, control, input, root, part, settle, typeInto, fillManual, error };
}

const manual = (attributes: { municipality?: string } = {}) =>
  html`<bf-address-input name="adresse" label="Adresse" manual municipality=${attributes.municipality ?? ''}></bf-address-input>`;

/** A provider whose postcode service knows better than the table (a newer register). */
class NewerRegister extends OfflineAddressProvider {
  override postcode(code: string): Promise<string | undefined> {
    return Promise.resolve(({ '8000': 'Aarhus C (Midtby)', '0998': 'Nyby' } as Record<string, string>)[code]);
  }
}

describe('bf-address-input: postcodes from the table', () => {
  it('without a provider, a postcode fills in the town from the table and says so politely; the town stays editable', async () => {
    const setup = await field(manual());
    await setup.typeInto('postcode', '8000');
    expect(setup.part('city').value).to.equal('Aarhus C');
    expect(text(setup.root.querySelector('.visually-hidden[role="status"]'))).to.equal('By: Aarhus C');
    await setup.typeInto('city', 'Aarhus N');
    expect(setup.part('city').value).to.equal('Aarhus N');
    await setup.typeInto('postcode', '5000');
    expect(setup.part('city').value, 'a town the citizen wrote is never replaced').to.equal('Aarhus N');
  });

  it('a postcode that does not exist is an error at the postcode, and the error summary link goes there', async () => {
    const setup = await field(manual());
    await setup.fillManual({ street: 'Testvej', houseNumber: '1', postcode: '0998', city: 'Nyby' });
    setup.form.requestSubmit();
    await setup.settle();
    expect(setup.error()).to.contain('Postnummeret findes ikke. Tjek, at du har skrevet det rigtigt');
    expect(setup.control.checkValidity()).to.equal(false);
    setup.control.focus();
    expect(deepActiveElement()).to.equal(setup.part('postcode'));
    await setup.typeInto('postcode', '8000');
    expect(setup.control.checkValidity()).to.equal(true);
    expect(new FormData(setup.form).get('adresse')).to.equal('Testvej 1, 8000 Nyby');
  });

  it("the provider's answer wins: its town replaces the table's, and a code it knows is no error", async () => {
    const setup = await field(manual(), new NewerRegister(sampleAddresses));
    await setup.typeInto('postcode', '8000');
    expect(setup.part('city').value).to.equal('Aarhus C (Midtby)');
    await setup.fillManual({ street: 'Testvej', houseNumber: '1', postcode: '0998' });
    expect(setup.part('city').value).to.equal('Nyby');
    expect(setup.control.checkValidity()).to.equal(true);
  });
});

describe('bf-address-input municipality', () => {
  it('a hand-written address whose postcode does not reach the municipality: the message names it', async () => {
    const setup = await field(manual({ municipality: '0751' }));
    await setup.fillManual({ street: 'Rådhuspladsen', houseNumber: '1', postcode: '1550' });
    setup.form.requestSubmit();
    await setup.settle();
    expect(setup.error()).to.contain(
      'Adressen ligger ikke i Aarhus Kommune. Løsningen er kun for borgere i Aarhus Kommune',
    );
    setup.control.focus();
    expect(deepActiveElement()).to.equal(setup.part('postcode'));
    await setup.typeInto('postcode', '8000');
    expect(setup.control.checkValidity()).to.equal(true);
    await expect(setup.form).to.be.accessible();
  });

  it('a postcode that reaches two municipalities is accepted for either (6100: Haderslev and Kolding)', async () => {
    const setup = await field(manual({ municipality: '621' }));
    await setup.fillManual({ street: 'Storegade', houseNumber: '2', postcode: '6100' });
    expect(setup.part('city').value).to.equal('Haderslev');
    expect(setup.control.checkValidity()).to.equal(true);
  });

  it('an address chosen from the register is judged by its municipality code; the message lists every municipality', async () => {
    const setup = await field(
      html`<bf-address-input name="adresse" label="Adresse" municipality="0751, 0510"></bf-address-input>`,
      new OfflineAddressProvider(sampleAddresses),
    );
    setup.control.address = sampleAddresses.find((address) => address.municipalityCode === '0101')!;
    setup.form.requestSubmit();
    await setup.settle();
    expect(setup.error()).to.contain(
      'Adressen ligger ikke i Aarhus Kommune eller Haderslev Kommune. Løsningen er kun for borgere i Aarhus Kommune eller Haderslev Kommune',
    );
    setup.control.address = sampleAddresses.find((address) => address.municipalityCode === '0751')!;
    await setup.settle();
    expect(setup.control.checkValidity()).to.equal(true);
    // Typing and choosing by keyboard gives the same judgement as setting the address.
    setup.control.address = null;
    setup.input.focus();
    await sendKeys({ type: 'Rådhuspladsen 1' });
    (setup.control.clock as FakeClock).advance(ADDRESS_SEARCH_DELAY);
    await setup.settle();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await setup.settle();
    expect(setup.control.address!.municipalityCode).to.equal('0101');
    expect(setup.control.checkValidity()).to.equal(false);
  });
});
