// bf-address-input on the server (borgerform/ssr, no DOM): the server has no provider, so a field
// with `manual` is drawn typed by hand only (the manual fields' group, legend = label, no search box),
// and one without keeps its search box, as the browser will draw them.
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { renderFragment } from '../../../src/ssr/index.js';

const options = { stylesBase: '/assets/bf/' };

describe('bf-address-input rendered on the server', () => {
  it('with `manual`: one fieldset whose legend is the label, the hint in it, no search box or button', async () => {
    const markup = await renderFragment(
      html`<bf-address-input name="adresse" label="Adresse" hint="Der, hvor du bor" manual required></bf-address-input>`,
      options,
    );
    expect(markup).not.toContain('role="combobox"');
    expect(markup).not.toContain('manual-button');
    expect(markup).not.toContain('for="control"');
    expect(markup.match(/<fieldset/gu)).toHaveLength(1);
    expect(markup).toMatch(/<fieldset[^>]*aria-describedby="hint"/u);
    expect(markup).toMatch(/<legend part="label" class="label">(<!--[^>]*-->)*Adresse/u);
    expect(markup).toContain('Der, hvor du bor');
    expect(markup).toContain('id="street"');
  });

  it('without `manual`: the search box and the button, as before', async () => {
    const markup = await renderFragment(
      html`<bf-address-input name="adresse" label="Adresse"></bf-address-input>`,
      options,
    );
    expect(markup).toContain('role="combobox"');
    expect(markup).toContain('manual-button');
  });
});
