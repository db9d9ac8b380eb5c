// bf-address-input typed by hand only: no provider and `manual` (a page with no host script, such as
// the demo's /parkering/trinvis). The field is then the manual fields' group, named by its label,
// with no search box and no "Jeg kan ikke finde min adresse" button; a provider brings the search
// box back, at once or later.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/address-input.js';
import '../../src/define/form.js';
import { OfflineAddressProvider } from '../../src/address/offline-address-provider.js';
import { sampleAddresses } from '../../src/address/sample-addresses.js';
import type { BfAddressInput } from '../../src/components/address-input/address-input.js';
import type { AddressPart } from '../../src/domain/address.js';
import {
  deepActiveElement,
  findAxNodes,
  idReferenceProblems,
  itWithAccessibilityTree,
  labelAndDescription,
} from '../../src/testing/a11y.js';
import { FakeClock } from '../../src/testing/fake-clock.js';
import { fieldInForm, shownError } from '../../src/testing/field-in-form.js';

const PARTS: readonly AddressPart[] = ['street', 'houseNumber', 'floor', 'door', 'postcode', 'city'];

/** The field in a form, never given a provider; warnings are collected. */
async function byHand(markup: TemplateResult) {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  try {
    const { form, control } = await fieldInForm<BfAddressInput>(markup, 'bf-address-input');
    control.clock = new FakeClock();
    await control.updateComplete;
    return setupOf(form, control, warnings);
  } finally {
    console.warn = warn;
  }
}

function setupOf(form: HTMLFormElement, control: BfAddressInput, warnings: string[] = []) {
  const root = control.shadowRoot!;
  const part = (name: AddressPart) => root.getElementById(name) as HTMLInputElement;
  const settle = async () => {
    for (let round = 0; round < 3; round++) {
      await aTimeout(0);
      await control.updateComplete;
    }
  };
  const typeInto = async (name: AddressPart, value: string) => {
    part(name).focus();
    part(name).select();
    await sendKeys({ type: value });
    await settle();
  };
  const group = () => root.querySelector<HTMLFieldSetElement>('fieldset')!;
  /** "Send", as the citizen: a failed submit moves focus to the first problem. */
  const send = async () => {
    form.querySelector('button')!.click();
    await settle();
  };
  return { form, control, root, part, settle, typeInto, group, send, warnings };
}

const field = (attributes = '') =>
  html`<bf-address-input name="adresse" label="Adresse" manual ?required=${attributes.includes('required')}
    ?readonly=${attributes.includes('readonly')} ?disabled=${attributes.includes('disabled')}
    error=${attributes.includes('error') ? 'Adressen findes ikke i registret' : ''}></bf-address-input>`;

describe('bf-address-input typed by hand only (no provider, manual)', () => {
  it('shows the manual fields as the whole field: no search box, no button, no warning; the legend is the label', async () => {
    const setup = await byHand(field('required'));
    const { root } = setup;
    expect(root.querySelector('[role="combobox"]'), 'no search box').to.equal(null);
    expect(root.querySelector('[role="listbox"]')).to.equal(null);
    expect(root.querySelector('[part~="manual-button"]'), 'no "Jeg kan ikke finde min adresse"').to.equal(
      null,
    );
    expect(root.querySelector('label[for="control"]'), 'no label pointing at nothing').to.equal(null);
    expect(root.querySelectorAll('fieldset')).to.have.length(1);
    expect([...root.querySelectorAll('input')].map((input) => input.id)).to.deep.equal([...PARTS]);
    expect(labelAndDescription(setup.group())).to.deep.equal({ name: 'Adresse', description: '' });
    expect(setup.group().querySelector(':scope > legend')!.getAttribute('part')).to.equal('label');
    expect(labelAndDescription(setup.part('street')).name).to.equal('Vejnavn');
    expect(idReferenceProblems(root)).to.deep.equal([]);
    expect(setup.control.searchAvailable).to.equal(false);
    expect(setup.warnings).to.deep.equal([]);
  });

  it('marks an optional field in the legend, and its own hint describes the group', async () => {
    const { form, control } = await fieldInForm<BfAddressInput>(
      html`<bf-address-input name="adresse" label="Adresse" manual hint="Der, hvor du bor"></bf-address-input>`,
      'bf-address-input',
    );
    const setup = setupOf(form, control);
    expect(labelAndDescription(setup.group())).to.deep.equal({
      name: 'Adresse (frivilligt)',
      description: 'Der, hvor du bor',
    });
    expect(idReferenceProblems(setup.root)).to.deep.equal([]);
  });

  itWithAccessibilityTree('is a group named by the label, holding the six named text boxes', async () => {
    const setup = await byHand(field('required'));
    expect(await findAxNodes((n) => n.role === 'combobox')).to.have.length(0);
    const [group] = await findAxNodes((n) => n.role === 'group' && n.name === 'Adresse', [setup.group()]);
    expect(group, 'a group named "Adresse"').to.exist;
    const names = (group.children ?? []).flatMap(function names(node): string[] {
      return node.role === 'textbox' ? [node.name] : (node.children ?? []).flatMap(names);
    });
    expect(names).to.deep.equal([
      'Vejnavn',
      'Husnummer',
      'Etage (frivilligt)',
      'Dør (frivilligt)',
      'Postnummer',
      'By',
    ]);
  });

  it('focus() lands in the street, or in the field with the error', async () => {
    const setup = await byHand(field('required'));
    setup.control.focus();
    expect(deepActiveElement()).to.equal(setup.part('street'));
    await setup.typeInto('street', 'Søndergade');
    await setup.typeInto('houseNumber', '3');
    await setup.send();
    expect(shownError(setup.control)).to.equal('Fejl: Indtast postnummer');
    expect(deepActiveElement()).to.equal(setup.part('postcode'));
    setup.part('street').focus();
    setup.control.focus();
    expect(deepActiveElement()).to.equal(setup.part('postcode'));
  });

  it('required and empty: "Indtast vejnavn" at the street, focused on submit; each part in turn; optional and empty is no error', async () => {
    const setup = await byHand(field('required'));
    await setup.send();
    expect(setup.control.validationMessage).to.equal('Indtast vejnavn');
    expect(setup.control.validity?.valueMissing).to.equal(true);
    const street = setup.part('street');
    expect(street.closest('[part~="manual-part"]')!.querySelector('[part~="error"]')).to.exist;
    expect(street.getAttribute('aria-invalid')).to.equal('true');
    expect(labelAndDescription(street).description).to.equal('Fejl: Indtast vejnavn');
    expect(
      setup.group().hasAttribute('aria-describedby'),
      'the error is the street’s, not the group’s',
    ).to.equal(false);
    expect(deepActiveElement()).to.equal(street);
    await sendKeys({ type: 'Søndergade' });
    await setup.settle();
    expect(setup.control.validationMessage).to.equal('Indtast husnummer');
    const optional = await byHand(field());
    expect(optional.control.checkValidity()).to.equal(true);
    expect([...new FormData(optional.form)]).to.deep.equal([
      ['adresse', ''],
      ['adresse-street', ''],
      ['adresse-house-number', ''],
      ['adresse-floor', ''],
      ['adresse-door', ''],
      ['adresse-postcode', ''],
      ['adresse-city', ''],
    ]);
  });

  it('takes message-required for the empty street, and speaks English inside lang="en"', async () => {
    const own = await byHand(
      html`<bf-address-input name="adresse" label="Adresse" manual required message-required="Skriv din adresse"></bf-address-input>`,
    );
    await own.send();
    expect(shownError(own.control)).to.equal('Fejl: Skriv din adresse');
    const { form, control } = await fieldInForm<BfAddressInput>(
      html`<bf-address-input name="adresse" label="Address" manual required></bf-address-input>`,
      'bf-address-input',
      'en',
    );
    const english = setupOf(form, control);
    await english.send();
    expect(shownError(control)).to.equal('Error: Enter street name');
    expect(labelAndDescription(english.part('street')).name).to.equal('Street name');
  });

  it('submits the parts, saves them for back/forward, and resets to empty manual fields', async () => {
    const setup = await byHand(field('required'));
    await setup.typeInto('street', 'Søndergade');
    await setup.typeInto('houseNumber', '3');
    await setup.typeInto('postcode', '8000');
    expect(setup.part('city').value, 'the town from the table').to.equal('Aarhus C');
    expect(setup.control.checkValidity()).to.equal(true);
    expect([...new FormData(setup.form)]).to.deep.equal([
      ['adresse', 'Søndergade 3, 8000 Aarhus C'],
      ['adresse-street', 'Søndergade'],
      ['adresse-house-number', '3'],
      ['adresse-floor', ''],
      ['adresse-door', ''],
      ['adresse-postcode', '8000'],
      ['adresse-city', 'Aarhus C'],
    ]);
    const saved = (setup.control as unknown as { formState: string }).formState;
    setup.form.reset();
    await setup.settle();
    expect(setup.root.querySelector('[role="combobox"]')).to.equal(null);
    expect(PARTS.map((name) => setup.part(name).value)).to.deep.equal(['', '', '', '', '', '']);
    expect(setup.control.value).to.equal('');
    setup.control.formStateRestoreCallback(saved);
    await setup.settle();
    expect(setup.root.querySelector('[role="combobox"]')).to.equal(null);
    expect(setup.part('street').value).to.equal('Søndergade');
    expect(setup.control.value).to.equal('Søndergade 3, 8000 Aarhus C');
  });

  it("shows a server's error at the top of the group, describing it; focus() goes to the street", async () => {
    const setup = await byHand(field('required error'));
    const error = setup.group().querySelector('[part~="error"]');
    expect(error, 'the error inside the group, before the parts').to.exist;
    expect(labelAndDescription(setup.group()).description).to.equal('Fejl: Adressen findes ikke i registret');
    expect(setup.part('street').hasAttribute('aria-invalid')).to.equal(false);
    expect(idReferenceProblems(setup.root)).to.deep.equal([]);
    setup.control.focus();
    expect(deepActiveElement()).to.equal(setup.part('street'));
    await expect(setup.form).to.be.accessible();
  });

  it('read-only and disabled: the parts follow, with no marker, hint or error', async () => {
    const readonly = await byHand(field('required readonly'));
    expect(PARTS.every((name) => readonly.part(name).readOnly)).to.equal(true);
    expect(labelAndDescription(readonly.group()).name).to.equal('Adresse');
    const disabled = await byHand(field('required disabled'));
    expect(PARTS.every((name) => disabled.part(name).disabled)).to.equal(true);
    disabled.form.requestSubmit();
    await disabled.settle();
    expect(shownError(disabled.control)).to.equal('');
    expect([...new FormData(disabled.form)]).to.deep.equal([]);
  });

  it('passes axe with a part’s error', async () => {
    const setup = await byHand(field('required'));
    setup.form.requestSubmit();
    await setup.settle();
    await expect(setup.form).to.be.accessible();
  });

  it("an error summary's link lands in the street", async () => {
    const bfForm = await fixture(html`<bf-form><form @submit=${(e: Event) => e.preventDefault()}>
      <bf-address-input name="adresse" label="Adresse" manual required></bf-address-input>
      <button>Send</button>
    </form></bf-form>`);
    const form = bfForm.querySelector('form')!;
    const control = form.querySelector<BfAddressInput>('bf-address-input')!;
    await control.updateComplete;
    form.querySelector('button')!.click();
    await aTimeout(0);
    const summary = form.querySelector('bf-error-summary')!;
    await summary.updateComplete;
    const links = [...summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((link) => link.textContent?.trim())).to.deep.equal(['Indtast vejnavn']);
    links[0].focus();
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement()).to.equal(control.shadowRoot!.getElementById('street'));
  });
});

describe('bf-address-input with a provider set by the host', () => {
  it('in the same task as the upgrade: the search box is there from the first render', async () => {
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    const control = document.createElement('bf-address-input');
    control.setAttribute('label', 'Adresse');
    control.setAttribute('manual', '');
    form.append(control);
    control.provider = new OfflineAddressProvider(sampleAddresses); // a host module, after define
    expect(control.hasUpdated, 'not rendered yet').to.equal(false);
    await control.updateComplete; // the first render
    expect(control.shadowRoot!.querySelector('[role="combobox"]')).to.exist;
    expect(control.shadowRoot!.querySelector('fieldset legend')!.textContent.trim()).to.equal(
      'Skriv adressen selv',
    );
    expect(control.searchAvailable).to.equal(true);
  });

  it('later: the search box comes above the manual fields; focus and what was typed stay', async () => {
    const setup = await byHand(field('required'));
    await setup.typeInto('street', 'Sønder');
    const street = setup.part('street');
    setup.control.provider = new OfflineAddressProvider(sampleAddresses);
    await setup.settle();
    const combobox = setup.root.querySelector<HTMLInputElement>('[role="combobox"]')!;
    expect(labelAndDescription(combobox).name).to.equal('Adresse');
    expect(setup.part('street'), 'the same input').to.equal(street);
    expect(deepActiveElement()).to.equal(street);
    expect(street.value).to.equal('Sønder');
    expect(setup.group().querySelector(':scope > legend')!.textContent.trim()).to.equal(
      'Skriv adressen selv',
    );
    expect(idReferenceProblems(setup.root)).to.deep.equal([]);
    setup.control.provider = null;
    await setup.settle();
    expect(setup.root.querySelector('[role="combobox"]'), 'typed by hand only again').to.equal(null);
  });

  it('without `manual`, a field with no provider keeps its search box, also after the button', async () => {
    const setup = await byHand(html`<bf-address-input name="adresse" label="Adresse"></bf-address-input>`);
    expect(setup.root.querySelector('[role="combobox"]')).to.exist;
    setup.root.querySelector<HTMLButtonElement>('[part~="manual-button"]')!.click();
    await setup.settle();
    expect(setup.root.querySelector('[role="combobox"]'), 'the page did not ask for typing by hand').to.exist;
    expect(deepActiveElement()).to.equal(setup.part('street'));
  });
});
