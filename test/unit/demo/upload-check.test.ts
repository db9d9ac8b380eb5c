// The demo server's check of posted files (demo/upload-check.mjs): count, size, emptiness, type by
// name and by content (real PDF, PNG and JPEG headers built here), names as text only.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

interface FileRecord {
  name: string;
  size: number;
  type: string;
}
// A plain JavaScript module of the demo, imported by URL.
const { checkUploads, contentMatches, isUsableName } = (await import(
  new URL('../../../demo/upload-check.mjs', import.meta.url).href
)) as {
  checkUploads: (
    formData: FormData,
    page: string,
    held?: Map<string, readonly FileRecord[]>,
  ) => Promise<Record<string, string>>;
  contentMatches: (bytes: Uint8Array, name: string, accept: string) => Promise<boolean>;
  isUsableName: (name: string) => boolean;
};

/** The parking application's page: its upload field is `dokumentation` (PDF, JPG or PNG, 10 MB, 3 files). */
const PARKING = await readFile(new URL('../../../demo/pages/parkering.html', import.meta.url), 'utf8');
const FIELD = 'dokumentation';

/** The first bytes of real files of each kind, then some filler. */
const bytes = {
  pdf: (filler = 'eksempel') =>
    new TextEncoder().encode(`%PDF-1.7\n1 0 obj\n<< >>\nendobj\n${filler}\n%%EOF\n`),
  png: () =>
    Uint8Array.from([
      ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // signature
      ...[0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde], // IHDR
      ...[0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82], // IEND
    ]),
  jpeg: () =>
    Uint8Array.from([
      ...[0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01],
      ...[0x00, 0x01, 0x00, 0x00, 0xff, 0xd9],
    ]),
  exe: () => {
    const program = new Uint8Array(256);
    program.set([0x4d, 0x5a, 0x90, 0x00, 0x03]); // "MZ": a Windows program
    return program;
  },
  html: () => new TextEncoder().encode('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'),
};

/** A file of `content`, or of that many 0 bytes. */
function file(content: Uint8Array | number, name: string, type: string): File {
  // A copy: a File takes a view of a plain ArrayBuffer.
  return new File([typeof content === 'number' ? new Uint8Array(content) : Uint8Array.from(content)], name, {
    type,
  });
}

/** A form with the entries given, in order. */
function form(...entries: [string, string | File][]): FormData {
  const formData = new FormData();
  for (const [name, value] of entries) formData.append(name, value);
  return formData;
}

/** The names of the files left under the upload field. */
function namesLeft(formData: FormData, field = FIELD): string[] {
  return formData.getAll(field).map((entry) => (typeof entry === 'string' ? `text:${entry}` : entry.name));
}

describe('checkUploads: the files of an upload field against the page', () => {
  it('takes real PDF, PNG and JPEG files named for what they are, and leaves the form as posted', async () => {
    const formData = form(
      ['email', 'ada@eksempel.dk'],
      [FIELD, file(bytes.pdf(), 'Registreringsattest.PDF', 'application/pdf')],
      [FIELD, file(bytes.png(), 'attest <script>alert(1)</script> 😀.png', 'image/png')],
      [FIELD, file(bytes.jpeg(), 'foto.jpeg', 'image/jpeg')],
      ['erklaering', 'x'],
    );
    expect(await checkUploads(formData, PARKING)).toEqual({});
    expect([...formData.keys()]).toEqual(['email', FIELD, FIELD, FIELD, 'erklaering']);
    expect(namesLeft(formData)).toEqual([
      'Registreringsattest.PDF',
      'attest <script>alert(1)</script> 😀.png',
      'foto.jpeg',
    ]);
  });

  it('refuses a .pdf that is really a PNG, a program or a web page, whatever type the browser claims', async () => {
    for (const [content, type] of [
      [bytes.png(), 'application/pdf'],
      [bytes.exe(), 'application/pdf'],
      [bytes.html(), 'application/pdf'],
      [bytes.html(), ''],
    ] as const) {
      const formData = form(['email', 'ada@eksempel.dk'], [FIELD, file(content, 'attest.pdf', type)]);
      expect(await checkUploads(formData, PARKING), type).toEqual({
        [FIELD]:
          'attest.pdf er ikke en rigtig PDF-fil. Den valgte fil skal være af typen PDF, JPG, JPEG eller PNG',
      });
      expect(namesLeft(formData)).toEqual([]);
      expect([...formData.keys()]).toEqual(['email']);
    }
  });

  it('refuses a .png that is really a PDF, and keeps the good file beside it', async () => {
    const formData = form(
      [FIELD, file(bytes.pdf(), 'billede.png', 'image/png')],
      [FIELD, file(bytes.jpeg(), 'foto.jpg', 'image/jpeg')],
    );
    expect(await checkUploads(formData, PARKING)).toEqual({
      [FIELD]:
        'billede.png er ikke en rigtig PNG-fil. Den valgte fil skal være af typen PDF, JPG, JPEG eller PNG',
    });
    expect(namesLeft(formData)).toEqual(['foto.jpg']);
  });

  it("refuses a program by its name with the field's own text", async () => {
    const formData = form([FIELD, file(bytes.exe(), 'attest.exe', 'application/x-msdownload')]);
    expect(await checkUploads(formData, PARKING)).toEqual({
      [FIELD]:
        'attest.exe er ikke en tilladt filtype. Den valgte fil skal være af typen PDF, JPG, JPEG eller PNG',
    });
    expect(namesLeft(formData)).toEqual([]);
  });

  it('refuses a 0-byte file and a file over max-size, with the sizes as the field writes them', async () => {
    const oversized = new Uint8Array(10_000_001);
    oversized.set(bytes.pdf());
    const formData = form(
      [FIELD, file(0, 'tom.pdf', 'application/pdf')],
      [FIELD, file(oversized, 'stor.pdf', 'application/pdf')],
      [FIELD, file(bytes.pdf(), 'god.pdf', 'application/pdf')],
    );
    expect(await checkUploads(formData, PARKING)).toEqual({
      [FIELD]:
        'tom.pdf kan ikke bruges. Den valgte fil er tom stor.pdf er for stor. Filens størrelse skal være under 10 MB',
    });
    expect(namesLeft(formData)).toEqual(['god.pdf']);
  });

  it('takes a file of exactly max-size', async () => {
    const content = new Uint8Array(10_000_000);
    content.set(bytes.pdf());
    const formData = form([FIELD, file(content, 'præcis.pdf', 'application/pdf')]);
    expect(await checkUploads(formData, PARKING)).toEqual({});
    expect(namesLeft(formData)).toEqual(['præcis.pdf']);
  });

  it('refuses files beyond max-files in one line, counting the files the server holds', async () => {
    const pdf = (name: string) => file(bytes.pdf(name), name, 'application/pdf');
    const four = form(
      ...['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf'].map((name): [string, File] => [FIELD, pdf(name)]),
    );
    expect(await checkUploads(four, PARKING)).toEqual({
      [FIELD]: 'd.pdf er ikke tilføjet. Du kan højst vælge 3 filer',
    });
    expect(namesLeft(four)).toEqual(['a.pdf', 'b.pdf', 'c.pdf']);

    const held = new Map([[FIELD, [{ name: 'holdt.pdf', size: 4000, type: 'application/pdf' }]]]);
    const three = form([FIELD, pdf('a.pdf')], [FIELD, pdf('b.pdf')], [FIELD, pdf('c.pdf')]);
    expect(await checkUploads(three, PARKING, held)).toEqual({
      [FIELD]: 'c.pdf er ikke tilføjet. Du kan højst vælge 3 filer',
    });
    expect(namesLeft(three)).toEqual(['a.pdf', 'b.pdf']);
  });

  it('refuses a file the server already holds, chosen again', async () => {
    const content = bytes.pdf();
    const held = new Map([[FIELD, [{ name: 'attest.pdf', size: content.length, type: 'application/pdf' }]]]);
    const formData = form([FIELD, file(content, 'attest.pdf', 'application/pdf')]);
    expect(await checkUploads(formData, PARKING, held)).toEqual({
      [FIELD]: 'Du har allerede valgt attest.pdf',
    });
    expect(namesLeft(formData)).toEqual([]);
  });

  it('refuses a name that is not text (a control character, over 255 characters) without repeating it', async () => {
    const formData = form(
      [FIELD, file(bytes.pdf(), 'attest\u0000.pdf', 'application/pdf')],
      [FIELD, file(bytes.pdf(), `${'a'.repeat(10_000)}.pdf`, 'application/pdf')],
      [FIELD, file(bytes.pdf(), 'linje\nskift.pdf', 'application/pdf')],
    );
    expect(await checkUploads(formData, PARKING)).toEqual({
      [FIELD]: 'En fil har et navn, vi ikke kan bruge. Giv filen et andet navn, og vælg den igen',
    });
    expect(namesLeft(formData)).toEqual([]);
    expect(isUsableName(`${'😀'.repeat(251)}.pdf`)).toBe(true); // characters, not UTF-16 units
    expect(isUsableName('../../etc/passwd.pdf')).toBe(true); // a name is text, never a path: it is kept as such
    expect(isUsableName('')).toBe(false);
  });

  it('drops the empty part of a file input with no file and text posted as a file, without a message', async () => {
    const formData = form(
      ['email', 'x'],
      [FIELD, file(0, '', 'application/octet-stream')],
      [FIELD, 'ikke en fil'],
    );
    expect(await checkUploads(formData, PARKING)).toEqual({});
    expect([...formData.keys()]).toEqual(['email']);
  });

  it('reads the limits from the page: one file without multiple, any type without accept', async () => {
    const page = '<bf-file-upload name="bilag" label="Bilag" max-size="1kB"></bf-file-upload>';
    const formData = form(
      ['bilag', file(bytes.html(), 'side.html', 'text/html')],
      ['bilag', file(bytes.pdf(), 'to.pdf', 'application/pdf')],
    );
    expect(await checkUploads(formData, page)).toEqual({
      bilag: 'to.pdf er ikke tilføjet. Du kan højst vælge 1 fil',
    });
    expect(namesLeft(formData, 'bilag')).toEqual(['side.html']);
    // The field's own text for a key, as the element reads it.
    const overridden =
      '<bf-file-upload name="bilag" accept=".pdf" message-file-empty="{name} er tom. Vælg en anden fil"></bf-file-upload>';
    expect(await checkUploads(form(['bilag', file(0, 'tom.pdf', 'application/pdf')]), overridden)).toEqual({
      bilag: 'tom.pdf er tom. Vælg en anden fil',
    });
    // A field not in the page is not an upload field: its entries stay as posted.
    const other = form(['andet', file(bytes.exe(), 'x.pdf', 'application/pdf')]);
    expect(await checkUploads(other, page)).toEqual({});
    expect(namesLeft(other, 'andet')).toEqual(['x.pdf']);
  });
});

describe('contentMatches: the type by content', () => {
  it('takes each kind named for what it is, within accept', async () => {
    const accept = '.pdf,.jpg,.jpeg,.png';
    expect(await contentMatches(bytes.pdf(), 'a.pdf', accept)).toBe(true);
    expect(await contentMatches(bytes.png(), 'a.png', accept)).toBe(true);
    expect(await contentMatches(bytes.jpeg(), 'a.jpg', accept)).toBe(true);
    expect(await contentMatches(bytes.jpeg(), 'a.JPEG', accept)).toBe(true);
    expect(await contentMatches(bytes.jpeg(), 'a.png', accept)).toBe(false);
    expect(await contentMatches(bytes.png(), 'a.png', '.pdf')).toBe(false);
    expect(await contentMatches(bytes.pdf(), 'a.pdf', 'application/pdf')).toBe(true);
    expect(await contentMatches(bytes.png(), 'a.png', 'image/*')).toBe(true);
    expect(await contentMatches(bytes.exe(), 'a.png', 'image/*')).toBe(false);
  });

  it('takes content with no magic number only for a type that has none, and only when it is text', async () => {
    expect(await contentMatches(new TextEncoder().encode('navn;by\nAda;Aarhus\n'), 'a.csv', '.csv')).toBe(
      true,
    );
    expect(await contentMatches(Uint8Array.from([0x41, 0, 0x42]), 'a.txt', '.txt')).toBe(false);
    expect(await contentMatches(bytes.html(), 'a.pdf', '.pdf')).toBe(false);
  });
});
