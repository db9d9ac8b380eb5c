import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acceptedTypeNames,
  checkFile,
  describeAccept,
  fileExtension,
  fileSizeParts,
  formatFileSize,
  matchesAccept,
  parseAccept,
  parseFileSize,
  isSameFile,
  selectFiles,
  type FileLike,
} from '../../../src/domain/files.js';

const file = (name: string, type: string, size = 1000, lastModified = 1): FileLike => ({
  name,
  type,
  size,
  lastModified,
});

describe('parseFileSize', () => {
  it.each([
    ['500kB', 500_000],
    ['500 kB', 500_000],
    ['500KB', 500_000],
    ['500k', 500_000],
    ['10MB', 10_000_000],
    ['10 mb', 10_000_000],
    ['10M', 10_000_000],
    ['1,5 MB', 1_500_000],
    ['1.5MB', 1_500_000],
    ['2GB', 2e9],
    ['1048576', 1_048_576],
    [' 200 ', 200],
    ['100B', 100],
    ['100 bytes', 100],
    ['512KiB', 524_288],
    ['10MiB', 10_485_760],
    ['1GiB', 1_073_741_824],
    ['2TB', 2e12],
    ['0', 0],
    ['0.0004kB', 0],
  ])('%j is %d bytes', (input, bytes) => {
    expect(parseFileSize(input)).toEqual({ ok: true, bytes });
  });

  it.each([
    '',
    ' ',
    'MB',
    '-1',
    '-1MB',
    '10 PB',
    '10 megabytes',
    '1.2.3MB',
    '10.000',
    '1,5',
    '1e6',
    'ti MB',
    '5 M B',
    '0x10',
  ])('%j gives format', (input) => {
    expect(parseFileSize(input)).toEqual({ ok: false, code: 'format' });
  });

  it('takes a number of bytes as a number', () => {
    expect(parseFileSize(2048)).toEqual({ ok: true, bytes: 2048 });
    expect(parseFileSize(-1)).toEqual({ ok: false, code: 'format' });
    expect(parseFileSize(Number.NaN)).toEqual({ ok: false, code: 'format' });
    expect(parseFileSize(Infinity)).toEqual({ ok: false, code: 'format' });
  });
});

describe('formatFileSize', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [999, '999 B'],
    [1000, '1 kB'],
    [1500, '1,5 kB'],
    [500_000, '500 kB'],
    [999_949, '999,9 kB'],
    [999_950, '1 MB'],
    [2_500_000, '2,5 MB'],
    [10_000_000, '10 MB'],
    [10_485_760, '10,5 MB'],
    [1_234_567_890, '1,2 GB'],
    [2.5e12, '2,5 TB'],
  ])('%d bytes in Danish is %j', (bytes, text) => {
    expect(formatFileSize(bytes, 'da')).toBe(text);
  });

  it('splits a size into a number with at most one decimal and its unit', () => {
    expect(fileSizeParts(2_549_999)).toEqual({ value: 2.5, unit: 'MB' });
    expect(fileSizeParts(999_960)).toEqual({ value: 1, unit: 'MB' });
    expect(fileSizeParts(-5)).toEqual({ value: 0, unit: 'B' });
  });

  it('uses the locale passed in', () => {
    expect(formatFileSize(2_500_000, 'en')).toBe('2.5 MB');
    expect(formatFileSize(1_234_000_000_000_000, 'da')).toBe('1.234 TB');
  });
});

describe('parseAccept', () => {
  it('splits extensions, MIME types and wildcards, normalised and without repeats', () => {
    expect(parseAccept(' .PDF, image/*,Application/PDF; q=1 ,, .pdf, .tar.gz, nonsense, /x, .a/b')).toEqual([
      { kind: 'extension', extension: 'pdf' },
      { kind: 'wildcard', group: 'image' },
      { kind: 'mime', mime: 'application/pdf' },
      { kind: 'extension', extension: 'tar.gz' },
    ]);
    expect(parseAccept('')).toEqual([]);
  });
});

describe('fileExtension', () => {
  it.each([
    ['rapport.PDF', 'pdf'],
    ['arkiv.tar.gz', 'gz'],
    ['uden-endelse', ''],
    ['.bashrc', ''],
    ['punktum.', ''],
    ['C:\\fakepath\\scan.jpg', 'jpg'],
    ['mappe.d/fil', ''],
  ])('%j → %j', (name, extension) => {
    expect(fileExtension(name)).toBe(extension);
  });
});

describe('matchesAccept: by extension AND MIME type', () => {
  const documents = '.pdf,.jpg,.png';
  it.each([
    [file('lønseddel.pdf', 'application/pdf'), documents],
    [file('SCAN.PDF', 'application/pdf'), documents],
    [file('foto.jpg', 'image/jpeg'), documents],
    [file('foto.jpg', ''), documents], // the browser does not know the type
    [file('foto.jpg', 'application/octet-stream'), documents],
    [file('data.pdf', 'application/x-unknown-thing'), documents], // an unknown MIME type does not contradict
    [file('arkiv.tar.gz', 'application/gzip'), '.tar.gz'],
    [file('foto.heic', 'image/heic'), 'image/*'],
    [file('foto.jpg', ''), 'image/*'], // no MIME type: known through the extension
    [file('kamera', 'image/jpeg'), 'image/*'], // a camera capture without extension
    [file('foto.avif', 'image/avif'), 'image/*'],
    [
      file('brev.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [file('brev.docx', 'application/zip'), '.docx'],
    [file('liste.csv', 'application/vnd.ms-excel'), '.csv'],
    [file('alt.exe', 'application/x-msdownload'), ''],
  ])('%j matches %j', (f, accept) => {
    expect(matchesAccept(f, accept)).toBe(true);
  });

  it.each([
    [file('fil.exe', 'application/x-msdownload'), documents],
    [file('virus.exe', 'application/pdf'), '.pdf,application/pdf'], // the name contradicts the MIME type
    [file('rapport.pdf', 'application/x-msdownload'), '.pdf'], // the MIME type contradicts the name
    [file('foto.png', 'image/jpeg'), '.png'],
    [file('dokument.pdf', 'application/pdf'), 'image/*'],
    [file('dokument.pdf', ''), 'image/*'],
    [file('uden-endelse', ''), 'image/*'],
    [file('pdf', 'text/plain'), '.pdf'],
    [file('.pdf', ''), '.pdf'],
    [file('script.js', 'image/png'), 'image/*'],
  ])('%j does not match %j', (f, accept) => {
    expect(matchesAccept(f, accept)).toBe(false);
  });
});

describe('acceptedTypeNames and describeAccept', () => {
  it('names types for people, joined with the locale\'s "or"', () => {
    expect(describeAccept('.pdf,.jpg,.png', 'da')).toBe('PDF, JPG eller PNG');
    expect(describeAccept('.pdf,.jpg,.png', 'en')).toBe('PDF, JPG, or PNG');
    expect(describeAccept('application/pdf,image/jpeg', 'da')).toBe('PDF eller JPG');
    expect(describeAccept('.pdf', 'da')).toBe('PDF');
    expect(describeAccept('', 'da')).toBe('');
  });

  it("names MIME types by their usual extension and wildcards from the caller's names", () => {
    expect(
      acceptedTypeNames(
        'application/pdf,.PDF,image/*,audio/*,application/vnd.ms-excel,application/x-foo,text/csv',
        { image: 'billede' },
      ),
    ).toEqual(['PDF', 'billede', 'AUDIO', 'XLS', 'FOO', 'CSV']);
    expect(
      acceptedTypeNames(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/zip',
      ),
    ).toEqual(['DOCX', 'ZIP']);
  });
});

describe('checkFile', () => {
  const rules = { accept: '.pdf', maxSize: 1000 };
  it('checks type, then emptiness, then size', () => {
    expect(checkFile(file('a.pdf', 'application/pdf', 1000), rules)).toEqual({ ok: true });
    expect(checkFile(file('a.exe', 'application/x-msdownload', 0), rules)).toEqual({
      ok: false,
      code: 'type',
    });
    expect(checkFile(file('a.pdf', 'application/pdf', 0), rules)).toEqual({ ok: false, code: 'empty' });
    expect(checkFile(file('a.pdf', 'application/pdf', 1001), rules)).toEqual({ ok: false, code: 'tooLarge' });
    expect(checkFile(file('a.exe', '', 5))).toEqual({ ok: true });
  });
});

describe('selectFiles', () => {
  it('adds the files that pass, up to maxFiles counting the ones chosen already', () => {
    const current = [file('a.pdf', 'application/pdf')];
    const incoming = [
      file('b.pdf', 'application/pdf'),
      file('c.exe', 'application/x-msdownload'),
      file('d.pdf', 'application/pdf', 0),
      file('e.pdf', 'application/pdf', 5000),
      file('f.pdf', 'application/pdf'),
      file('g.pdf', 'application/pdf'),
    ];
    const { accepted, rejected } = selectFiles(current, incoming, {
      accept: '.pdf',
      maxSize: 4000,
      maxFiles: 3,
    });
    expect(accepted.map((f) => f.name)).toEqual(['b.pdf', 'f.pdf']);
    expect(rejected.map((r) => [r.file.name, r.code])).toEqual([
      ['c.exe', 'type'],
      ['d.pdf', 'empty'],
      ['e.pdf', 'tooLarge'],
      ['g.pdf', 'tooMany'],
    ]);
  });

  it('turns away a file chosen twice', () => {
    const a = file('a.pdf', 'application/pdf', 10, 7);
    const { accepted, rejected } = selectFiles(
      [a],
      [
        { ...a },
        file('b.pdf', 'application/pdf'),
        file('b.pdf', 'application/pdf'),
        file('a.pdf', 'application/pdf', 10, 8),
      ],
    );
    expect(accepted.map((f) => [f.name, f.lastModified])).toEqual([
      ['b.pdf', 1],
      ['a.pdf', 8],
    ]);
    expect(rejected.map((r) => r.code)).toEqual(['duplicate', 'duplicate']);
  });

  it('counts the files the server holds (no modification time) toward the count, the total and duplicates', () => {
    const held = { name: 'lejekontrakt.pdf', type: 'application/pdf', size: 3000 };
    const { accepted, rejected } = selectFiles(
      [held],
      [
        file('lejekontrakt.pdf', 'application/pdf', 3000, 9),
        file('b.pdf', 'application/pdf', 3100),
        file('c.pdf', 'application/pdf', 500),
        file('d.pdf', 'application/pdf', 100),
      ],
      { maxTotalSize: 6000, maxFiles: 3 },
    );
    expect(accepted.map((f) => f.name)).toEqual(['c.pdf', 'd.pdf']);
    expect(rejected.map((r) => [r.file.name, r.code])).toEqual([
      ['lejekontrakt.pdf', 'duplicate'],
      ['b.pdf', 'totalTooLarge'],
    ]);
  });

  it('tells a held file from a chosen one of another size or type', () => {
    const held = { name: 'a.pdf', type: 'application/pdf', size: 10 };
    expect(isSameFile(held, file('a.pdf', 'application/pdf', 10, 3))).toBe(true);
    expect(isSameFile(held, file('a.pdf', 'application/pdf', 11, 3))).toBe(false);
    expect(isSameFile(held, file('a.pdf', 'image/png', 10, 3))).toBe(false);
    expect(isSameFile({ ...held, type: '' }, file('a.pdf', 'image/png', 10, 3))).toBe(true);
    expect(isSameFile(file('a.pdf', 'application/pdf', 10, 3), file('a.pdf', 'application/pdf', 10, 4))).toBe(
      false,
    );
  });
});

describe('properties', () => {
  const units = fc.constantFrom(
    ['', 1],
    ['B', 1],
    ['kB', 1e3],
    ['KB', 1e3],
    ['MB', 1e6],
    ['mb', 1e6],
    ['GB', 1e9],
    ['KiB', 1024],
    ['MiB', 1024 ** 2],
  );
  const mimes = fc.constantFrom(
    '',
    'application/pdf',
    'image/jpeg',
    'image/png',
    'application/x-msdownload',
    'text/plain',
    'application/octet-stream',
    'image/heic',
    'application/x-foo',
  );
  const names = fc
    .tuple(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('', '.pdf', '.PDF', '.jpg', '.png', '.exe', '.heic', '.txt', '.x'),
    )
    .map(([stem, extension]) => stem + extension);
  const accepts = fc
    .subarray(['.pdf', '.jpg', '.png', 'image/*', 'application/pdf', 'text/plain', '.exe'])
    .map((a) => a.join(','));
  const files = fc.record({
    name: names,
    type: mimes,
    size: fc.nat({ max: 5000 }),
    lastModified: fc.nat({ max: 3 }),
  });

  it('a whole number with a unit parses to number × unit, with or without a space', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000 }), units, fc.constantFrom('', ' '), (n, [unit, factor], gap) => {
        expect(parseFileSize(`${n}${unit ? gap : ''}${unit}`)).toEqual({ ok: true, bytes: n * factor });
      }),
    );
  });

  it('formatting a size and parsing it back stays within the rounding of one decimal', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e12 }), (bytes) => {
        const text = formatFileSize(bytes, 'en').replace(/,/gu, '');
        const parsed = parseFileSize(text);
        expect(parsed.ok).toBe(true);
        if (parsed.ok)
          expect(Math.abs(parsed.bytes - bytes)).toBeLessThanOrEqual(Math.max(0.5, bytes * 0.05 + 1));
      }),
    );
  });

  it('Danish and English sizes hold the same number, with a decimal comma in Danish', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e12 }), (bytes) => {
        const da = formatFileSize(bytes, 'da');
        expect(da).toMatch(/^\d{1,3}(?:\.\d{3})*(?:,\d)? (?:B|kB|MB|GB|TB)$/u);
        expect(da.replace(/\./gu, '').replace(',', '.')).toBe(formatFileSize(bytes, 'en').replace(/,/gu, ''));
      }),
    );
  });

  it('case of the extension never matters; an empty accept list takes everything', () => {
    fc.assert(
      fc.property(files, accepts, (f, accept) => {
        expect(matchesAccept({ ...f, name: f.name.toUpperCase() }, accept)).toBe(
          matchesAccept({ ...f, name: f.name.toLowerCase() }, accept),
        );
        expect(matchesAccept(f, '')).toBe(true);
      }),
    );
  });

  it('adding types to a non-empty list never rejects a file accepted before', () => {
    fc.assert(
      fc.property(files, accepts, accepts, (f, a, b) => {
        if (a && matchesAccept(f, a)) expect(matchesAccept(f, [a, b].filter(Boolean).join(','))).toBe(true);
      }),
    );
  });

  it('selectFiles splits the incoming files: each is accepted or rejected once, in order, within the limits', () => {
    fc.assert(
      fc.property(
        fc.array(files, { maxLength: 4 }),
        fc.array(files, { maxLength: 8 }),
        accepts,
        fc.option(fc.nat({ max: 4000 }), { nil: undefined }),
        fc.option(fc.nat({ max: 6 }), { nil: undefined }),
        fc.option(fc.nat({ max: 12000 }), { nil: undefined }),
        (current, incoming, accept, maxSize, maxFiles, maxTotalSize) => {
          const { accepted, rejected } = selectFiles(current, incoming, {
            accept,
            maxSize,
            maxFiles,
            maxTotalSize,
          });
          expect(accepted.length + rejected.length).toBe(incoming.length);
          const order = incoming.filter((f) => accepted.includes(f) || rejected.some((r) => r.file === f));
          expect(order).toEqual(incoming);
          for (const f of accepted) {
            expect(checkFile(f, { accept, maxSize })).toEqual({ ok: true });
            expect(f.size).toBeGreaterThan(0);
          }
          if (maxFiles !== undefined)
            expect(accepted.length).toBeLessThanOrEqual(Math.max(0, maxFiles - current.length));
          const sizeOf = (list: readonly { size: number }[]) => list.reduce((sum, f) => sum + f.size, 0);
          if (maxTotalSize !== undefined && accepted.length > 0)
            expect(sizeOf(current) + sizeOf(accepted)).toBeLessThanOrEqual(maxTotalSize);
          for (const { file: f, code } of rejected) {
            if (code === 'type') expect(matchesAccept(f, accept)).toBe(false);
            if (code === 'empty') expect(f.size).toBe(0);
            if (code === 'tooLarge') expect(f.size).toBeGreaterThan(maxSize!);
          }
        },
      ),
    );
  });
});
