// The calibration for the render budgets: the least a Lit implementation of the design
// (DESIGN.md §2) does for the bench's form, with none of Borgerform's behaviour. One shadow root per
// control, one shared adopted stylesheet, form-associated (ElementInternals), label + hint + native
// control, options read from <bf-option> children. No validation messages, no i18n, no error
// rendering, no tokens, no drawn marks. DESIGN.md §7's "minimal implementation" figures were measured
// on something like this; `node bench/run.mjs --bundle=reference` measures it here, on this machine,
// so the distance from the product to the floor of the design is a number, not a guess.
// Not a product, not a mock: the bench never ships it, and only its render and bytes rows mean
// anything (it shows no errors, so validation's sanity checks fail by design).

import { LitElement, css, html } from 'lit';

const sheet = css`
  :host { display: block; margin-block-end: 1rem; }
  label { display: block; font-weight: 600; }
  .hint { color: #555; }
  input:not([type]), input[type='email'], select, textarea { font: inherit; border: 2px solid #333; padding: 0.25rem; }
`;

class MinimalField extends LitElement {
  static styles = sheet;
  static formAssociated = true;
  static properties = { label: {}, hint: {}, name: {}, required: { type: Boolean }, type: {} };

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The `<bf-option>` children as `{ value, text }`. */
  options() {
    return [...this.querySelectorAll('bf-option')].map((option) => ({
      value: option.getAttribute('value'),
      text: option.textContent,
    }));
  }
}

class MinimalTextField extends MinimalField {
  render() {
    return html`<label for="c">${this.label}</label><div class="hint" id="h">${this.hint}</div><input id="c" type=${this.type ?? 'text'} ?required=${this.required} aria-describedby="h">`;
  }
}

class MinimalTextarea extends MinimalField {
  render() {
    return html`<label for="c">${this.label}</label><div class="hint" id="h">${this.hint}</div><textarea id="c" rows="5" aria-describedby="h"></textarea>`;
  }
}

class MinimalCheckbox extends MinimalField {
  render() {
    return html`<input id="c" type="checkbox"><label for="c">${this.label}</label>`;
  }
}

class MinimalRadioGroup extends MinimalField {
  render() {
    return html`<fieldset><legend>${this.label}</legend>${this.options().map(
      (option, i) =>
        html`<div><input type="radio" id="o${i}" name="r" value=${option.value}><label for="o${i}">${option.text}</label></div>`,
    )}</fieldset>`;
  }
}

class MinimalSelect extends MinimalField {
  render() {
    return html`<label for="c">${this.label}</label><select id="c" ?required=${this.required}><option value="">Vælg</option>${this.options().map(
      (option) => html`<option value=${option.value}>${option.text}</option>`,
    )}</select>`;
  }
}

customElements.define('bf-text-field', MinimalTextField);
customElements.define('bf-textarea', MinimalTextarea);
customElements.define('bf-checkbox', MinimalCheckbox);
customElements.define('bf-radio-group', MinimalRadioGroup);
customElements.define('bf-select', MinimalSelect);
customElements.define('bf-option', class extends HTMLElement {});
// The page's frame elements, defined with no behaviour (no summary, no focus handling): the library
// page wraps its form in them, and an undefined tag would hold the harness for its 10 s wait.
customElements.define('bf-form', class extends HTMLElement {});
customElements.define('bf-error-summary', class extends HTMLElement {});
