// The flow elements rendered on the server (`borgerform/ssr`). A wizard shows what the browser will
// show first: one step (the first, or the first with a server's `error`), the others `hidden`, the
// step's buttons for its place and the step indicator at that step, so nothing switches when the
// script runs. A receipt renders whole from its attributes.
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { renderFragment } from '../../src/ssr/index.js';

const options = { stylesBase: '/assets/bf/' };

/** The start tag of every element with tag `tag`, in order. */
function startTags(markup: string, tag: string): string[] {
  return [...markup.matchAll(new RegExp(`<${tag}(?=[\\s>])[^>]*>`, 'gu'))].map((match) => match[0]);
}

/** The declarative shadow root of the first element whose start tag contains `mark`. */
function shadowOf(markup: string, mark: string): string {
  const start = markup.indexOf(mark);
  return markup.slice(markup.indexOf('<template', start), markup.indexOf('</template>', start));
}

function wizard(errors: { adresse?: string } = {}) {
  return html`<bf-form><form><bf-error-summary></bf-error-summary><bf-wizard solution="Flytning"
    ><bf-step-indicator></bf-step-indicator
    ><bf-step heading="Om dig"><bf-text-field name="navn" label="Navn" value="Ada"></bf-text-field></bf-step
    ><bf-step heading="Ny adresse"
      ><bf-text-field id="adresse" name="adresse" label="Adresse" error=${errors.adresse ?? ''}></bf-text-field
    ></bf-step
    ><bf-step heading="Tjek dine svar"><bf-summary></bf-summary><button>Send</button></bf-step></bf-wizard
  ></form></bf-form>`;
}

describe('a wizard rendered on the server', () => {
  it('shows the first step only, with "Næste" and no "Tilbage"', async () => {
    const markup = await renderFragment(wizard(), options);
    const steps = startTags(markup, 'bf-step');
    expect(steps).toHaveLength(3);
    expect(steps.map((tag) => /\shidden[\s=>]/u.test(tag))).toEqual([false, true, true]);
    const first = shadowOf(markup, 'heading="Om dig"');
    expect(first).not.toContain('part="back"');
    expect(first).toContain('part="next"');
    const middle = shadowOf(markup, 'heading="Ny adresse"');
    expect(middle).toContain('part="back"');
    expect(middle).toContain('part="next"');
    const last = shadowOf(markup, 'heading="Tjek dine svar"');
    expect(last).toContain('part="back"');
    expect(last).not.toContain('part="actions"');
  });

  it('renders the step indicator at the shown step', async () => {
    const markup = await renderFragment(wizard(), options);
    const indicator = shadowOf(markup, '<bf-step-indicator');
    expect(indicator).toContain('Trin 1 af 3');
    expect(indicator.match(/aria-current="step"/gu)).toHaveLength(2); // the list and the dialog's list
    expect(indicator).toMatch(
      /class="item current"[^>]*aria-current="step"[^>]*>(?:<!--[^>]*-->)*<span class="text">(?:<!--[^>]*-->)*<span class="number"[^>]*>(?:<!--[^>]*-->)*1/u,
    );
  });

  it('opens on the step of the first field with a server error, which the error summary lists', async () => {
    const markup = await renderFragment(wizard({ adresse: 'Vi kender ikke adressen' }), options);
    const steps = startTags(markup, 'bf-step');
    expect(steps.map((tag) => /\shidden[\s=>]/u.test(tag))).toEqual([true, false, true]);
    expect(shadowOf(markup, '<bf-step-indicator')).toContain('Trin 2 af 3');
    const summary = shadowOf(markup, '<bf-error-summary');
    expect(summary).toMatch(/<a[^>]*href="#adresse"[^>]*>(?:<!--[^>]*-->)*Vi kender ikke adressen/u);
  });

  it("follows the steps' conditions on the answers the fields are rendered with", async () => {
    const markup = await renderFragment(
      html`<bf-wizard
        ><bf-step heading="Bolig"
          ><bf-radio-group name="bolig" label="Bolig" value="eje"
            ><bf-option value="eje">Ejer</bf-option><bf-option value="leje">Lejer</bf-option></bf-radio-group
          ></bf-step
        ><bf-step heading="Lejemål" when="bolig=leje"><bf-text-field name="udlejer" label="Udlejer"></bf-text-field></bf-step
        ><bf-step heading="Tjek" when="bolig"><button>Send</button></bf-step
        ><bf-step heading="Aldrig" when="bolig=andet"></bf-step></bf-wizard>`,
      options,
    );
    expect(startTags(markup, 'bf-step').map((tag) => /\shidden[\s=>]/u.test(tag))).toEqual([
      false,
      true,
      true,
      true,
    ]);
    // "Tjek" is the last step that applies: no "Næste" there.
    expect(shadowOf(markup, 'heading="Tjek"')).not.toContain('part="actions"');
  });

  it('shows the start page and hides every step while the citizen has not started', async () => {
    const markup = await renderFragment(
      html`<bf-wizard><bf-intro heading="Søg om noget"></bf-intro
        ><bf-step heading="Et"></bf-step><bf-step heading="To"></bf-step></bf-wizard>`,
      options,
    );
    expect(startTags(markup, 'bf-intro')[0]).not.toMatch(/\shidden[\s=>]/u);
    expect(startTags(markup, 'bf-step').every((tag) => /\shidden[\s=>]/u.test(tag))).toBe(true);
  });

  it('renders a receipt whole from its attributes', async () => {
    const markup = await renderFragment(
      html`<bf-receipt reference="FLY-42" sent-at="2026-06-01T08:30:00Z" digital-post pdf-href="/kvittering.pdf"
        ><p>Vi svarer inden 14 dage.</p></bf-receipt
      >`,
      options,
    );
    const shadow = shadowOf(markup, '<bf-receipt').replace(/<!--[^>]*-->/gu, '');
    expect(shadow).toContain('Vi har modtaget din henvendelse');
    expect(shadow).toContain('Referencenummer: FLY-42');
    expect(shadow).toContain('Sendt 01-06-2026 kl. 10.30'); // Danish summer time
    expect(shadow).toContain('Digital Post');
    expect(shadow).toContain('href="/kvittering.pdf"');
    expect(markup).toContain('<p>Vi svarer inden 14 dage.</p>');
  });
});
