import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/file-upload.js';
import type { BfFileUpload } from '../src/components/file-upload/file-upload.js';
import {
  expectReflow,
  fieldArgs,
  formWrapper,
  langArgType,
  narrowParameters,
  narrowWrapper,
  rendered,
  selectArgType,
  shadowText,
  submitAndWait,
  type FieldArgs,
  type Rendered,
} from './support.js';
import { fieldStories } from './field-stories.js';

interface Args extends FieldArgs {
  accept: string;
  maxSize: string;
  maxFiles: string;
  maxTotalSize: string;
  multiple: boolean;
  capture: string;
}

const TAG = 'bf-file-upload';

// Own meta literal per story file (Storybook reads `title` statically); shared parts are in support.ts.
/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. */
const meta = {
  title: 'Felter/Filupload (bf-file-upload)',
  component: 'bf-file-upload',
  args: fieldArgs('Lønsedler', 'loensedler', {
    hint: 'PDF, JPG eller PNG. Højst 10 MB pr. fil',
    accept: '.pdf,.jpg,.png',
    maxSize: '10MB',
    maxFiles: '',
    maxTotalSize: '',
    multiple: true,
    capture: '',
  }),
  argTypes: {
    capture: selectArgType(['', 'environment', 'user']),
    lang: langArgType,
  },
  render: (a) =>
    formWrapper(
      a.lang,
      html`<bf-file-upload label=${a.label} hint=${a.hint || nothing} name=${a.name}
    accept=${a.accept || nothing} max-size=${a.maxSize || nothing} max-files=${a.maxFiles || nothing}
    max-total-size=${a.maxTotalSize || nothing} ?multiple=${a.multiple} capture=${a.capture || nothing} ?required=${a.required} ?disabled=${a.disabled}
    error=${a.error || nothing}></bf-file-upload>`,
    ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const uploadIn = (canvas: HTMLElement) => rendered<BfFileUpload>(canvas, TAG);
const submitted = async (canvas: HTMLElement) => submitAndWait(await uploadIn(canvas));
const statusText = (upload: Element) =>
  upload.shadowRoot!.querySelector('[role="status"]')!.textContent.replace(/\s+/gu, ' ').trim();

/** Picks files the way the native picker hands them over. */
async function pick(upload: Rendered, files: File[]): Promise<void> {
  await upload.updateComplete;
  const input = upload.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await upload.updateComplete;
}

const file = (name: string, type: string, size: number) => new File([new Uint8Array(size)], name, { type });

export const Default: Story = {
  args: { hint: '', multiple: false, label: 'Lønseddel' },
  play: async ({ canvasElement }) => {
    const upload = await uploadIn(canvasElement);
    await expect(shadowText(upload, 'label')).toBe('Lønseddel (frivilligt)');
    await expect(shadowText(upload, 'choose')).toBe('Vælg fil');
  },
};

/** Two accepted files, listed with size and a "Fjern" button each. */
export const WithFiles: Story = {
  play: async ({ canvasElement }) => {
    const upload = await uploadIn(canvasElement);
    await pick(upload, [
      file('lønseddel-januar.pdf', 'application/pdf', 2_500_000),
      file('lønseddel-februar.jpg', 'image/jpeg', 840_000),
    ]);
    await expect(statusText(upload)).toBe('2 filer valgt');
    await expect(new FormData(upload.closest('form')!).getAll('loensedler')).toHaveLength(2);
    await expect(shadowText(upload, 'file-size')).toBe('2,5 MB');
  },
};

/** Files that were turned away: each says why, and the accepted one is listed. */
export const Rejected: Story = {
  args: { maxFiles: '2' },
  play: async ({ canvasElement }) => {
    const upload = await uploadIn(canvasElement);
    await pick(upload, [
      file('lønseddel.pdf', 'application/pdf', 120_000),
      file('program.exe', 'application/x-msdownload', 5000),
      file('tom.pdf', 'application/pdf', 0),
      file('scanning.pdf', 'application/pdf', 14_200_000),
    ]);
    const lines = [...upload.shadowRoot!.querySelectorAll('[part~="error"] .message')].map((p) =>
      p.textContent.replace(/\s+/gu, ' ').trim(),
    );
    await expect(lines).toEqual([
      'Fejl: program.exe er ikke en tilladt filtype. Den valgte fil skal være af typen PDF, JPG eller PNG',
      'Fejl: tom.pdf kan ikke bruges. Den valgte fil er tom',
      'Fejl: scanning.pdf er for stor. Filens størrelse skal være under 10 MB',
    ]);
  },
};

/**
 * After a failed submit the server sends the page back with the files it already holds as
 * `<bf-stored-file>` children: listed like chosen ones, submitted again by reference
 * (`loensedler-kept`), and a removal is submitted too (`loensedler-removed`).
 */
export const HeldByServer: Story = {
  args: { required: true, maxTotalSize: '20MB' },
  render: (a) =>
    formWrapper(
      a.lang,
      html`<bf-file-upload label=${a.label} hint=${a.hint || nothing} name=${a.name} accept=${a.accept}
    max-size=${a.maxSize} max-total-size=${a.maxTotalSize} multiple ?required=${a.required}>
    <bf-stored-file reference="9f2c7a" size="2500000" type="application/pdf">lønseddel-januar.pdf</bf-stored-file>
    <bf-stored-file reference="41be03" size="840000" type="image/jpeg">lønseddel-februar.jpg</bf-stored-file>
  </bf-file-upload>`,
    ),
  play: async ({ canvasElement }) => {
    const upload = await uploadIn(canvasElement);
    await expect(statusText(upload)).toBe('2 filer valgt');
    await expect(new FormData(upload.closest('form')!).getAll('loensedler-kept')).toEqual([
      '9f2c7a',
      '41be03',
    ]);
    await expect(shadowText(upload, 'file-name')).toBe('lønseddel-januar.pdf');
  },
};

export const Required: Story = { args: { required: true, multiple: false, label: 'Lønseddel' } };

/** On a phone, `capture` opens the camera directly; `accept="image/*"` offers camera or photos. */
export const Camera: Story = {
  args: {
    label: 'Foto af skaden',
    hint: 'Tag et billede, hvor hele skaden kan ses',
    accept: 'image/*',
    capture: 'environment',
    multiple: false,
  },
  play: async ({ canvasElement }) => {
    const upload = await uploadIn(canvasElement);
    await pick(upload, [file('skade.pdf', 'application/pdf', 1000)]);
    await expect(shadowText(upload, 'error')).toBe(
      'Fejl: skade.pdf er ikke en tilladt filtype. Den valgte fil skal være af typen billede',
    );
    await expect(upload.shadowRoot!.querySelector('input')!.getAttribute('capture')).toBe('environment');
  },
};

/** Long Danish compound words and file names wrap; nothing overflows. */
export const LongDanishWords: Story = {
  args: {
    label: 'Sundhedsforsikringsbevis og arbejdsskadeerstatningsforsikringsattest',
    hint: 'Erhvervsevnetabsforsikringsattest eller arbejdsmarkedsbidragsopgørelse som PDF',
  },
  play: async ({ canvasElement }) => {
    const upload = await uploadIn(canvasElement);
    await pick(upload, [
      file(
        'sundhedsforsikringsbevis_arbejdsskadeerstatningsforsikringsattest_2024_underskrevet.pdf',
        'application/pdf',
        310_000,
      ),
    ]);
    await submitted(canvasElement);
    await expectReflow(upload);
  },
};

/** At 320 px (WCAG 1.4.10 reflow), with a file and a rejection shown. */
export const Narrow320: Story = {
  parameters: narrowParameters,
  render: (a) =>
    narrowWrapper(
      a.lang,
      html`<bf-file-upload label="Sundhedsforsikringsbevis" hint=${a.hint} name="bevis"
    accept=${a.accept} max-size=${a.maxSize} multiple></bf-file-upload>`,
    ),
  play: async ({ canvasElement }) => {
    const upload = await uploadIn(canvasElement);
    await pick(upload, [
      file('sundhedsforsikringsbevis-forside-og-bagside.pdf', 'application/pdf', 95_000),
      file('billede.gif', 'image/gif', 5000),
    ]);
    await expectReflow(upload, 320);
  },
};

// An upload has no read-only state; its long words and 320 px stories pick files (above).
const standard = fieldStories<Args, 'Readonly' | 'LongDanishWords' | 'Narrow320'>({
  tag: TAG,
  hint: 'PDF, JPG eller PNG. Højst 10 MB pr. fil',
  requiredError: 'Fejl: Vælg lønseddel',
  serverError: { error: 'Vi kunne ikke læse filen. Vælg en anden fil' },
  filled: {},
  english: {
    args: { label: 'Payslips', hint: 'PDF, JPG or PNG. No more than 10 MB each' },
    error: 'Error: Select payslips',
  },
  extra: {
    WithHint: { check: async (upload) => expect(shadowText(upload, 'choose')).toBe('Vælg filer') },
    RequiredAfterSubmit: { args: { multiple: false, label: 'Lønseddel' } },
    // A file of a type not accepted is announced with the count of the accepted ones.
    English: {
      check: async (upload) => {
        await pick(upload, [
          file('payslip.pdf', 'application/pdf', 1000),
          file(
            'payslip.docx',
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            1000,
          ),
        ]);
        await expect(statusText(upload)).toBe(
          'payslip.docx is not an allowed file type. The selected file must be a PDF, JPG, or PNG. 1 file chosen',
        );
      },
    },
  },
});
// Storybook makes a test of a story only from its own `export const` (see stories/field-stories.ts).
export const WithHint = standard.WithHint;
export const RequiredAfterSubmit = standard.RequiredAfterSubmit;
export const ServerError = standard.ServerError;
export const Disabled = standard.Disabled;
export const English = standard.English;
