// The Vue 3 recipe of docs/frameworks.md, in a real Vue app: `isCustomElement` for `bf-` tags, `v-model`
// on an element (Vue binds `value` and listens to `input`), `:value` with `@input`, `v-model.lazy` (`change`),
// typing by keyboard, the bound state following, and what the browser itself submits from the form.
// (This template is compiled in the browser, where Vue also counts any registered tag as an element;
// test/unit/vue-recipe.test.ts shows why a build-time compile needs `isCustomElement`.)
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createApp, type App } from 'vue/dist/vue.esm-browser.prod.js';
import '../../src/define/date-input.js';
import '../../src/define/option.js';
import '../../src/define/radio-group.js';
import '../../src/define/text-field.js';
import type { BfDateInput } from '../../src/components/date-input/date-input.js';
import type { BfRadioGroup } from '../../src/components/radio-group/radio-group.js';
import type { BfTextField } from '../../src/components/text-field/text-field.js';
import { deepActiveElement } from '../../src/testing/a11y.js';

/** The recipe's form; it is sent (GET) into the frame `vue-sent`. */
const template = `
  <form action="/test/browser/fixtures/submitted.html" target="vue-sent">
    <bf-text-field name="fornavn" :label="nameLabel" required v-model="name"></bf-text-field>
    <bf-radio-group
      name="bolig"
      label="Hvordan skal du bo?"
      required
      :value="housing"
      @input="housing = $event.target.value"
    >
      <bf-option value="eje">Ejerbolig</bf-option>
      <bf-option value="leje">Lejebolig</bf-option>
    </bf-radio-group>
    <bf-date-input name="flyttedato" label="Flyttedato" v-model.lazy="moved"></bf-date-input>
    <p id="state">{{ name }}|{{ housing }}|{{ moved }}</p>
    <button>Send</button>
  </form>`;

interface State {
  name: string;
  nameLabel: string;
  housing: string;
  moved: string;
}

let container: HTMLElement;
let frame: HTMLIFrameElement;
let app: App;
beforeEach(() => {
  frame = document.createElement('iframe');
  frame.name = 'vue-sent'; // before it is in the page, so the frame is created under this name
  document.body.append(frame);
  container = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  app.unmount();
  container.remove();
  frame.remove();
});

async function mountForm() {
  app = createApp({
    data: (): State => ({ name: 'Ada', nameLabel: 'Fornavn', housing: '', moved: '' }),
    template,
  });
  app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('bf-');
  const state = app.mount(container) as unknown as State;
  const text = container.querySelector<BfTextField>('bf-text-field')!;
  const radios = container.querySelector<BfRadioGroup>('bf-radio-group')!;
  const date = container.querySelector<BfDateInput>('bf-date-input')!;
  await Promise.all([text.updateComplete, radios.updateComplete, date.updateComplete]);
  const shown = () => container.querySelector('#state')!.textContent;
  return { state, form: container.querySelector('form')!, text, radios, date, shown };
}

describe('Vue 3 recipe', () => {
  it('binds properties, not attributes, and the bound state reaches the elements', async () => {
    const { state, text, shown } = await mountForm();
    expect(text.value).to.equal('Ada');
    expect(text.hasAttribute('value'), 'v-model sets the property').to.equal(false);
    expect(text.label).to.equal('Fornavn');
    expect(text.required).to.equal(true);

    state.name = 'Grace Hopper';
    state.nameLabel = 'Dit fornavn';
    await waitUntil(() => shown() === 'Grace Hopper||', 'Vue rendered the new state');
    await text.updateComplete;
    expect(text.value).to.equal('Grace Hopper');
    expect(text.shadowRoot!.querySelector('input')!.value).to.equal('Grace Hopper');
    expect(text.shadowRoot!.querySelector('label')!.textContent).to.contain('Dit fornavn');
  });

  it('is filled in by keyboard: the bound state follows, and the browser submits the values', async () => {
    const { form, text, radios, date, shown } = await mountForm();

    text.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Lovelace' });
    await waitUntil(() => shown() === 'Ada Lovelace||', 'v-model took the typed name');

    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' }); // Ejerbolig
    await sendKeys({ press: 'ArrowDown' }); // Lejebolig
    await waitUntil(() => shown() === 'Ada Lovelace|leje|', ':value + @input took the choice');
    expect(radios.value).to.equal('leje');

    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '15' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2026' });
    expect(shown(), 'v-model.lazy: nothing until the citizen leaves the date').to.equal('Ada Lovelace|leje|');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => shown() === 'Ada Lovelace|leje|2026-01-15', 'v-model.lazy took the date');
    expect(date.value).to.equal('2026-01-15');
    expect(deepActiveElement()).to.equal(form.querySelector('button'));

    const sent = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    await sendKeys({ press: 'Enter' }); // "Send": a native submission, no script of the app involved
    await sent;
    const query = new URLSearchParams(frame.contentWindow!.location.search);
    expect([...query]).to.deep.equal([
      ['fornavn', 'Ada Lovelace'],
      ['bolig', 'leje'],
      ['flyttedato', '2026-01-15'],
    ]);
  });

  it('lets the elements block a submission with a missing answer', async () => {
    const { form, radios } = await mountForm();
    let submitted = false; // the browser fires submit only for a form it is about to send
    form.addEventListener('submit', () => (submitted = true));
    form.querySelector('button')!.click();
    await radios.updateComplete;
    expect(radios.validity!.valueMissing).to.equal(true);
    expect(deepActiveElement(), 'focus on the first field without an answer').to.equal(
      radios.shadowRoot!.querySelector('input[value="eje"]'),
    );
    expect(submitted, 'nothing was sent').to.equal(false);
  });
});
