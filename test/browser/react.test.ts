// The generated React wrappers (borgerform/react: src/react/ from scripts/generate-react.mjs) in a real
// React 19 app: a form rendered by React, filled in by keyboard, its values read from the elements and
// the form's FormData, its events through the wrappers' `on…` props, and values given by React state.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createElement as h, useState, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import * as wrappers from '../../src/react/index.js';
import { BfDateInput, BfForm, BfOption, BfRadioGroup, BfTextField } from '../../src/react/index.js';
import type { BfDateInput as DateElement } from '../../src/components/date-input/date-input.js';
import type { BfRadioGroup as RadioElement } from '../../src/components/radio-group/radio-group.js';
import type { BfTextField as TextElement } from '../../src/components/text-field/text-field.js';
import type { SubmitPayload } from '../../src/events/submit.js';
import { deepActiveElement } from '../../src/testing/a11y.js';

/** What the app saw: its events through the wrappers' props, in order, and the payloads sent. */
interface Seen {
  events: string[];
  sent: SubmitPayload[];
  formData: Array<[string, string]>[];
  /** Sets the first name from outside the form, as app code would (a "fill in from profile" button). */
  setName?: (name: string) => void;
}

/** A form's entries, all text here (no files). */
function textEntries(form: HTMLFormElement): Array<[string, string]> {
  return [...new FormData(form)].map(([key, value]) => [key, typeof value === 'string' ? value : value.name]);
}

/** A small application form, every value kept in React state (controlled). */
function Application({ seen }: { seen: Seen }): ReactNode {
  const [name, setName] = useState('Ada');
  const [housing, setHousing] = useState('');
  const [moved, setMoved] = useState('');
  seen.setName = setName;
  // The wrappers hand over the element's own event; React's synthetic events (which React 19 also gives
  // for `onInput` and `onChange` on any element) are not `Event`s, so a missing mapping shows here.
  const log = (event: Event) =>
    seen.events.push(
      `${event instanceof Event ? '' : 'synthetic '}${event.type} ${(event.target as Element).localName}`,
    );
  return h(
    BfForm,
    {
      onBfSubmit: (event) => {
        event.preventDefault(); // the app sends it itself; the page stays
        seen.sent.push(event.detail);
        const form = (event.target as HTMLElement).querySelector('form')!;
        seen.formData.push(textEntries(form));
      },
    },
    h(
      'form',
      { action: '/ansoeg', method: 'post' },
      h(BfTextField, {
        name: 'fornavn',
        label: 'Fornavn',
        required: true,
        value: name,
        onInput: (event) => {
          log(event);
          setName((event.target as TextElement).value);
        },
        onChange: log,
      }),
      h(
        BfRadioGroup,
        {
          name: 'bolig',
          label: 'Hvordan skal du bo?',
          required: true,
          value: housing,
          onChange: (event) => {
            log(event);
            setHousing((event.target as RadioElement).value);
          },
          onInvalid: log,
        },
        h(BfOption, { value: 'eje' }, 'Ejerbolig'),
        h(BfOption, { value: 'leje' }, 'Lejebolig'),
      ),
      h(BfDateInput, {
        name: 'flyttedato',
        label: 'Flyttedato',
        value: moved,
        onChange: (event) => {
          log(event);
          setMoved((event.target as DateElement).value);
        },
      }),
      h('p', { id: 'state' }, `${name}|${housing}|${moved}`),
      h('button', { id: 'send' }, 'Send'),
    ),
  );
}

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
});
afterEach(() => {
  root.unmount();
  container.remove();
});

async function renderApplication() {
  const seen: Seen = { events: [], sent: [], formData: [] };
  root.render(h(Application, { seen }));
  await waitUntil(() => container.querySelector('bf-date-input'), 'React rendered the form');
  const text = container.querySelector<TextElement>('bf-text-field')!;
  const radios = container.querySelector<RadioElement>('bf-radio-group')!;
  const date = container.querySelector<DateElement>('bf-date-input')!;
  await Promise.all([text.updateComplete, radios.updateComplete, date.updateComplete]);
  const state = () => container.querySelector('#state')!.textContent;
  return { seen, form: container.querySelector('form')!, text, radios, date, state };
}

describe('borgerform/react', () => {
  it('renders elements that are registered, with React props set as element properties', async () => {
    const { text, radios, date, form } = await renderApplication();
    expect(text).to.be.instanceOf(customElements.get('bf-text-field')!);
    expect(radios).to.be.instanceOf(customElements.get('bf-radio-group')!);
    expect(date).to.be.instanceOf(customElements.get('bf-date-input')!);
    expect(text.label).to.equal('Fornavn');
    expect(text.required).to.equal(true);
    expect(text.shadowRoot!.querySelector('label')!.textContent).to.contain('Fornavn');
    const radioInputs = radios.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect([...radioInputs].map((radio) => radio.value)).to.deep.equal(['eje', 'leje']);
    expect(textEntries(form)).to.deep.equal([
      ['fornavn', 'Ada'],
      ['flyttedato', ''],
    ]);
  });

  it('is filled in by keyboard: values in the elements, the FormData and the React state; events through props', async () => {
    const { seen, form, text, radios, date, state } = await renderApplication();

    text.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Lovelace' });
    await waitUntil(() => state() === 'Ada Lovelace||', 'the typed name reached React state');
    expect(text.value).to.equal('Ada Lovelace');
    expect(seen.events.filter((e) => e === 'input bf-text-field')).to.have.length(' Lovelace'.length);

    await sendKeys({ press: 'Tab' }); // leaves the field: change; into the radio group
    expect(seen.events).to.include('change bf-text-field');
    expect(deepActiveElement()).to.equal(radios.shadowRoot!.querySelector('input[value="eje"]'));
    await sendKeys({ press: ' ' }); // chooses Ejerbolig
    await sendKeys({ press: 'ArrowDown' }); // moves to and chooses Lejebolig
    await waitUntil(() => state() === 'Ada Lovelace|leje|', 'the choice reached React state');
    expect(radios.value).to.equal('leje');

    await sendKeys({ press: 'Tab' }); // into the date's day
    await sendKeys({ type: '15' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2026' });
    await sendKeys({ press: 'Tab' }); // leaves the date: one change, on to "Send"
    await waitUntil(() => state() === 'Ada Lovelace|leje|2026-01-15', 'the date reached React state');
    expect(date.value).to.equal('2026-01-15');
    expect(seen.events.filter((e) => e === 'change bf-date-input')).to.have.length(1);
    expect(deepActiveElement()).to.equal(form.querySelector('#send'));

    expect(textEntries(form)).to.deep.equal([
      ['fornavn', 'Ada Lovelace'],
      ['bolig', 'leje'],
      ['flyttedato', '2026-01-15'],
    ]);
    await sendKeys({ press: 'Enter' }); // "Send"
    await waitUntil(() => seen.sent.length === 1, 'bf-submit reached onBfSubmit');
    expect(seen.sent[0].values).to.deep.equal({
      fornavn: 'Ada Lovelace',
      bolig: 'leje',
      flyttedato: '2026-01-15',
    });
    expect(seen.formData[0]).to.deep.equal([
      ['fornavn', 'Ada Lovelace'],
      ['bolig', 'leje'],
      ['flyttedato', '2026-01-15'],
    ]);
  });

  it('reports a submit with a missing answer through onInvalid and sends nothing', async () => {
    const { seen, form, radios } = await renderApplication();
    form.querySelector<HTMLButtonElement>('#send')!.click();
    await radios.updateComplete;
    expect(seen.events).to.include('invalid bf-radio-group');
    expect(seen.sent).to.deep.equal([]);
  });

  it('gives an element the value in React state when the state changes (controlled value)', async () => {
    const { seen, form, text, radios, state } = await renderApplication();
    expect(text.value).to.equal('Ada');
    expect(text.shadowRoot!.querySelector('input')!.value).to.equal('Ada');

    seen.setName!('Grace Hopper');
    await waitUntil(() => state() === 'Grace Hopper||', 'React rendered the new state');
    await text.updateComplete;
    expect(text.value).to.equal('Grace Hopper');
    expect(text.shadowRoot!.querySelector('input')!.value).to.equal('Grace Hopper');
    expect(new FormData(form).get('fornavn')).to.equal('Grace Hopper');
    expect(seen.events, 'a value from the app is not the citizen typing').to.deep.equal([]);

    text.focus(); // typing after it still works, from the new value
    await sendKeys({ press: 'Backspace' });
    await waitUntil(() => state() === 'Grace Hoppe||', 'the edit reached React state');
    expect(radios.value).to.equal('');
  });

  it('has a component for every element it exports, each rendering its registered element', async () => {
    const components = Object.entries(wrappers);
    expect(components.length).to.be.greaterThan(30);
    for (const [name, component] of components) {
      const names = { label: 'Felt', legend: 'Gruppe' }; // no warnings about missing labels
      root.render(h(component as typeof BfTextField, names));
      await waitUntil(() => container.firstElementChild, `${name} rendered`);
      const element = container.firstElementChild!;
      const tag = `bf-${name
        .slice(2)
        .replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`)
        .slice(1)}`;
      expect(element.localName, name).to.equal(tag);
      expect(element, `<${tag}> is registered`).to.be.instanceOf(customElements.get(tag)!);
      root.render(null);
      await waitUntil(() => !container.firstElementChild, `${name} removed`);
    }
  });
});
