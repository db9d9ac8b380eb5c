import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/fieldset.js';
import '../../src/define/text-field.js';
import type { BfFieldset } from '../../src/components/fieldset/fieldset.js';
import type { BfTextField } from '../../src/components/text-field/text-field.js';
import {
  deepActiveElement,
  findAxNodes,
  idReferenceProblems,
  itWithAccessibilityTree,
  labelAndDescription,
  type AxNode,
} from '../../src/testing/a11y.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();

async function groupInForm(markup: TemplateResult, lang = 'da') {
  const form = await fixture<HTMLFormElement>(
    html`<form lang=${lang} @submit=${(e: Event) => e.preventDefault()}><button type="button" id="before">Før</button
      >${markup}<button id="send">Send</button></form>`,
  );
  const group = form.querySelector('bf-fieldset')!;
  const fields = [...form.querySelectorAll<BfTextField>('bf-text-field')];
  await group.updateComplete;
  await Promise.all(fields.map((field) => field.updateComplete));
  const root = group.shadowRoot!;
  return { form, group, fields, root, fieldset: root.querySelector('fieldset')! };
}

const address = html`<bf-fieldset legend="Din nye adresse" hint="Den adresse, du flytter til">
  <bf-text-field name="vej" label="Vej og husnummer" value="Vestergade 1" required></bf-text-field>
  <bf-text-field name="postnr" label="Postnummer" required></bf-text-field>
</bf-fieldset>`;

/** The first node in a subtree that matches. */
function findIn(node: AxNode, match: (n: AxNode) => boolean): AxNode | undefined {
  if (match(node)) return node;
  for (const child of node.children ?? []) {
    const found = findIn(child, match);
    if (found) return found;
  }
  return undefined;
}

describe('bf-fieldset', () => {
  it('keeps its fields in the form: FormData, validity and reset reach them as before', async () => {
    const { form, fields } = await groupInForm(address);
    expect([...form.elements].filter((e) => e.localName === 'bf-text-field')).to.deep.equal(fields);
    expect(form.checkValidity(), 'the empty required postcode blocks the form').to.equal(false);
    fields[1].value = '8000';
    expect(form.checkValidity()).to.equal(true);
    expect([...new FormData(form)]).to.deep.equal([
      ['vej', 'Vestergade 1'],
      ['postnr', '8000'],
    ]);
    form.reset();
    expect(new FormData(form).get('postnr')).to.equal('');
  });

  it('a native <fieldset disabled> around it disables its fields and leaves them out of FormData', async () => {
    const { form, fields } = await groupInForm(html`<fieldset disabled>${address}</fieldset>`);
    expect(fields.every((field) => field.matches(':disabled'))).to.equal(true);
    expect([...new FormData(form)]).to.deep.equal([]);
  });

  it('is named by its legend and described by its hint, in its own root; the legend comes first', async () => {
    const { root, fieldset } = await groupInForm(address);
    expect(labelAndDescription(fieldset)).to.deep.equal({
      name: 'Din nye adresse',
      description: 'Den adresse, du flytter til',
    });
    expect(fieldset.firstElementChild!.localName).to.equal('legend');
    expect(idReferenceProblems(root)).to.deep.equal([]);
  });

  itWithAccessibilityTree(
    'the accessibility tree has a group named by the legend, described by the hint, holding the fields',
    async () => {
      const { fieldset } = await groupInForm(address);
      const [group] = await findAxNodes(
        (n) => n.role === 'group' && n.name === 'Din nye adresse',
        [fieldset],
      );
      expect(group, 'the group').to.exist;
      expect(group.description).to.equal('Den adresse, du flytter til');
      expect(findIn(group, (n) => n.role === 'textbox' && n.name === 'Vej og husnummer')).to.exist;
      expect(findIn(group, (n) => n.role === 'textbox' && n.name === 'Postnummer')).to.exist;
    },
  );

  it('Tab goes through its fields in order; the group itself is no tab stop (W-1.3.2, W-2.4.3)', async () => {
    const { form, fields } = await groupInForm(address);
    form.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(fields[0].shadowRoot!.querySelector('input'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(fields[1].shadowRoot!.querySelector('input'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(form.querySelector('#send'));
  });

  it('legend-as-heading: the legend holds the page’s h1, and still names the group', async () => {
    const { group, root, fieldset } =
      await groupInForm(html`<bf-fieldset legend="Hvor skal du bo?" legend-as-heading>
      <bf-text-field name="adresse" label="Adresse"></bf-text-field>
    </bf-fieldset>`);
    const h1 = root.querySelector('legend > h1')!;
    expect(text(h1)).to.equal('Hvor skal du bo?');
    expect(labelAndDescription(fieldset)).to.deep.equal({ name: 'Hvor skal du bo?', description: '' });
    expect(fieldset.hasAttribute('aria-describedby'), 'no hint, no description').to.equal(false);
    expect(root.querySelector<HTMLElement>('[part="hint"]')!.hidden).to.equal(true);
    await expect(group).to.be.accessible();
  });

  itWithAccessibilityTree(
    'legend-as-heading: a level 1 heading inside the group of the same name',
    async () => {
      const { fieldset } = await groupInForm(html`<bf-fieldset legend="Hvor skal du bo?" legend-as-heading>
      <bf-text-field name="adresse" label="Adresse"></bf-text-field>
    </bf-fieldset>`);
      const [group] = await findAxNodes(
        (n) => n.role === 'group' && n.name === 'Hvor skal du bo?',
        [fieldset],
      );
      const heading: (AxNode & { level?: number }) | undefined = findIn(group, (n) => n.role === 'heading');
      expect(heading?.name).to.equal('Hvor skal du bo?');
      expect(heading?.level).to.equal(1);
    },
  );

  it('takes a rich hint from the hint slot, after the hint attribute, as part of the description', async () => {
    const { group, fieldset } =
      await groupInForm(html`<bf-fieldset legend="Dine børn" hint="Børn under 18 år.">
      <span slot="hint">Se <a href="#regler">reglerne</a>.</span>
      <bf-text-field name="barn" label="Barnets navn"></bf-text-field>
    </bf-fieldset>`);
    expect(labelAndDescription(fieldset).description).to.equal('Børn under 18 år. Se reglerne.');
    expect(group.querySelector('a')!.checkVisibility()).to.equal(true);
    await expect(group).to.be.accessible();
  });

  it('renders legend and hint as text, never as HTML, and has no text of its own', async () => {
    const { root } =
      await groupInForm(html`<bf-fieldset legend="<b>Adresse</b>" hint="<img src=x onerror=alert(1)>">
      <bf-text-field name="a" label="A"></bf-text-field>
    </bf-fieldset>`);
    expect(root.querySelector('b, img')).to.equal(null);
    expect(text(root)).to.equal('<b>Adresse</b><img src=x onerror=alert(1)>');
  });

  it('its fields speak English under lang="en"; the group adds no text of its own', async () => {
    const { form, fields, root } = await groupInForm(
      html`<bf-fieldset legend="Your new address"><bf-text-field name="street" label="Street" required></bf-text-field></bf-fieldset>`,
      'en',
    );
    form.requestSubmit();
    await fields[0].updateComplete;
    expect(fields[0].validationMessage).to.equal('Enter street');
    expect(text(root)).to.equal('Your new address');
  });

  it('passes axe, with fields in error too', async () => {
    const { form, group, fields } = await groupInForm(address);
    await expect(group).to.be.accessible();
    form.requestSubmit();
    await fields[1].updateComplete;
    expect(fields[1].userInvalid).to.equal(true);
    await expect(group).to.be.accessible();
  });

  it('warns once when it has no legend', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const group = await fixture<BfFieldset>(html`<bf-fieldset><p>Uden overskrift</p></bf-fieldset>`);
      await group.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).to.contain('<bf-fieldset> has no legend');
  });
});
