import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/file-upload.js';
import type { BfFileUpload } from '../../src/components/file-upload/file-upload.js';
import {
  deepActiveElement,
  findAxNodes,
  idReferenceProblems,
  itWithAccessibilityTree,
  labelAndDescription,
} from '../../src/testing/a11y.js';
import { fieldInForm, shownError, submitAndRead } from '../../src/testing/index.js';

/** A file of `size` bytes built in the page, as the picker would hand it over. */
function makeFile(name: string, type: string, size = 1200, lastModified = 1_700_000_000_000): File {
  return new File([new Uint8Array(size)], name, { type, lastModified });
}
const pdf = (name: string, size?: number) => makeFile(name, 'application/pdf', size);

function transfer(files: readonly File[]): DataTransfer {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  return data;
}

function nativeInput(control: BfFileUpload): HTMLInputElement {
  return control.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
}

/** Delivers files the way the native picker does: `files` set on the input, then `input` and `change`. */
async function pick(control: BfFileUpload, files: readonly File[]): Promise<void> {
  const input = nativeInput(control);
  input.files = transfer(files).files;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await control.updateComplete;
}

/** Drops files on the drop zone; returns whether the page took the drop (the browser's own handling prevented). */
async function drop(control: BfFileUpload, files: readonly File[]): Promise<boolean> {
  const zone = control.shadowRoot!.querySelector('[part~="drop-zone"]')!;
  const dataTransfer = transfer(files);
  const init = { dataTransfer, bubbles: true, cancelable: true, composed: true };
  zone.dispatchEvent(new DragEvent('dragenter', init));
  const over = new DragEvent('dragover', init);
  zone.dispatchEvent(over);
  const dropped = new DragEvent('drop', init);
  zone.dispatchEvent(dropped);
  await control.updateComplete;
  return over.defaultPrevented && dropped.defaultPrevented;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();
const errorLines = (control: BfFileUpload) =>
  [...control.shadowRoot!.querySelectorAll('[part~="error"] .message')].map(text);
const status = (control: BfFileUpload) => text(control.shadowRoot!.querySelector('[role="status"]'));
const listedNames = (control: BfFileUpload) =>
  [...control.shadowRoot!.querySelectorAll('[part~="file-name"]')].map(text);
const removeButtons = (control: BfFileUpload) => [
  ...control.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="remove"]'),
];
/** The names of the `File` entries the form submits under `name` (a text entry would show as "text:…"). */
const submitted = (form: HTMLFormElement, name = 'bilag') =>
  new FormData(form).getAll(name).map((entry) => (entry instanceof File ? entry.name : `text:${entry}`));

/**
 * An element as a short string ("button Fjern b.pdf", "input file"). Tests compare these, never
 * elements: a failed `expect(element).to.equal(other)` makes wtr hang while serialising the DOM.
 */
function describeNode(node: Element | null | undefined): string {
  if (!node) return 'nothing';
  const label = node.getAttribute('aria-label');
  return [node.localName, node instanceof HTMLInputElement ? node.type : '', label ?? '']
    .filter(Boolean)
    .join(' ');
}
const focused = () => describeNode(deepActiveElement());

const upload = (markup: TemplateResult, lang = 'da') =>
  fieldInForm<BfFileUpload>(markup, 'bf-file-upload', lang, 'input[type="file"]');

const documents = html`<bf-file-upload name="bilag" label="Bilag" accept=".pdf,.jpg,.png" multiple></bf-file-upload>`;

describe('bf-file-upload', () => {
  describe('the native control', () => {
    it('is form-associated and delegates focus to the native file input', async () => {
      const { form, control, input } = await upload(documents);
      expect(control.form === form).to.equal(true);
      control.focus();
      expect(focused()).to.equal('input file');
      expect(deepActiveElement() === input).to.equal(true);
    });

    it('passes accept, multiple and capture to the native input (camera on phones)', async () => {
      const { input } = await upload(
        html`<bf-file-upload name="foto" label="Foto af skaden" accept="image/*" capture="environment" required></bf-file-upload>`,
      );
      expect([input.accept, input.getAttribute('capture'), input.multiple]).to.deep.equal([
        'image/*',
        'environment',
        false,
      ]);
      // Not native required: an empty required file input is exposed as invalid before the citizen has tried.
      expect(input.required).to.equal(false);
      const { input: many } = await upload(documents);
      expect([many.accept, many.hasAttribute('capture'), many.multiple]).to.deep.equal([
        '.pdf,.jpg,.png',
        false,
        true,
      ]);
    });

    it('is labelled by the field label and described by hint and error, all in its own root', async () => {
      const { form, control, input } = await upload(
        html`<bf-file-upload name="bilag" label="Lønseddel" hint="Den seneste måned" required></bf-file-upload>`,
      );
      expect(labelAndDescription(input)).to.deep.equal({
        name: 'Lønseddel',
        description: 'Den seneste måned',
      });
      await submitAndRead(form, control);
      expect(labelAndDescription(input)).to.deep.equal({
        name: 'Lønseddel',
        description: 'Den seneste måned Fejl: Vælg lønseddel',
      });
      expect(idReferenceProblems(control.shadowRoot!)).to.deep.equal([]);
    });

    it('shows the drop zone as a "Vælg fil" / "Vælg filer" button, hidden from assistive technology', async () => {
      const { control } = await upload(html`<bf-file-upload name="bilag" label="Bilag"></bf-file-upload>`);
      const choose = control.shadowRoot!.querySelector('[part~="choose"]')!;
      expect([text(choose), choose.getAttribute('aria-hidden')]).to.deep.equal(['Vælg fil', 'true']);
      expect(text(control.shadowRoot!.querySelector('[part~="drop-text"]'))).to.equal(
        'eller træk filen hertil',
      );
      const { control: many } = await upload(documents);
      expect(text(many.shadowRoot!.querySelector('[part~="choose"]'))).to.equal('Vælg filer');
    });

    it('opens the picker from anywhere in the drop zone: the native input covers it', async () => {
      const { control, input } = await upload(documents);
      const zone = control.shadowRoot!.querySelector('[part~="drop-zone"]')!.getBoundingClientRect();
      const inset = 4; // inside the zone's border
      const points = [
        [zone.left + inset, zone.top + inset],
        [zone.right - inset, zone.bottom - inset],
        [zone.left + zone.width / 2, zone.top + zone.height / 2],
      ];
      const hits = points.map(([x, y]) => describeNode(control.shadowRoot!.elementFromPoint(x, y)));
      expect(hits).to.deep.equal(['input file', 'input file', 'input file']);
      expect(input.getBoundingClientRect().width).to.be.greaterThan(zone.width - 2 * inset);
    });
  });

  describe('choosing files', () => {
    it('adds two accepted files: listed with size, two File entries in FormData, "2 filer valgt"', async () => {
      const { form, control, input } = await upload(documents);
      const files = [pdf('lønseddel.pdf', 2_500_000), makeFile('foto.JPG', 'image/jpeg', 800)];
      await pick(control, files);
      expect(listedNames(control)).to.deep.equal(['lønseddel.pdf', 'foto.JPG']);
      expect([...control.shadowRoot!.querySelectorAll('[part~="file-size"]')].map(text)).to.deep.equal([
        '2,5 MB',
        '800 B',
      ]);
      const entries = new FormData(form).getAll('bilag');
      expect(entries.map((entry) => entry instanceof File)).to.deep.equal([true, true]);
      expect(
        entries.map((entry) => [(entry as File).name, (entry as File).size, (entry as File).type]),
      ).to.deep.equal([
        ['lønseddel.pdf', 2_500_000, 'application/pdf'],
        ['foto.JPG', 800, 'image/jpeg'],
      ]);
      expect(status(control)).to.equal('2 filer valgt');
      expect(shownError(control)).to.equal('');
      expect(control.files.map((f, i) => f === files[i])).to.deep.equal([true, true]);
      const nativeNames = () => [...input.files!].map((f) => `${f.name} ${f.size}`);
      expect(nativeNames(), 'the native input holds the chosen files').to.deep.equal([
        'lønseddel.pdf 2500000',
        'foto.JPG 800',
      ]);
      await pick(control, [makeFile('fil.exe', 'application/x-msdownload')]);
      expect(nativeNames(), 'a rejected pick puts the chosen files back').to.deep.equal([
        'lønseddel.pdf 2500000',
        'foto.JPG 800',
      ]);
    });

    it('says "1 fil valgt" for one file, and adds a later pick to the list', async () => {
      const { form, control } = await upload(documents);
      await pick(control, [pdf('a.pdf')]);
      expect(status(control)).to.equal('1 fil valgt');
      await pick(control, [pdf('b.pdf')]);
      expect(status(control)).to.equal('2 filer valgt');
      expect(submitted(form)).to.deep.equal(['a.pdf', 'b.pdf']);
    });

    it('takes dropped files through the same checks as picked ones', async () => {
      const { form, control } = await upload(documents);
      expect(await drop(control, [pdf('a.pdf'), makeFile('fil.exe', 'application/x-msdownload')])).to.equal(
        true,
      );
      expect(listedNames(control)).to.deep.equal(['a.pdf']);
      expect(submitted(form)).to.deep.equal(['a.pdf']);
      expect(errorLines(control)).to.deep.equal([
        'Fejl: fil.exe er ikke en tilladt filtype. Den valgte fil skal være af typen PDF, JPG eller PNG',
      ]);
      expect(status(control)).to.equal(
        'fil.exe er ikke en tilladt filtype. Den valgte fil skal være af typen PDF, JPG eller PNG. 1 fil valgt',
      );
    });

    it('highlights the drop zone while files are dragged over it', async () => {
      const { control } = await upload(documents);
      const zone = control.shadowRoot!.querySelector('[part~="drop-zone"]')!;
      const init = {
        dataTransfer: transfer([pdf('a.pdf')]),
        bubbles: true,
        cancelable: true,
        composed: true,
      };
      zone.dispatchEvent(new DragEvent('dragover', init));
      await control.updateComplete;
      expect(zone.classList.contains('dragging')).to.equal(true);
      zone.dispatchEvent(new DragEvent('dragleave', { ...init, relatedTarget: document.body }));
      await control.updateComplete;
      expect(zone.classList.contains('dragging')).to.equal(false);
    });

    it('fires input and change from the element once per change, and never for a pick that adds nothing', async () => {
      const { control } = await upload(documents);
      const events: string[] = [];
      control.addEventListener('input', (e) => events.push(`input:${(e.target as Element).localName}`));
      control.addEventListener('change', (e) => events.push(`change:${(e.target as Element).localName}`));
      await pick(control, [pdf('a.pdf')]);
      expect(events).to.deep.equal(['input:bf-file-upload', 'change:bf-file-upload']);
      events.length = 0;
      await pick(control, [makeFile('fil.exe', 'application/x-msdownload')]);
      expect(events).to.deep.equal([]);
    });

    it('without multiple, a new pick replaces the file, and a rejected pick keeps it', async () => {
      const { form, control } = await upload(
        html`<bf-file-upload name="bilag" label="Bilag" accept=".pdf"></bf-file-upload>`,
      );
      await pick(control, [pdf('a.pdf')]);
      await pick(control, [pdf('b.pdf')]);
      expect(listedNames(control)).to.deep.equal(['b.pdf']);
      await pick(control, [makeFile('c.png', 'image/png')]);
      expect(listedNames(control)).to.deep.equal(['b.pdf']);
      expect(submitted(form)).to.deep.equal(['b.pdf']);
      await drop(control, [pdf('d.pdf'), pdf('e.pdf')]);
      expect(listedNames(control)).to.deep.equal(['d.pdf']);
      expect(errorLines(control)).to.deep.equal(['Fejl: e.pdf er ikke tilføjet. Du kan højst vælge 1 fil']);
    });
  });

  describe('rejected files: not added, a Danish message in the error area, and announced', () => {
    const cases = [
      {
        name: 'wrong type',
        markup: documents,
        file: () => makeFile('fil.exe', 'application/x-msdownload'),
        message: 'fil.exe er ikke en tilladt filtype. Den valgte fil skal være af typen PDF, JPG eller PNG',
      },
      {
        name: 'a program posing as a PDF (name and MIME type disagree)',
        markup: html`<bf-file-upload name="bilag" label="Bilag" accept="application/pdf,image/jpeg,image/png"></bf-file-upload>`,
        file: () => makeFile('faktura.pdf.exe', 'application/pdf'),
        message:
          'faktura.pdf.exe er ikke en tilladt filtype. Den valgte fil skal være af typen PDF, JPG eller PNG',
      },
      {
        name: 'oversized (max-size="1kB")',
        markup: html`<bf-file-upload name="bilag" label="Bilag" max-size="1kB"></bf-file-upload>`,
        file: () => pdf('stor.pdf', 1001),
        message: 'stor.pdf er for stor. Filens størrelse skal være under 1 kB',
      },
      {
        name: 'oversized (max-size="2,5MB")',
        markup: html`<bf-file-upload name="bilag" label="Bilag" max-size="2,5MB"></bf-file-upload>`,
        file: () => pdf('scan.pdf', 2_500_001),
        message: 'scan.pdf er for stor. Filens størrelse skal være under 2,5 MB',
      },
      {
        name: 'empty',
        markup: documents,
        file: () => pdf('tom.pdf', 0),
        message: 'tom.pdf kan ikke bruges. Den valgte fil er tom',
      },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const { form, control, input } = await upload(c.markup);
        await pick(control, [c.file()]);
        expect(listedNames(control)).to.deep.equal([]);
        expect(submitted(form)).to.deep.equal([]);
        expect(shownError(control)).to.equal(`Fejl: ${c.message}`);
        expect(status(control)).to.equal(`${c.message}. Ingen filer valgt`);
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(labelAndDescription(input).description).to.equal(`Fejl: ${c.message}`);
        expect(control.hasAttribute('user-invalid')).to.equal(true);
      });
    }

    it('accepts a file of exactly max-size (bytes) and rejects one byte more', async () => {
      const { control } = await upload(
        html`<bf-file-upload name="bilag" label="Bilag" max-size="2048" multiple></bf-file-upload>`,
      );
      await pick(control, [pdf('præcis.pdf', 2048), pdf('over.pdf', 2049)]);
      expect(listedNames(control)).to.deep.equal(['præcis.pdf']);
      expect(errorLines(control)).to.deep.equal([
        'Fejl: over.pdf er for stor. Filens størrelse skal være under 2 kB',
      ]);
    });

    it('too many files: the first ones are added up to max-files, the rest named in one message', async () => {
      const { form, control } = await upload(
        html`<bf-file-upload name="bilag" label="Bilag" multiple max-files="2"></bf-file-upload>`,
      );
      await pick(control, [pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf'), pdf('d.pdf')]);
      expect(listedNames(control)).to.deep.equal(['a.pdf', 'b.pdf']);
      expect(submitted(form)).to.deep.equal(['a.pdf', 'b.pdf']);
      const message = 'c.pdf og d.pdf er ikke tilføjet. Du kan højst vælge 2 filer';
      expect(errorLines(control)).to.deep.equal([`Fejl: ${message}`]);
      expect(status(control)).to.equal(`${message}. 2 filer valgt`);
      await pick(control, [pdf('e.pdf')]);
      expect(errorLines(control)).to.deep.equal(['Fejl: e.pdf er ikke tilføjet. Du kan højst vælge 2 filer']);
    });

    it('several rejections in one pick get a line each, and all are announced', async () => {
      const { control } = await upload(
        html`<bf-file-upload name="bilag" label="Bilag" accept=".pdf" max-size="10MB" multiple></bf-file-upload>`,
      );
      const a = pdf('a.pdf');
      await pick(control, [a]);
      await pick(control, [
        a,
        makeFile('b.png', 'image/png'),
        pdf('c.pdf', 0),
        pdf('d.pdf', 10_000_001),
        pdf('e.pdf', 10_000_000),
      ]);
      expect(listedNames(control)).to.deep.equal(['a.pdf', 'e.pdf']);
      const messages = [
        'Du har allerede valgt a.pdf',
        'b.png er ikke en tilladt filtype. Den valgte fil skal være af typen PDF',
        'c.pdf kan ikke bruges. Den valgte fil er tom',
        'd.pdf er for stor. Filens størrelse skal være under 10 MB',
      ];
      expect(errorLines(control)).to.deep.equal(messages.map((m) => `Fejl: ${m}`));
      expect(status(control)).to.equal(`${messages.join('. ')}. 2 filer valgt`);
    });

    it('rejections do not block the form, and go away with the next pick', async () => {
      const { form, control } = await upload(documents);
      await pick(control, [makeFile('fil.exe', 'application/x-msdownload')]);
      expect(form.checkValidity()).to.equal(true);
      await pick(control, [pdf('a.pdf')]);
      expect(shownError(control)).to.equal('');
      expect(nativeInput(control).hasAttribute('aria-invalid')).to.equal(false);
    });

    it('announces the same outcome twice in a row (the live region text still changes)', async () => {
      const { control } = await upload(documents);
      const region = control.shadowRoot!.querySelector('[role="status"]')!;
      await pick(control, [makeFile('fil.exe', 'application/x-msdownload')]);
      const first = region.textContent;
      await pick(control, [makeFile('fil.exe', 'application/x-msdownload')]);
      expect(region.textContent).to.not.equal(first);
      expect(text(region)).to.equal(text({ textContent: first } as Element));
    });
  });

  describe('the list of chosen files', () => {
    it('shows names with HTML, unicode and emoji as text', async () => {
      const { control } = await upload(
        html`<bf-file-upload name="bilag" label="Bilag" multiple></bf-file-upload>`,
      );
      const names = [
        '<img src=x onerror=alert(1)>.pdf',
        'Ærø-ansøgning 📄 م.pdf',
        '<script>window.__bfFile=1</script>.pdf',
      ];
      await pick(
        control,
        names.map((name) => pdf(name)),
      );
      expect(listedNames(control)).to.deep.equal(names);
      expect(control.shadowRoot!.querySelector('img, script:not([type])') === null).to.equal(true);
      expect(removeButtons(control).map((b) => b.getAttribute('aria-label'))).to.deep.equal(
        names.map((n) => `Fjern ${n}`),
      );
      expect((window as unknown as { __bfFile?: number }).__bfFile).to.equal(undefined);
    });

    it('shows rejected file names with HTML as text in the error area', async () => {
      const { control } = await upload(documents);
      await pick(control, [makeFile('<img src=x onerror=alert(1)>.exe', 'application/x-msdownload')]);
      expect(control.shadowRoot!.querySelector('img') === null).to.equal(true);
      expect(shownError(control)).to.contain('<img src=x onerror=alert(1)>.exe er ikke en tilladt filtype');
    });

    it('removes a file by keyboard: Tab to "Fjern …", Enter; list, FormData and announcement follow, focus moves on (W-2.1.1, W-4.1.3)', async () => {
      const { form, control, input } = await upload(documents);
      await pick(control, [pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf')]);
      input.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal('button Fjern a.pdf');
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal('button Fjern b.pdf');
      await sendKeys({ press: 'Enter' });
      await control.updateComplete;
      expect(listedNames(control)).to.deep.equal(['a.pdf', 'c.pdf']);
      expect(submitted(form)).to.deep.equal(['a.pdf', 'c.pdf']);
      expect(status(control)).to.equal('b.pdf er fjernet. 2 filer valgt');
      expect(focused(), "focus on the next file's remove button").to.equal('button Fjern c.pdf');
      await sendKeys({ press: ' ' }); // Space works too; the last file: focus goes to the previous one
      await control.updateComplete;
      expect(listedNames(control)).to.deep.equal(['a.pdf']);
      expect(focused()).to.equal('button Fjern a.pdf');
      await sendKeys({ press: 'Enter' });
      await control.updateComplete;
      expect(listedNames(control)).to.deep.equal([]);
      expect(submitted(form)).to.deep.equal([]);
      expect(status(control)).to.equal('a.pdf er fjernet. Ingen filer valgt');
      expect(focused(), 'focus back on the picker when the list is empty').to.equal('input file');
      expect(deepActiveElement() === input).to.equal(true);
    });

    it('lets the citizen pick a removed file again', async () => {
      const { control } = await upload(documents);
      const file = pdf('a.pdf');
      await pick(control, [file]);
      removeButtons(control)[0].click();
      await control.updateComplete;
      await pick(control, [file]);
      expect(listedNames(control)).to.deep.equal(['a.pdf']);
    });

    it('does nothing on mousedown alone (pointer cancellation) (W-2.5.2)', async () => {
      const { control } = await upload(documents);
      await pick(control, [pdf('a.pdf')]);
      removeButtons(control)[0].dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
      await control.updateComplete;
      expect(listedNames(control)).to.deep.equal(['a.pdf']);
    });

    it('fires change on removal', async () => {
      const { control } = await upload(documents);
      await pick(control, [pdf('a.pdf')]);
      const changed = oneEvent(control, 'change');
      removeButtons(control)[0].click();
      expect((await changed).target === control).to.equal(true);
    });
  });

  describe('in the form', () => {
    it('required with no file: blocks the form, and shows "Vælg {label}" only after a submit attempt', async () => {
      const { form, control, input } = await upload(
        html`<bf-file-upload name="bilag" label="Lønseddel" required></bf-file-upload>`,
      );
      expect(form.checkValidity()).to.equal(false);
      expect(control.validity!.valueMissing).to.equal(true);
      expect(control.validationMessage).to.equal('Vælg lønseddel');
      expect(shownError(control)).to.equal('');
      const invalid = oneEvent(control, 'invalid');
      form.requestSubmit();
      expect((await invalid).defaultPrevented, 'no browser bubble').to.equal(true);
      await control.updateComplete;
      expect(shownError(control)).to.equal('Fejl: Vælg lønseddel');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(control.matches(':state(user-invalid)')).to.equal(true);
      await pick(control, [pdf('løn.pdf')]);
      expect(shownError(control)).to.equal('');
      expect(form.checkValidity()).to.equal(true);
      expect(input.hasAttribute('aria-invalid')).to.equal(false);
    });

    it("required: the field message comes first, the summary's text, then a rejection", async () => {
      const { form, control } = await upload(
        html`<bf-file-upload name="bilag" label="Lønseddel" accept=".pdf" required></bf-file-upload>`,
      );
      await pick(control, [
        makeFile('løn.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
      ]);
      await submitAndRead(form, control);
      expect(errorLines(control)).to.deep.equal([
        'Fejl: Vælg lønseddel',
        'Fejl: løn.docx er ikke en tilladt filtype. Den valgte fil skal være af typen PDF',
      ]);
      expect(control.validationMessage).to.equal('Vælg lønseddel');
    });

    it('moves focus to the native input when the citizen submits without the required file', async () => {
      const { form, control } = await upload(
        html`<bf-file-upload name="bilag" label="Bilag" required></bf-file-upload>`,
      );
      form.querySelector('button')!.focus();
      await sendKeys({ press: 'Enter' });
      await control.updateComplete;
      expect(focused()).to.equal('input file');
    });

    it('form.reset() clears the list, FormData, rejections and errors', async () => {
      const { form, control } = await upload(
        html`<bf-file-upload name="bilag" label="Bilag" accept=".pdf" multiple required></bf-file-upload>`,
      );
      await pick(control, [pdf('a.pdf'), makeFile('b.png', 'image/png')]);
      expect(submitted(form)).to.have.length(1);
      form.reset();
      await control.updateComplete;
      expect(listedNames(control)).to.deep.equal([]);
      expect(submitted(form)).to.deep.equal([]);
      expect(control.files.length).to.equal(0);
      expect(shownError(control)).to.equal('');
      expect(status(control)).to.equal('');
      expect(form.checkValidity()).to.equal(false);
      await submitAndRead(form, control);
      expect(shownError(control)).to.equal('Fejl: Vælg bilag');
    });

    it('inside <fieldset disabled>: disabled, not submitted, not validated, takes no drop', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset>
        <bf-file-upload name="bilag" label="Bilag" multiple required></bf-file-upload></fieldset></form>`);
      const control = form.querySelector('bf-file-upload')!;
      await control.updateComplete;
      await pick(control, [pdf('a.pdf')]);
      form.querySelector('fieldset')!.disabled = true;
      await control.updateComplete;
      expect(submitted(form)).to.deep.equal([]);
      expect(nativeInput(control).disabled).to.equal(true);
      expect(removeButtons(control).length).to.equal(0);
      expect(listedNames(control)).to.deep.equal(['a.pdf']);
      expect(await drop(control, [pdf('b.pdf')]), 'the browser must not open the dropped file').to.equal(
        true,
      );
      expect(listedNames(control)).to.deep.equal(['a.pdf']);
      form.querySelector('fieldset')!.disabled = false;
      await control.updateComplete;
      expect(submitted(form)).to.deep.equal(['a.pdf']);
    });

    it('disabled attribute: the native input is disabled and nothing is submitted', async () => {
      const { form, input } = await upload(
        html`<bf-file-upload name="bilag" label="Bilag" disabled required></bf-file-upload>`,
      );
      expect(input.disabled).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
    });

    it('shows a server error from the error attribute at once, until the citizen picks a file', async () => {
      const { form, control, input } = await upload(
        html`<bf-file-upload name="bilag" label="Bilag" error="Filen kunne ikke læses. Vælg en anden fil"></bf-file-upload>`,
      );
      expect(shownError(control)).to.equal('Fejl: Filen kunne ikke læses. Vælg en anden fil');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(form.checkValidity()).to.equal(false);
      expect(control.validity!.customError).to.equal(true);
      await pick(control, [pdf('ny.pdf')]);
      expect(shownError(control)).to.equal('');
      expect(form.checkValidity()).to.equal(true);
    });

    it('takes per-instance messages from message-* attributes, as text', async () => {
      const { form, control } =
        await upload(html`<bf-file-upload name="bilag" label="Bilag" accept=".pdf" required
        message-file-required="Vælg din <b>lønseddel</b>" message-file-type="{name} er ikke en PDF-fil"></bf-file-upload>`);
      await submitAndRead(form, control);
      expect(shownError(control)).to.equal('Fejl: Vælg din <b>lønseddel</b>');
      expect(control.shadowRoot!.querySelector('[part~="error"] b') === null).to.equal(true);
      await pick(control, [makeFile('x.png', 'image/png')]);
      expect(errorLines(control)[1]).to.equal('Fejl: x.png er ikke en PDF-fil');
    });

    it('restores its files from the state the browser saved (back/forward, reload)', async () => {
      const { form, control, input } = await upload(documents);
      const state = new FormData();
      state.append('bilag', pdf('gemt.pdf'));
      control.formStateRestoreCallback(state);
      await control.updateComplete;
      expect(listedNames(control)).to.deep.equal(['gemt.pdf']);
      expect(submitted(form)).to.deep.equal(['gemt.pdf']);
      expect([...input.files!].map((f) => f.name)).to.deep.equal(['gemt.pdf']);
    });

    it('takes the size units from the catalogue (message-file-size-mega)', async () => {
      const { control } = await upload(
        html`<bf-file-upload name="bilag" label="Bilag" max-size="1MB" message-file-size-mega="{size} megabyte"></bf-file-upload>`,
      );
      await pick(control, [pdf('a.pdf', 2_500_000)]);
      expect(shownError(control)).to.equal(
        'Fejl: a.pdf er for stor. Filens størrelse skal være under 1 megabyte',
      );
      await pick(control, [pdf('b.pdf', 999_999)]);
      expect(text(control.shadowRoot!.querySelector('[part~="file-size"]'))).to.equal('1 megabyte');
    });

    it('warns about a max-size it cannot read and applies no limit', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const { control } = await upload(
          html`<bf-file-upload name="bilag" label="Bilag" max-size="ti MB"></bf-file-upload>`,
        );
        await pick(control, [pdf('a.pdf', 20_000)]);
        expect(listedNames(control)).to.deep.equal(['a.pdf']);
        expect(warnings.some((w) => w.includes('max-size="ti MB"'))).to.equal(true);
      } finally {
        console.warn = original;
      }
    });
  });

  describe('English under lang="en"', () => {
    it('speaks English: required, rejections, counts, buttons', async () => {
      const { form, control } = await upload(
        html`<bf-file-upload name="bilag" label="Payslip" accept=".pdf,.jpg,.png" max-size="1MB" multiple max-files="2" required></bf-file-upload>`,
        'en',
      );
      await submitAndRead(form, control);
      expect(control.validationMessage).to.equal('Select payslip');
      expect(shownError(control)).to.equal('Error: Select payslip');
      expect(text(control.shadowRoot!.querySelector('[part~="choose"]'))).to.equal('Choose files');
      await pick(control, [
        pdf('a.pdf'),
        makeFile('b.jpg', 'image/jpeg'),
        makeFile('c.exe', 'application/x-msdownload'),
        pdf('d.pdf', 1_500_000),
        pdf('e.pdf', 0),
        pdf('f.pdf'),
      ]);
      const messages = [
        'c.exe is not an allowed file type. The selected file must be a PDF, JPG, or PNG',
        'd.pdf is too big. The selected file must be smaller than 1 MB',
        'e.pdf cannot be used. The selected file is empty',
        'Not added: f.pdf. You can choose 2 files at most',
      ];
      expect(errorLines(control)).to.deep.equal(messages.map((m) => `Error: ${m}`));
      expect(status(control)).to.equal(`${messages.join('. ')}. 2 files chosen`);
      expect(removeButtons(control).map((b) => [text(b), b.getAttribute('aria-label')])).to.deep.equal([
        ['Remove', 'Remove a.pdf'],
        ['Remove', 'Remove b.jpg'],
      ]);
    });

    it('follows a change of lang on an ancestor', async () => {
      const { form, control } = await upload(
        html`<bf-file-upload name="bilag" label="Bilag" required></bf-file-upload>`,
      );
      form.lang = 'en';
      await aTimeout(0);
      await control.updateComplete;
      expect(control.validationMessage).to.equal('Select bilag');
      expect(text(control.shadowRoot!.querySelector('[part~="choose"]'))).to.equal('Choose file');
    });
  });

  describe('accessibility', () => {
    itWithAccessibilityTree(
      'the accessibility tree: the picker named by the label, described by hint and error, invalid',
      async () => {
        const { form, control } = await upload(
          html`<bf-file-upload name="bilag" label="Lønseddel" hint="Som PDF" required></bf-file-upload>`,
        );
        const [untouched] = await findAxNodes((n) => n.role === 'button' && n.name === 'Lønseddel');
        expect(untouched.invalid, 'not invalid before the citizen has tried').to.equal(undefined);
        await submitAndRead(form, control);
        const nodes = await findAxNodes((n) => n.name === 'Lønseddel' && n.role !== 'StaticText');
        expect(nodes.length, JSON.stringify(nodes)).to.equal(1);
        expect(nodes[0].role).to.equal('button');
        expect(nodes[0].description).to.equal('Som PDF Fejl: Vælg lønseddel');
        expect(nodes[0].invalid).to.equal('true');
        expect(
          await findAxNodes((n) => n.name === 'Vælg fil' || n.name === 'eller træk filen hertil'),
        ).to.deep.equal([]);
        await pick(control, [pdf('løn.pdf')]);
        const [picker] = await findAxNodes((n) => n.role === 'button' && n.name === 'Lønseddel');
        expect(picker.value, 'the native control tells the chosen file, not "No file chosen"').to.equal(
          'løn.pdf',
        );
        expect(picker.invalid).to.not.equal('true');
      },
    );

    itWithAccessibilityTree(
      'the accessibility tree: "(frivilligt)" in the name of an optional picker; remove buttons named after their file',
      async () => {
        const { control } = await upload(
          html`<bf-file-upload name="bilag" label="Bilag" multiple></bf-file-upload>`,
        );
        await pick(control, [pdf('a.pdf'), pdf('b.pdf')]);
        expect(
          (await findAxNodes((n) => n.role === 'button' && n.name.startsWith('Bilag'))).map((n) => n.name),
        ).to.deep.equal(['Bilag (frivilligt)']);
        expect(
          (await findAxNodes((n) => n.role === 'button' && n.name.startsWith('Fjern'))).map((n) => n.name),
        ).to.deep.equal(['Fjern a.pdf', 'Fjern b.pdf']);
        const live = await findAxNodes((n) => n.role === 'status');
        expect(
          live.map((n) => [(n as { live?: string }).live, n.children?.map((c) => c.name).join('')]),
        ).to.deep.equal([['polite', '2 filer valgt']]);
      },
    );

    it('fails axe without a label', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><bf-file-upload name="bilag"></bf-file-upload></form>`,
      );
      await form.querySelector('bf-file-upload')!.updateComplete;
      let failed = false;
      try {
        await expect(form).to.be.accessible();
      } catch {
        failed = true;
      }
      expect(failed, 'a file upload without a label must not pass axe').to.equal(true);
    });

    const states: [
      string,
      TemplateResult,
      (control: BfFileUpload, form: HTMLFormElement) => Promise<void>,
    ][] = [
      ['default', html`<bf-file-upload name="bilag" label="Bilag"></bf-file-upload>`, async () => {}],
      [
        'with hint',
        html`<bf-file-upload name="bilag" label="Bilag" hint="PDF, JPG eller PNG, højst 10 MB"></bf-file-upload>`,
        async () => {},
      ],
      ['with chosen files', documents, (c) => pick(c, [pdf('a.pdf'), makeFile('b.png', 'image/png')])],
      [
        'with rejections',
        documents,
        (c) => pick(c, [pdf('a.pdf'), makeFile('fil.exe', 'application/x-msdownload'), pdf('tom.pdf', 0)]),
      ],
      [
        'required, after a failed submit',
        html`<bf-file-upload name="bilag" label="Bilag" hint="Hjælp" required></bf-file-upload>`,
        async (c, f) => {
          await submitAndRead(f, c);
        },
      ],
      [
        'with a server error',
        html`<bf-file-upload name="bilag" label="Bilag" error="Filen kunne ikke læses"></bf-file-upload>`,
        async () => {},
      ],
      [
        'disabled, with a file',
        html`<bf-file-upload name="bilag" label="Bilag" multiple></bf-file-upload>`,
        async (c) => {
          await pick(c, [pdf('a.pdf')]);
          c.disabled = true;
          await c.updateComplete;
        },
      ],
      [
        'read-only, with a file',
        html`<bf-file-upload name="bilag" label="Bilag"></bf-file-upload>`,
        async (c) => {
          await pick(c, [pdf('a.pdf')]);
          c.readonly = true;
          await c.updateComplete;
        },
      ],
      [
        'while dragging',
        documents,
        async (c) => {
          c.shadowRoot!.querySelector('[part~="drop-zone"]')!.dispatchEvent(
            new DragEvent('dragover', {
              dataTransfer: transfer([pdf('a.pdf')]),
              bubbles: true,
              cancelable: true,
            }),
          );
          await c.updateComplete;
        },
      ],
    ];
    for (const [state, markup, prepare] of states) {
      it(`passes axe: ${state}`, async () => {
        const { form, control } = await upload(markup);
        await prepare(control, form);
        await expect(form).to.be.accessible();
      });
    }
  });

  describe('files the server already holds (<bf-stored-file>)', () => {
    /** Three documents a server kept after a failed submit, as it would write them back into the page. */
    const held = html`<bf-file-upload name="bilag" label="Bilag" accept=".pdf,.jpg,.png" multiple required>
      <bf-stored-file reference="r-1" size="182044" type="application/pdf">lejekontrakt.pdf</bf-stored-file>
      <bf-stored-file reference="r-2" size="2500000" type="image/jpeg">lønseddel.jpg</bf-stored-file>
      <bf-stored-file reference="r-3" size="1200">&lt;b&gt;erklæring&lt;/b&gt; 😀.pdf</bf-stored-file>
    </bf-file-upload>`;
    const kept = (form: HTMLFormElement) => new FormData(form).getAll('bilag-kept');
    const removed = (form: HTMLFormElement) => new FormData(form).getAll('bilag-removed');

    it('gives a draft its chosen files and held references, and takes them back (files kept as Blobs)', async () => {
      const { control } = await upload(held);
      await pick(control, [makeFile('pas.png', 'image/png', 48_000)]);
      const state = structuredClone(control.draftState()!); // as IndexedDB keeps it
      const { form, control: blank } = await upload(held);
      blank.restoreDraftState(state);
      await blank.updateComplete;
      expect(listedNames(blank)).to.include('pas.png');
      expect(new FormData(form).getAll('bilag').map((file) => (file as File).name)).to.deep.equal([
        'pas.png',
      ]);
    });

    it('gives a summary answer of every listed file as "name (size)", held files first, names as text', async () => {
      const { control } = await upload(held);
      await pick(control, [makeFile('pas.png', 'image/png', 48_000)]);
      expect(control.summaryAnswer).to.deep.equal({
        name: 'bilag',
        label: 'Bilag',
        displayValue:
          'lejekontrakt.pdf (182 kB), lønseddel.jpg (2,5 MB), <b>erklæring</b> 😀.pdf (1,2 kB), pas.png (48 kB)',
      });
      const { control: english } = await upload(held, 'en');
      expect(english.summaryAnswer.displayValue).to.contain('lønseddel.jpg (2.5 MB)');
      const { control: none } = await upload(documents);
      expect(none.summaryAnswer.displayValue).to.equal('Ikke udfyldt');
    });

    it('lists them like chosen files, with size and a "Fjern" button each, names as text', async () => {
      const { form, control } = await upload(held);
      expect(listedNames(control)).to.deep.equal([
        'lejekontrakt.pdf',
        'lønseddel.jpg',
        '<b>erklæring</b> 😀.pdf',
      ]);
      const sizes = [...control.shadowRoot!.querySelectorAll('[part~="file-size"]')].map(text);
      expect(sizes).to.deep.equal(['182 kB', '2,5 MB', '1,2 kB']);
      expect(removeButtons(control).map((b) => b.getAttribute('aria-label'))).to.deep.equal([
        'Fjern lejekontrakt.pdf',
        'Fjern lønseddel.jpg',
        'Fjern <b>erklæring</b> 😀.pdf',
      ]);
      expect(control.shadowRoot!.querySelector('b')).to.equal(null);
      expect(status(control)).to.equal('3 filer valgt');
      expect(control.value).to.equal('lejekontrakt.pdf, lønseddel.jpg, <b>erklæring</b> 😀.pdf');
      expect(control.storedFiles.map((f) => f.reference)).to.deep.equal(['r-1', 'r-2', 'r-3']);
      await expect(form).to.be.accessible();
    });

    it('submits their references under <name>-kept, meets required, and sends no file of its own', async () => {
      const { form, control } = await upload(held);
      expect(kept(form)).to.deep.equal(['r-1', 'r-2', 'r-3']);
      expect(removed(form)).to.deep.equal([]);
      expect(submitted(form)).to.deep.equal([]);
      expect(form.checkValidity()).to.equal(true);
      await pick(control, [pdf('ny.pdf')]);
      expect(submitted(form)).to.deep.equal(['ny.pdf']);
      expect(kept(form)).to.deep.equal(['r-1', 'r-2', 'r-3']);
      expect(listedNames(control)).to.deep.equal([
        'lejekontrakt.pdf',
        'lønseddel.jpg',
        '<b>erklæring</b> 😀.pdf',
        'ny.pdf',
      ]);
      expect(status(control)).to.equal('4 filer valgt');
    });

    it('removing one submits that fact under <name>-removed, is announced, and focus moves on', async () => {
      const { form, control } = await upload(held);
      const changes: string[] = [];
      control.addEventListener('change', () => changes.push(control.value));
      removeButtons(control)[0].focus();
      await sendKeys({ press: 'Enter' });
      await control.updateComplete;
      expect(listedNames(control)).to.deep.equal(['lønseddel.jpg', '<b>erklæring</b> 😀.pdf']);
      expect(kept(form)).to.deep.equal(['r-2', 'r-3']);
      expect(removed(form)).to.deep.equal(['r-1']);
      expect(status(control)).to.equal('lejekontrakt.pdf er fjernet. 2 filer valgt');
      expect(focused()).to.equal('button Fjern lønseddel.jpg');
      expect(changes).to.deep.equal(['lønseddel.jpg, <b>erklæring</b> 😀.pdf']);
    });

    it('required: removing every held file makes the field invalid with "Vælg {label}"', async () => {
      const { form, control } = await upload(held);
      for (let i = 0; i < 3; i++) {
        removeButtons(control)[0].click();
        await control.updateComplete;
      }
      expect(removed(form)).to.deep.equal(['r-1', 'r-2', 'r-3']);
      expect(form.checkValidity()).to.equal(false);
      await submitAndRead(form, control);
      expect(shownError(control)).to.equal('Fejl: Vælg bilag');
    });

    it('count toward max-files and max-total-size', async () => {
      const { control } = await upload(html`<bf-file-upload name="bilag" label="Bilag" multiple max-files="3"
        max-total-size="3MB">
        <bf-stored-file reference="r-1" size="2000000">a.pdf</bf-stored-file>
        <bf-stored-file reference="r-2" size="500000">b.pdf</bf-stored-file>
      </bf-file-upload>`);
      await pick(control, [pdf('stor.pdf', 600_000), pdf('lille.pdf', 400_000), pdf('sidste.pdf', 1000)]);
      expect(listedNames(control)).to.deep.equal(['a.pdf', 'b.pdf', 'lille.pdf']);
      expect(errorLines(control)).to.deep.equal([
        'Fejl: stor.pdf er ikke tilføjet. Filerne må tilsammen højst fylde 3 MB',
        'Fejl: sidste.pdf er ikke tilføjet. Du kan højst vælge 3 filer',
      ]);
    });

    it('turns away a chosen file that is the same as a held one', async () => {
      const { control } = await upload(html`<bf-file-upload name="bilag" label="Bilag" multiple>
        <bf-stored-file reference="r-1" size="1200" type="application/pdf">a.pdf</bf-stored-file>
      </bf-file-upload>`);
      await pick(control, [pdf('a.pdf')]);
      expect(listedNames(control)).to.deep.equal(['a.pdf']);
      expect(errorLines(control)).to.deep.equal(['Fejl: Du har allerede valgt a.pdf']);
    });

    it('without multiple, a new pick replaces the held file, and the server learns it was removed', async () => {
      const { form, control } = await upload(html`<bf-file-upload name="bilag" label="Bilag">
        <bf-stored-file reference="r-1" size="1200">gammel.pdf</bf-stored-file>
      </bf-file-upload>`);
      await pick(control, [pdf('ny.pdf')]);
      expect(listedNames(control)).to.deep.equal(['ny.pdf']);
      expect(submitted(form)).to.deep.equal(['ny.pdf']);
      expect(kept(form)).to.deep.equal([]);
      expect(removed(form)).to.deep.equal(['r-1']);
    });

    it('form.reset() brings removed held files back and drops chosen ones', async () => {
      const { form, control } = await upload(held);
      removeButtons(control)[1].click();
      await pick(control, [pdf('ny.pdf')]);
      form.reset();
      await control.updateComplete;
      expect(listedNames(control)).to.deep.equal([
        'lejekontrakt.pdf',
        'lønseddel.jpg',
        '<b>erklæring</b> 😀.pdf',
      ]);
      expect(kept(form)).to.deep.equal(['r-1', 'r-2', 'r-3']);
      expect(removed(form)).to.deep.equal([]);
      expect(submitted(form)).to.deep.equal([]);
      expect(status(control)).to.equal('3 filer valgt');
    });

    it('restores removals and chosen files from the state the browser saved', async () => {
      const { form, control } = await upload(held);
      const state = new FormData();
      state.append('bilag', pdf('ny.pdf'));
      state.append('bilag-removed', 'r-2');
      control.formStateRestoreCallback(state);
      await control.updateComplete;
      expect(listedNames(control)).to.deep.equal(['lejekontrakt.pdf', '<b>erklæring</b> 😀.pdf', 'ny.pdf']);
      expect(removed(form)).to.deep.equal(['r-2']);
      expect(submitted(form)).to.deep.equal(['ny.pdf']);
    });

    it('follows held files added or changed by script, and ignores one without a reference', async () => {
      const { form, control } = await upload(documents);
      const late = document.createElement('bf-stored-file');
      late.setAttribute('reference', 'r-9');
      late.setAttribute('size', '1000');
      late.textContent = 'senere.pdf';
      const nameless = document.createElement('bf-stored-file');
      nameless.textContent = 'uden-reference.pdf';
      control.append(late, nameless);
      await aTimeout(0); // the mutation observer's turn
      await control.updateComplete;
      expect(listedNames(control)).to.deep.equal(['senere.pdf']);
      expect(kept(form)).to.deep.equal(['r-9']);
      late.textContent = 'omdøbt.pdf';
      await aTimeout(0);
      await control.updateComplete;
      expect(listedNames(control)).to.deep.equal(['omdøbt.pdf']);
    });

    it('disabled or read-only: listed without "Fjern"; disabled submits nothing', async () => {
      const { form, control } = await upload(held);
      control.readonly = true;
      await control.updateComplete;
      expect(listedNames(control).length).to.equal(3);
      expect(removeButtons(control)).to.deep.equal([]);
      expect(kept(form)).to.deep.equal(['r-1', 'r-2', 'r-3']);
      control.readonly = false;
      control.disabled = true;
      await control.updateComplete;
      expect(removeButtons(control)).to.deep.equal([]);
      expect(kept(form)).to.deep.equal([]);
    });

    itWithAccessibilityTree(
      'the picker tells the held file as a chosen one; remove buttons are named after it',
      async () => {
        await upload(html`<bf-file-upload name="bilag" label="Lejekontrakt">
        <bf-stored-file reference="r-1" size="1200">lejekontrakt.pdf</bf-stored-file>
      </bf-file-upload>`);
        const [picker] = await findAxNodes((n) => n.role === 'button' && n.name.startsWith('Lejekontrakt'));
        expect(picker.value, 'not "No file chosen"').to.equal('lejekontrakt.pdf');
        const buttons = await findAxNodes((n) => n.role === 'button' && n.name.startsWith('Fjern '));
        expect(buttons.map((b) => b.name)).to.deep.equal(['Fjern lejekontrakt.pdf']);
      },
    );
  });
});
