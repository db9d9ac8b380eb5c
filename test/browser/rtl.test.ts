import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define/all.js';
import { en } from '../../src/i18n/locales/en.js';
import { registerCatalogue } from '../../src/i18n/registry.js';
import type { Messages } from '../../src/i18n/types.js';

// Issue 17 item 7: a host adds a language the library does not ship (here a right-to-left one, with
// a small catalogue of its own over the English texts), and every field, page and flow element lays
// out from the right under dir="rtl": the label or first text starts at the inline start, nothing
// overflows sideways. The styles use
// logical properties only, so the same rules serve both directions.

const arabicTexts: Partial<Messages> = {
  optionalMarker: '(اختياري)',
  required: 'أدخل {label}',
};
registerCatalogue('ar', { ...en, ...arabicTexts });

const fields: [string, TemplateResult][] = [
  ['bf-text-field', html`<bf-text-field name="a" label="الاسم"></bf-text-field>`],
  ['bf-textarea', html`<bf-textarea name="a" label="ملاحظة" maxlength="50"></bf-textarea>`],
  ['bf-select', html`<bf-select name="a" label="النوع"><bf-option value="1">واحد</bf-option></bf-select>`],
  [
    'bf-radio-group',
    html`<bf-radio-group name="a" label="السكن"><bf-option value="1">ملك</bf-option></bf-radio-group>`,
  ],
  [
    'bf-checkbox-group',
    html`<bf-checkbox-group name="a" label="الخيارات"><bf-option value="1">أ</bf-option></bf-checkbox-group>`,
  ],
  ['bf-checkbox', html`<bf-checkbox name="a" label="أوافق"></bf-checkbox>`],
  ['bf-date-input', html`<bf-date-input name="a" label="التاريخ"></bf-date-input>`],
  ['bf-cpr-input', html`<bf-cpr-input name="a" label="CPR"></bf-cpr-input>`],
  ['bf-phone-input', html`<bf-phone-input name="a" label="الهاتف"></bf-phone-input>`],
  [
    'bf-postcode-input',
    html`<bf-postcode-input name="a" label="الرمز البريدي" value="8000"></bf-postcode-input>`,
  ],
  ['bf-file-upload', html`<bf-file-upload name="a" label="المرفقات"></bf-file-upload>`],
  ['bf-address-input', html`<bf-address-input name="a" label="العنوان" manual></bf-address-input>`],
  ['bf-prefilled', html`<bf-prefilled name="a" label="الاسم" value="Ada" source="CPR"></bf-prefilled>`],
  ['bf-declaration', html`<bf-declaration name="a" label="إقرار">أقر بأن المعلومات صحيحة.</bf-declaration>`],
];

/** The page and flow elements, each with the little it needs to show its first text. */
const pageElements: [string, TemplateResult][] = [
  ['bf-header', html`<bf-header authority="بلدية المثال" solution="طلب"></bf-header>`],
  ['bf-footer', html`<bf-footer authority="بلدية المثال"></bf-footer>`],
  ['bf-intro', html`<bf-intro heading="طلب ترخيص" duration-minutes="10"></bf-intro>`],
  ['bf-alert', html`<bf-alert variant="info" heading="معلومة">نص قصير.</bf-alert>`],
  ['bf-details', html`<bf-details summary="ماذا يعني ذلك؟">شرح.</bf-details>`],
  [
    'bf-fieldset',
    html`<bf-fieldset legend="عنوانك"><bf-text-field name="a" label="الشارع"></bf-text-field></bf-fieldset>`,
  ],
  [
    'bf-repeat',
    html`<bf-repeat name="p" label="الأشخاص" item="شخص" min="1"
      ><template><bf-text-field name="n" label="الاسم"></bf-text-field></template
    ></bf-repeat>`,
  ],
  ['bf-receipt', html`<bf-receipt heading="استلمنا طلبك" reference="AB-123"></bf-receipt>`],
  [
    'bf-wizard',
    html`<bf-wizard
      ><bf-step-indicator></bf-step-indicator><bf-step heading="عنك"
        ><bf-text-field name="a" label="الاسم"></bf-text-field></bf-step
      ><bf-step heading="راجع إجاباتك"><bf-summary></bf-summary></bf-step
    ></bf-wizard>`,
  ],
  [
    'bf-step-indicator',
    html`<bf-wizard
      ><bf-step-indicator></bf-step-indicator><bf-step heading="عنك"
        ><bf-text-field name="a" label="الاسم"></bf-text-field></bf-step
      ><bf-step heading="راجع إجاباتك"></bf-step
    ></bf-wizard>`,
  ],
];

/** Waits until every element inside has rendered. */
async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const elements = [...root.querySelectorAll('*')].filter((element) => 'updateComplete' in element);
    await Promise.all(
      elements.map((element) => (element as unknown as { updateComplete: unknown }).updateComplete),
    );
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/**
 * Where an element's first visible text sits (in its shadow root, or what it slots or holds), as
 * distances from the element's left and right edges in px.
 */
function firstTextEdges(element: Element): { fromLeft: number; fromRight: number } {
  const host = element.getBoundingClientRect();
  const roots: Node[] = [element.shadowRoot ?? element, element];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      // Hidden text (the header's skip link, moved up out of sight until it has focus) is not where
      // the eye starts.
      const box = node.parentElement?.getBoundingClientRect();
      const shown = rect.width > 0 && rect.bottom > host.top && box && box.width > 1 && box.height > 1;
      if (shown) return { fromLeft: rect.left - host.left, fromRight: host.right - rect.right };
    }
  }
  throw new Error(`${element.localName} shows no text`);
}

/**
 * Where the element's first thing sits, as distances from the host's left and right edges in px: the
 * label's text (measured as text, since the label itself is a full-width block), or the box of a
 * single checkbox, which comes before its label.
 */
function labelEdges(element: Element): { fromLeft: number; fromRight: number } {
  const root = element.shadowRoot!;
  const box = root.querySelector('input[part~="box"]');
  let rect: DOMRect;
  if (box) rect = box.getBoundingClientRect();
  else {
    const range = document.createRange();
    range.selectNodeContents(root.querySelector('[part~="label"]')!);
    rect = range.getBoundingClientRect();
  }
  const host = element.getBoundingClientRect();
  return { fromLeft: rect.left - host.left, fromRight: host.right - rect.right };
}

describe('right-to-left, in a language the host added', () => {
  for (const [tag, template] of fields) {
    it(`${tag}: mirrored from the right, nothing scrolls sideways`, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<form lang="ar" dir="ltr" style="width: 30em">${template}</form>`,
      );
      const element = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      await element.updateComplete;
      const ltr = labelEdges(element);
      wrapper.dir = 'rtl';
      await element.updateComplete;
      const rtl = labelEdges(element);
      expect(rtl.fromRight, 'as far from the right as it was from the left').to.be.closeTo(ltr.fromLeft, 1);
      expect(rtl.fromLeft, 'no longer at the left').to.be.greaterThan(ltr.fromLeft + 1);
      expect(element.scrollWidth, 'no sideways overflow').to.be.at.most(element.clientWidth + 1);
    });
  }

  for (const [tag, template] of pageElements) {
    it(`${tag}: its first text mirrored from the right, nothing scrolls sideways`, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<form lang="ar" dir="ltr" style="width: 40em">${template}</form>`,
      );
      // A wizard shows its text in the step it shows.
      const element = wrapper.querySelector(tag === 'bf-wizard' ? 'bf-step' : tag) as HTMLElement;
      await settle(wrapper);
      const ltr = firstTextEdges(element);
      wrapper.dir = 'rtl';
      await settle(wrapper);
      const rtl = firstTextEdges(element);
      expect(rtl.fromRight, 'as far from the right as it was from the left').to.be.closeTo(ltr.fromLeft, 1);
      expect(rtl.fromLeft, 'no longer at the left').to.be.greaterThan(ltr.fromLeft + 1);
      expect(element.scrollWidth, 'no sideways overflow').to.be.at.most(element.clientWidth + 1);
    });
  }

  it('an optional field is marked with the host language’s text, and a missing answer in its words', async () => {
    const wrapper = await fixture<HTMLFormElement>(
      html`<form lang="ar" dir="rtl" novalidate><bf-text-field name="a" label="الاسم"></bf-text-field
        ><bf-text-field name="b" label="الهاتف" required></bf-text-field></form>`,
    );
    const [optional, required] = [...wrapper.querySelectorAll('bf-text-field')];
    await optional.updateComplete;
    expect(optional.shadowRoot!.querySelector('[part~="label"]')!.textContent).to.contain('(اختياري)');
    required.reportValidity();
    await required.updateComplete;
    expect(required.validationMessage).to.equal('أدخل الهاتف');
  });
});
