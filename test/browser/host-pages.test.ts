import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/define/all.js';
import type { BfFormControl } from '../../src/base/form-control.js';
import { applyHostStylesheet, HOST_STYLESHEETS } from './support/host-stylesheets.js';

// Issue 22: the page a municipality's CMS makes carries its own CSS. Under Bootstrap 5, DKFDS 11 (a
// 62.5 % root), a CMS reset, a bare 62.5 % root and hostile inherited typography, every field must
// look as it does on a clean page: same boxes, start-aligned untransformed texts, 44 px targets, and
// no sideways scrolling at 320 px. A screenshot of each page goes to test-results/screenshots/.

/**
 * The font the box comparison draws with: one every machine has. A page that loads a web font the
 * default font token names (DKFDS loads IBM Plex Sans) rightly changes the text's width; that the font
 * token, not the page's font, decides the font is checked on its own.
 */
const FONT = 'Arial, sans-serif';

/** A form with every field, in a container whose width the host's CSS cannot change. */
function everyField(width: string, font: string | null = FONT) {
  const fontToken = font === null ? '' : `--bf-font-family: ${font}`;
  return html`<div style="width: ${width}; margin: 0; padding: 0; border: 0; ${fontToken}">
    <form @submit=${(event: Event) => event.preventDefault()}>
      <bf-text-field name="navn" label="Fulde navn" hint="Som det står i dit pas" required></bf-text-field>
      <bf-textarea name="besked" label="Besked" maxlength="200"></bf-textarea>
      <bf-cpr-input name="cpr" label="CPR-nummer" required></bf-cpr-input>
      <bf-cvr-input name="cvr" label="CVR-nummer"></bf-cvr-input>
      <bf-phone-input name="telefon" label="Telefonnummer"></bf-phone-input>
      <bf-date-input name="dato" label="Dato for flytning" required></bf-date-input>
      <bf-select name="kommune" label="Kommune">
        <bf-option value="0101">København</bf-option><bf-option value="0751">Aarhus</bf-option>
      </bf-select>
      <bf-radio-group name="bolig" label="Boligform" required>
        <bf-option value="eje" hint="Hus eller ejerlejlighed">Ejerbolig</bf-option>
        <bf-option value="leje">Lejebolig</bf-option>
      </bf-radio-group>
      <bf-checkbox-group name="ydelser" label="Ydelser">
        <bf-option value="bolig">Boligstøtte</bf-option><bf-option value="pension">Folkepension</bf-option>
      </bf-checkbox-group>
      <bf-checkbox name="samtykke" label="Jeg giver samtykke" required></bf-checkbox>
      <bf-file-upload name="bilag" label="Bilag" accept=".pdf"></bf-file-upload>
      <bf-prefilled name="adresse-cpr" label="Folkeregisteradresse" value="Rådhuspladsen 1"
        source="CPR-registret"></bf-prefilled>
      <bf-address-input name="adresse" label="Ny adresse"></bf-address-input>
      <button>Send</button>
    </form>
  </div>`;
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Every field's size and the space it keeps below it, and the box of each part inside it (label, hint,
 * input, option …) relative to the field, by a stable key. Where the page puts a field is the page's
 * business (its own markup between fields, `white-space: pre` on its body); what the field looks like
 * is ours.
 */
function boxes(container: Element): Map<string, Box> {
  const result = new Map<string, Box>();
  container.querySelectorAll<BfFormControl>('form > [name]').forEach((field) => {
    const origin = field.getBoundingClientRect();
    const spaceBelow = parseFloat(getComputedStyle(field).marginBlockEnd);
    result.set(field.localName, { x: 0, y: spaceBelow, width: origin.width, height: origin.height });
    field.shadowRoot!.querySelectorAll('[part], input, select, textarea, button').forEach((inner, index) => {
      const rect = inner.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) return; // not shown (a closed list)
      const box = { x: rect.x - origin.x, y: rect.y - origin.y, width: rect.width, height: rect.height };
      result.set(`${field.localName} ${inner.getAttribute('part') ?? inner.localName} #${index}`, box);
    });
  });
  return result;
}

async function settled(container: Element): Promise<void> {
  const fields = [...container.querySelectorAll<BfFormControl>('form > [name]')];
  await Promise.all(fields.map((field) => field.updateComplete));
  await document.fonts.ready;
  await new Promise(requestAnimationFrame);
}

/** The texts a citizen reads in each field: labels, legends, hints, option labels. */
function texts(container: Element): HTMLElement[] {
  return [...container.querySelectorAll('form > [name]')].flatMap((field) => [
    ...field.shadowRoot!.querySelectorAll<HTMLElement>(
      '[part~="label"], [part~="legend"], [part~="hint"], [part~="option-label"], [part~="option-hint"]',
    ),
  ]);
}

/** The native controls and buttons a citizen can touch (visible ones). */
function targets(container: Element): HTMLElement[] {
  return [...container.querySelectorAll('form > [name]')].flatMap((field) =>
    [...field.shadowRoot!.querySelectorAll<HTMLElement>('input, select, textarea, button')].filter(
      (element) => {
        const rect = element.getBoundingClientRect();
        return rect.width > 2 && rect.height > 2 && getComputedStyle(element).visibility !== 'hidden';
      },
    ),
  );
}

function describe_(element: Element): string {
  const field = (element.getRootNode() as ShadowRoot).host;
  return `${field?.localName ?? ''} ${element.localName}[part=${element.getAttribute('part') ?? ''}]`;
}

describe('on a municipality page, the host page’s CSS does not bend a field (issue 22)', () => {
  let clean: Map<string, Box>;
  before(async () => {
    await setViewport({ width: 1024, height: 900 });
    const container = await fixture<HTMLDivElement>(everyField('640px'));
    await settled(container);
    clean = boxes(container);
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('measures a clean page with every field', () => {
    expect(clean.size).to.be.greaterThan(60);
    expect(clean.get('bf-text-field')!.height).to.be.greaterThan(40);
  });

  for (const host of HOST_STYLESHEETS) {
    describe(host.name, () => {
      let remove: () => void = () => undefined;
      beforeEach(async () => {
        remove = await applyHostStylesheet(host);
      });
      afterEach(async () => {
        remove();
        await setViewport({ width: 1024, height: 900 });
      });

      it('every field and option has the box it has on a clean page (within 1 px)', async () => {
        const container = await fixture<HTMLDivElement>(everyField('640px'));
        await settled(container);
        await executeServerCommand('save-screenshot', { name: host.name });
        const here = boxes(container);
        const moved: string[] = [];
        for (const [key, box] of clean) {
          const other = here.get(key);
          const off =
            !other ||
            Math.abs(other.x - box.x) > 1 ||
            Math.abs(other.y - box.y) > 1 ||
            Math.abs(other.width - box.width) > 1 ||
            Math.abs(other.height - box.height) > 1;
          if (off) moved.push(`${key}: ${JSON.stringify(box)} → ${JSON.stringify(other)}`);
        }
        expect(moved).to.deep.equal([]);
      });

      it('labels and hints are start-aligned, untransformed, upright, normally spaced, in the font token', async () => {
        const container = await fixture<HTMLDivElement>(everyField('640px', null));
        await settled(container);
        const bent = texts(container).flatMap((element) => {
          const style = getComputedStyle(element);
          const wrong = [
            ['text-align', ['start', 'left']],
            ['text-transform', ['none']],
            ['letter-spacing', ['normal', '0px']],
            ['word-spacing', ['normal', '0px']],
            ['font-style', ['normal']],
            ['text-indent', ['0px']],
            ['white-space', ['normal']],
            ['font-variant-caps', ['normal']],
          ].filter(([property, allowed]) => !allowed.includes(style.getPropertyValue(property as string)));
          return wrong.map(
            ([property]) =>
              `${describe_(element)} ${String(property)}: ${style.getPropertyValue(property as string)}`,
          );
        });
        expect(texts(container).length).to.be.greaterThan(15);
        expect(bent).to.deep.equal([]);
        const families = new Set(texts(container).map((element) => getComputedStyle(element).fontFamily));
        expect([...families]).to.have.length(1);
        expect([...families][0]).to.match(/^"IBM Plex Sans", system-ui/u);
      });

      it('every target a citizen touches is at least 44 px high, and the base text 16 px', async () => {
        const container = await fixture<HTMLDivElement>(everyField('640px'));
        await settled(container);
        const small = targets(container)
          .filter((element) => element.getBoundingClientRect().height < 44)
          .map((element) => `${describe_(element)}: ${element.getBoundingClientRect().height}px`);
        expect(targets(container).length).to.be.greaterThan(15);
        expect(small).to.deep.equal([]);
        const field = container.querySelector('bf-text-field')!;
        expect(getComputedStyle(field).fontSize).to.equal('16px');
      });

      it('nothing scrolls sideways at 320 px (W-1.4.10)', async () => {
        await setViewport({ width: 320, height: 900 });
        const container = await fixture<HTMLDivElement>(everyField('auto'));
        await settled(container);
        await executeServerCommand('save-screenshot', { name: `${host.name}-320` });
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        const wide = [...container.querySelectorAll('form > [name]')]
          .filter((field) => field.scrollWidth > field.clientWidth + 1)
          .map((field) => field.localName);
        expect(wide).to.deep.equal([]);
      });
    });
  }
});
