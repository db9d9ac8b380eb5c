// The Angular recipe of docs/frameworks.md, in a real Angular 21 app compiled just in time in the browser:
// a standalone component with CUSTOM_ELEMENTS_SCHEMA, `[value]` + `(input)`/`(change)` on the elements,
// `(bf-submit)` on bf-form, zoneless change detection (no zone.js), filled in by keyboard; the bound state,
// the elements' values, the form's FormData and the events the component's handlers got are checked.
//
// How the JIT compile works here: `@angular/compiler` is imported first, which gives @angular/core the
// compiler it uses for a component without generated code. esbuild compiles this file with the project's
// `experimentalDecorators`, so `@Component({...})` is a plain function call on the class after it is
// defined; Angular's decorator then attaches the metadata and compiles the template on first use (the
// component's `ɵcmp`). No constructor parameters: JIT has no type metadata to inject by (no
// `emitDecoratorMetadata` in esbuild), so anything injected would use `inject()`.
// Angular's packages are ES modules (fesm2022), served by the test runner's nodeResolve as they are: no
// plugin. It runs in development mode, whose checks report on the console (caught below). Those checks
// count a registered element as known, so here the schema is for an ahead-of-time build's template check.
import '@angular/compiler';
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  CUSTOM_ELEMENTS_SCHEMA,
  Component,
  VERSION,
  provideZonelessChangeDetection,
  signal,
  type ApplicationRef,
} from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import '../../src/define/date-input.js';
import '../../src/define/form.js';
import '../../src/define/option.js';
import '../../src/define/radio-group.js';
import '../../src/define/text-field.js';
import type { BfDateInput } from '../../src/components/date-input/date-input.js';
import type { BfRadioGroup } from '../../src/components/radio-group/radio-group.js';
import type { BfTextField } from '../../src/components/text-field/text-field.js';
import { BfSubmitEvent, type SubmitPayload } from '../../src/events/submit.js';
import { deepActiveElement } from '../../src/testing/a11y.js';

/** The recipe's component, with what its handlers saw kept for the test. */
@Component({
  selector: 'app-flytning',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <bf-form (bf-submit)="sent($event)">
      <form method="post" action="/flytning">
        <bf-text-field name="fornavn" [label]="nameLabel()" required
          [value]="name()" (input)="name.set($any($event.target).value)"
          (change)="seen('change', $event)"></bf-text-field>
        <bf-radio-group name="bolig" label="Hvordan skal du bo?" required
          [value]="housing()" (input)="housing.set($any($event.target).value)">
          <bf-option value="eje">Ejerbolig</bf-option>
          <bf-option value="leje">Lejebolig</bf-option>
        </bf-radio-group>
        <bf-date-input name="flyttedato" label="Flyttedato"
          [value]="moved()" (change)="moved.set($any($event.target).value); seen('change', $event)"></bf-date-input>
        <p id="state">{{ name() }}|{{ housing() }}|{{ moved() }}</p>
        <button id="send">Send</button>
      </form>
    </bf-form>
  `,
})
class FlytningComponent {
  name = signal('Ada');
  nameLabel = signal('Fornavn');
  housing = signal('');
  moved = signal('');
  events: string[] = [];
  payloads: SubmitPayload[] = [];
  formData: Array<Array<[string, string]>> = [];

  seen(type: string, event: Event) {
    this.events.push(`${type} ${(event.target as Element).localName}`);
  }

  sent(event: Event) {
    this.seen(event instanceof BfSubmitEvent ? 'bf-submit' : `not the element's event: ${event.type}`, event);
    const submit = event as BfSubmitEvent;
    submit.preventDefault(); // the app sends it itself; the page stays
    this.payloads.push(submit.detail);
    const form = (submit.target as HTMLElement).querySelector('form')!;
    this.formData.push(textEntries(form));
  }
}

/** A form's entries, all text here (no files). */
function textEntries(form: HTMLFormElement): Array<[string, string]> {
  return [...new FormData(form)].map(([key, value]) => [key, typeof value === 'string' ? value : value.name]);
}

let app: ApplicationRef;
let host: HTMLElement;
/** What Angular reported on the console: its ErrorHandler logs an error thrown in a template handler
 * there, and development mode an unknown element or property binding (NG0303, NG0304). */
let consoleErrors: string[];
const consoleError = console.error;
beforeEach(() => {
  consoleErrors = [];
  console.error = (...args: unknown[]) => consoleErrors.push(args.map(String).join(' '));
});
afterEach(() => {
  console.error = consoleError;
  app.destroy();
  host.remove();
});

async function bootstrapForm() {
  host = document.body.appendChild(document.createElement('app-flytning')); // the selector's element
  app = await bootstrapApplication(FlytningComponent, { providers: [provideZonelessChangeDetection()] });
  const component = app.components[0].instance as FlytningComponent;
  await waitUntil(() => host.querySelector('bf-date-input'), 'Angular rendered the form');
  const text = host.querySelector<BfTextField>('bf-text-field')!;
  const radios = host.querySelector<BfRadioGroup>('bf-radio-group')!;
  const date = host.querySelector<BfDateInput>('bf-date-input')!;
  await Promise.all([text.updateComplete, radios.updateComplete, date.updateComplete]);
  const shown = () => host.querySelector('#state')!.textContent;
  return { component, form: host.querySelector('form')!, text, radios, date, shown };
}

describe(`Angular recipe (Angular ${VERSION.full})`, () => {
  it('binds properties, not attributes, and a state change from Angular reaches the element', async () => {
    const { component, form, text, shown } = await bootstrapForm();
    expect(text).to.be.instanceOf(customElements.get('bf-text-field')!);
    expect(text.value).to.equal('Ada');
    expect(text.hasAttribute('value'), '[value] sets the property').to.equal(false);
    expect(text.label).to.equal('Fornavn');
    expect(text.required).to.equal(true);

    component.name.set('Grace Hopper');
    component.nameLabel.set('Dit fornavn');
    await waitUntil(() => shown() === 'Grace Hopper||', 'Angular rendered the new state');
    await text.updateComplete;
    expect(text.value).to.equal('Grace Hopper');
    expect(text.shadowRoot!.querySelector('input')!.value).to.equal('Grace Hopper');
    expect(text.shadowRoot!.querySelector('label')!.textContent).to.contain('Dit fornavn');
    expect(new FormData(form).get('fornavn')).to.equal('Grace Hopper');
    expect(consoleErrors, 'Angular reported nothing').to.deep.equal([]);
  });

  it('is filled in by keyboard: the bound state follows, FormData has the values, events reach the handlers', async () => {
    const { component, form, text, radios, date, shown } = await bootstrapForm();

    text.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Lovelace' });
    await waitUntil(() => shown() === 'Ada Lovelace||', '(input) took the typed name');
    expect(component.name()).to.equal('Ada Lovelace');

    await sendKeys({ press: 'Tab' }); // leaves the field: change; into the radio group
    expect(component.events).to.deep.equal(['change bf-text-field']);
    await sendKeys({ press: ' ' }); // Ejerbolig
    await sendKeys({ press: 'ArrowDown' }); // Lejebolig
    await waitUntil(() => shown() === 'Ada Lovelace|leje|', '(input) took the choice');
    expect(radios.value).to.equal('leje');

    await sendKeys({ press: 'Tab' }); // into the date's day
    await sendKeys({ type: '15' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2026' });
    expect(shown(), '(change): nothing until the citizen leaves the date').to.equal('Ada Lovelace|leje|');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => shown() === 'Ada Lovelace|leje|2026-01-15', '(change) took the date');
    expect(date.value).to.equal('2026-01-15');
    expect(component.events).to.deep.equal(['change bf-text-field', 'change bf-date-input']);
    expect(deepActiveElement()).to.equal(form.querySelector('#send'));

    expect(textEntries(form)).to.deep.equal([
      ['fornavn', 'Ada Lovelace'],
      ['bolig', 'leje'],
      ['flyttedato', '2026-01-15'],
    ]);
    await sendKeys({ press: 'Enter' }); // "Send"
    await waitUntil(() => component.payloads.length === 1, '(bf-submit) reached the handler');
    expect(component.events.at(-1), "the handler got bf-form's own event").to.equal('bf-submit bf-form');
    expect(component.payloads[0].values).to.deep.equal({
      fornavn: 'Ada Lovelace',
      bolig: 'leje',
      flyttedato: '2026-01-15',
    });
    expect(consoleErrors, 'Angular reported nothing').to.deep.equal([]);
    expect(component.formData[0]).to.deep.equal([
      ['fornavn', 'Ada Lovelace'],
      ['bolig', 'leje'],
      ['flyttedato', '2026-01-15'],
    ]);
  });

  it('lets the elements block a submission with a missing answer', async () => {
    const { component, form, radios } = await bootstrapForm();
    form.querySelector<HTMLButtonElement>('#send')!.click();
    await radios.updateComplete;
    expect(radios.validity!.valueMissing).to.equal(true);
    expect(component.payloads, 'nothing was sent').to.deep.equal([]);
  });
});
