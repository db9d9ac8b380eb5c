import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { LitElement, nothing, type TemplateResult } from 'lit';
import { ComboboxController } from '../../src/autocomplete/combobox-controller.js';
import { deepActiveElement } from '../../src/testing/a11y.js';

/** The least autocomplete: a box, a fixed list of fruit shown from the first letter, and what was chosen. */
class TestFruitBox extends LitElement {
  chosen: string[] = [];
  escapedClosed = 0;
  enteredClosed = 0;
  readonly combobox = new ComboboxController<string>(this, {
    choose: (index) => {
      this.chosen.push(this.combobox.options[index]);
      this.combobox.close();
    },
    enterClosed: () => this.enteredClosed++,
    escapeClosed: () => this.escapedClosed++,
  });

  protected override render(): TemplateResult {
    const combo = this.combobox;
    return html`<label for="box">Frugt</label>
      <input id="box" role="combobox" aria-controls="list" aria-autocomplete="list"
        aria-expanded=${combo.expanded ? 'true' : 'false'}
        aria-activedescendant=${combo.activeDescendant ?? nothing}
        @input=${this.#onInput} @keydown=${this.#onKeyDown} @focusout=${this.#onFocusOut} />
      <ul id="list" role="listbox" aria-label="Forslag" ?hidden=${!combo.expanded} @mousedown=${combo.onListboxMouseDown}>
        ${combo.options.map(
          (
            fruit,
            i,
          ) => html`<li id=${combo.optionId(i)} role="option" aria-selected=${combo.isActive(i) ? 'true' : 'false'}
            @click=${() => this.chosen.push(fruit)}>${fruit}</li>`,
        )}
      </ul>
      <button>Efter</button>`;
  }

  readonly #onKeyDown = (event: KeyboardEvent): void => this.combobox.onKeyDown(event);
  readonly #onFocusOut = (): void => this.combobox.close();

  readonly #onInput = (event: Event): void => {
    const text = (event.target as HTMLInputElement).value;
    const fruit = text ? ['Æble', 'Banan', 'Citron'] : [];
    this.combobox.setOptions(fruit, true);
  };
}
customElements.define('test-fruit-box', TestFruitBox);

async function setup() {
  const element = await fixture<TestFruitBox>(html`<test-fruit-box></test-fruit-box>`);
  const root = element.shadowRoot!;
  const box = root.getElementById('box') as HTMLInputElement;
  const list = root.getElementById('list')!;
  box.focus();
  await sendKeys({ type: 'a' });
  await element.updateComplete;
  /** The box's ARIA state now: open, and the text of the active option. */
  const state = async () => {
    await element.updateComplete;
    const id = box.getAttribute('aria-activedescendant');
    return {
      expanded: box.getAttribute('aria-expanded'),
      active: id ? root.getElementById(id)!.textContent : null,
      selected: [...list.querySelectorAll('[aria-selected="true"]')].map((o) => o.textContent),
    };
  };
  return { element, root, box, list, state };
}

describe('ComboboxController', () => {
  it('new options open the list with none active; the box says so', async () => {
    const { list, state } = await setup();
    expect(await state()).to.deep.equal({ expanded: 'true', active: null, selected: [] });
    expect(list.hidden).to.equal(false);
    expect([...list.querySelectorAll('[role="option"]')].map((o) => o.id)).to.deep.equal([
      'option-0',
      'option-1',
      'option-2',
    ]);
  });

  it('↓ and ↑ move the active option and wrap; aria-activedescendant and aria-selected follow; focus stays', async () => {
    const { box, state } = await setup();
    await sendKeys({ press: 'ArrowDown' });
    expect(await state()).to.deep.equal({ expanded: 'true', active: 'Æble', selected: ['Æble'] });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect((await state()).active).to.equal('Citron');
    await sendKeys({ press: 'ArrowDown' });
    expect((await state()).active, 'wraps to the first').to.equal('Æble');
    await sendKeys({ press: 'ArrowUp' });
    expect((await state()).active, 'wraps to the last').to.equal('Citron');
    expect(deepActiveElement()).to.equal(box);
  });

  it('with the list closed, ↓ opens it on the first option, ↑ on the last, Alt+↓ with none active', async () => {
    const { state } = await setup();
    await sendKeys({ press: 'Escape' });
    expect(await state()).to.deep.equal({ expanded: 'false', active: null, selected: [] });
    await sendKeys({ press: 'ArrowDown' });
    expect((await state()).active).to.equal('Æble');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'ArrowUp' });
    expect((await state()).active).to.equal('Citron');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    expect(await state()).to.deep.equal({ expanded: 'true', active: null, selected: [] });
  });

  it('Enter chooses the active option; with none active it closes the list; closed, it is the host’s', async () => {
    const { element, state } = await setup();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(element.chosen).to.deep.equal(['Banan']);
    expect((await state()).expanded).to.equal('false');
    await sendKeys({ type: 'b' });
    await sendKeys({ press: 'Enter' });
    expect((await state()).expanded).to.equal('false');
    expect(element.enteredClosed).to.equal(0);
    await sendKeys({ press: 'Enter' });
    expect(element.enteredClosed).to.equal(1);
    expect(element.chosen).to.deep.equal(['Banan']);
  });

  it('Escape closes the list, a second Escape is the host’s; Home and End keep the list but no option active', async () => {
    const { element, state } = await setup();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Home' });
    expect(await state()).to.deep.equal({ expanded: 'true', active: null, selected: [] });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'End' });
    expect((await state()).active).to.equal(null);
    await sendKeys({ press: 'Escape' });
    expect((await state()).expanded).to.equal('false');
    expect(element.escapedClosed).to.equal(0);
    await sendKeys({ press: 'Escape' });
    expect(element.escapedClosed).to.equal(1);
  });

  it('Tab closes the list and leaves the box', async () => {
    const { root, state } = await setup();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(await state()).to.deep.equal({ expanded: 'false', active: null, selected: [] });
    expect(deepActiveElement()).to.equal(root.querySelector('button'));
  });

  it('a press on an option keeps focus in the box; the click chooses', async () => {
    const { element, box, list } = await setup();
    const option = list.querySelector<HTMLElement>('#option-2')!;
    const rect = option.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(rect.x + 5), Math.round(rect.y + rect.height / 2)],
    });
    await element.updateComplete;
    expect(deepActiveElement()).to.equal(box);
    expect(element.chosen).to.deep.equal(['Citron']);
  });

  it('options that arrive while the box is not focused, or no options, leave the list closed', async () => {
    const { element, state } = await setup();
    element.combobox.setOptions(['Æble'], false);
    expect((await state()).expanded).to.equal('false');
    element.combobox.setOptions([], true);
    expect((await state()).expanded).to.equal('false');
    await sendKeys({ press: 'ArrowDown' });
    expect((await state()).expanded, '↓ with no options does nothing').to.equal('false');
  });
});
