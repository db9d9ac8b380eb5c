// Server rendering in Node (no DOM, no global DOM shim): every element renders to declarative shadow
// DOM through `borgerform/ssr`, links its stylesheets instead of inlining one, and shows the texts its
// surroundings (`lang`, `marking`) will give it in the browser.
import { readdirSync, readFileSync } from 'node:fs';
import { html } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { describe, expect, it } from 'vitest';
import { BfFormControl } from '../../src/base/form-control.js';
import type { CSSResult, LitElement } from 'lit';
import { elementStylesheet, renderFragment, sharedStylesheet, streamFragment } from '../../src/ssr/index.js';

const defineDir = new URL('../../src/define/', import.meta.url);
const tags = readdirSync(defineDir)
  .flatMap((file) => [
    ...readFileSync(new URL(file, defineDir), 'utf8').matchAll(/defineElement\('([a-z0-9-]+)'/g),
  ])
  .map((match) => match[1]);
/** Plain elements with no shadow root: the groups and the upload field read them. */
const plain = new Set(['bf-option', 'bf-stored-file']);
/** Controls whose native inputs come from their children or a choice: none without options. */
const noInputAlone = new Set(['bf-radio-group', 'bf-checkbox-group', 'bf-bank-account']);
const options = { stylesBase: '/assets/bf/' };

/** The declarative shadow root of the first element whose start tag contains `mark` (`<bf-x`, `name="a"`). */
function shadowOf(markup: string, mark: string): string {
  const start = markup.indexOf(mark);
  return markup.slice(markup.indexOf('<template', start), markup.indexOf('</template>', start));
}

describe('server rendering (borgerform/ssr)', () => {
  it('knows every element', () => {
    expect(tags.length).toBeGreaterThanOrEqual(35);
  });

  for (const tag of tags) {
    it(`renders <${tag}> to a declarative shadow root that links its stylesheet`, async () => {
      const t = unsafeStatic(tag);
      const markup = await renderFragment(
        staticHtml`<${t} name="svar" label="Dit svar" hint="Skriv kort"></${t}>`,
        options,
      );
      expect(markup).not.toMatch(/<style|\sstyle=/u); // CSP style-src 'self': no inline style at all
      if (plain.has(tag)) {
        expect(markup).not.toContain('<template');
        return;
      }
      expect(markup).toContain(`<${tag}`);
      const shadow = shadowOf(markup, `<${tag}`);
      expect(shadow).toMatch(/^<template shadowroot="open" shadowrootmode="open"/u);
      const elementClass = customElements.get(tag)!;
      const field = elementClass.prototype instanceof BfFormControl;
      // A field links the styles all fields share, then its own: the order Lit adopts them in the browser.
      const links = [...shadow.matchAll(/<link rel="stylesheet" href="([^"]+)">/gu)].map((link) => link[1]);
      expect(links).toEqual(
        field ? ['/assets/bf/controls.css', `/assets/bf/${tag}.css`] : [`/assets/bf/${tag}.css`],
      );
      const whole = (elementClass as unknown as typeof LitElement).elementStyles as CSSResult[];
      const linked = [field ? sharedStylesheet() : '', elementStylesheet(elementClass)].filter(Boolean);
      expect(linked.join('\n')).toBe(whole.map((style) => style.cssText).join('\n'));
      expect(linked[0]).toContain(':host');
      if (field) {
        expect(shadow).toMatch(/<(label|legend|p)[^>]*>(<!--[^>]*-->)*Dit svar/u);
        expect(shadow).toContain('Skriv kort');
        if (!noInputAlone.has(tag)) expect(shadow).toMatch(/<(input|select|textarea)\b/u);
      }
    });
  }

  it('marks labels in the language and marking the markup sits in', async () => {
    const field = html`<bf-text-field name="navn" label="Navn"></bf-text-field>`;
    expect(await renderFragment(field, options)).toContain(' (frivilligt)');
    expect(await renderFragment(field, { ...options, lang: 'en' })).toContain(' (optional)');
    expect(await renderFragment(field, { ...options, marking: 'none' })).not.toContain('frivilligt');
    const required = html`<bf-text-field name="navn" label="Navn" required></bf-text-field>`;
    expect(await renderFragment(required, { ...options, marking: 'required' })).toContain(' (skal udfyldes)');
  });

  it('takes lang and marking from the elements the field is rendered inside, nearest first', async () => {
    const markup = await renderFragment(
      html`<bf-form marking="required"><bf-fieldset label="Om dig" lang="en"
        ><bf-text-field name="a" label="A" required></bf-text-field
        ><bf-text-field name="b" label="B" required lang="da"></bf-text-field></bf-fieldset
        ><bf-text-field name="c" label="C"></bf-text-field></bf-form>`,
      { ...options, lang: 'da', marking: 'optional' },
    );
    expect(shadowOf(markup, 'name="a"')).toContain(' (required)');
    expect(shadowOf(markup, 'name="b"')).toContain(' (skal udfyldes)');
    expect(shadowOf(markup, 'name="c"')).not.toMatch(/frivilligt|skal udfyldes/u);
  });

  it('writes a box as ticked only when it is', async () => {
    const unticked = await renderFragment(html`<bf-checkbox name="ok" label="OK"></bf-checkbox>`, options);
    expect(shadowOf(unticked, '<bf-checkbox')).not.toMatch(/\schecked[\s=>]/u);
    const ticked = await renderFragment(
      html`<bf-checkbox name="ok" label="OK" checked></bf-checkbox>`,
      options,
    );
    expect(shadowOf(ticked, '<bf-checkbox')).toMatch(/<input[^>]*\schecked="true"/u);
  });

  it('renders a list and a group with their options, as the browser will', async () => {
    const towns = ['Aarhus', 'Odense'];
    const markup = await renderFragment(
      html`<bf-select name="by" label="By"
          ><bf-option value="0101">København &amp; omegn</bf-option
          >${towns.map((town) => html`<bf-option value=${town} ?checked=${town === 'Odense'}>${town}</bf-option>`)}</bf-select
        ><bf-radio-group name="bolig" label="Bolig"
          ><bf-option value="ejer" hint="Du ejer boligen">Ejerbolig</bf-option
          ><bf-option value="leje">Lejebolig</bf-option></bf-radio-group
        ><bf-text-field name="efter" label="Efter"></bf-text-field>`,
      options,
    );
    const select = shadowOf(markup, '<bf-select');
    expect([...select.matchAll(/<option[^>]*>(?:<!--[^>]*-->)*([^<]*)/gu)].map((m) => m[1])).toEqual([
      'København &amp; omegn',
      'Aarhus',
      'Odense',
    ]);
    expect(select).toMatch(/<option value="Odense"\s*selected="true"/u);
    const group = shadowOf(markup, '<bf-radio-group');
    expect([...group.matchAll(/type="radio"/gu)]).toHaveLength(2);
    expect(group).toContain('Du ejer boligen');
    // Lit 4.1 marks every element after a shadowless one `defer-hydration` (never hydrated): not here.
    expect(markup).not.toContain('defer-hydration');
    expect(markup).not.toContain('data-bf-ssr'); // the survey's marks stay in the survey
  });

  it('knows a radio group\'s conditional content (a Borgerform element with slot="conditional-…")', async () => {
    const markup = await renderFragment(
      html`<bf-radio-group name="bolig" label="Bolig"
        ><bf-option value="ejer">Ejerbolig</bf-option><bf-option value="andet">Andet</bf-option
        ><bf-text-field slot="conditional-andet" name="bolig-andet" label="Beskriv"></bf-text-field
      ></bf-radio-group>`,
      options,
    );
    const group = shadowOf(markup, '<bf-radio-group');
    expect(group.match(/part="conditional"/gu)).toHaveLength(1);
    expect(group).toContain('name="conditional-andet"');
    expect(group).toMatch(/aria-controls="[^"]*-conditional"/u);
  });

  it("lists the fields with a server's error in the error summary of their bf-form", async () => {
    const markup = await renderFragment(
      html`<bf-form><form><bf-error-summary></bf-error-summary
        ><bf-text-field id="cpr-felt" name="cpr" label="CPR" error="CPR-nummeret findes ikke"></bf-text-field
        ><bf-text-field name="navn" label="Navn"></bf-text-field
        ><bf-select name="kommune" label="Kommune" error="Vi kan ikke behandle Aarhus endnu"
          ><bf-option value="0751">Aarhus</bf-option></bf-select
        ><bf-text-field name="gammel" label="Gammel" error="Ignoreres" disabled></bf-text-field></form></bf-form
        ><bf-form><form><bf-error-summary></bf-error-summary></form></bf-form>`,
      options,
    );
    const summary = shadowOf(markup, '<bf-error-summary');
    expect(summary).toContain('Der er problemer');
    expect(
      [...summary.matchAll(/<a[^>]*href="([^"]*)"[^>]*>(?:<!--[^>]*-->)*([^<]*)/gu)].map((m) => [m[1], m[2]]),
    ).toEqual([
      ['#cpr-felt', 'CPR-nummeret findes ikke'],
      ['#kommune', 'Vi kan ikke behandle Aarhus endnu'],
    ]);
    const otherForm = markup.slice(markup.lastIndexOf('<bf-error-summary'));
    expect(otherForm.slice(0, otherForm.indexOf('</template>'))).not.toContain('<section');
  });

  it('streams the same markup', async () => {
    const form = html`<bf-form><bf-text-field name="navn" label="Navn"></bf-text-field></bf-form>`;
    let streamed = '';
    for await (const chunk of streamFragment(form, options)) streamed += String(chunk);
    expect(streamed).toBe(await renderFragment(form, options));
  });
});
