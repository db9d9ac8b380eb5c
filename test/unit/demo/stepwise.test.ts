// The stepwise parking application's pure server modules: its steps taken from the parking page
// (demo/stepwise/flow.mjs: the same fields, the address field set for typing, the CPR field once the
// server has the number, the fixed list of pages the login may return to) and the answers kept
// between its pages (demo/stepwise/answers.mjs: text entries in the order sent, held files by
// reference, one step replaced at a time).
import { serialize, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';

type Fragment = DefaultTreeAdapterTypes.DocumentFragment;
interface Template {
  file: string;
  tree: Fragment;
}
interface Step {
  slug: string;
  heading: string;
}
interface FlowModule {
  STEPS: readonly Step[];
  CHECK: Step;
  stepFields: (step: Step) => Promise<Template>;
  cprAlreadyGiven: (fields: Template) => Template;
  introParts: () => Promise<{
    heading: string;
    durationMinutes: number;
    canSave: boolean;
    purpose: unknown[];
    needs: unknown[];
  }>;
  exitParts: () => Promise<{ when: string; heading: string }>;
  isStepwisePage: (value: unknown) => boolean;
}
interface HeldFile {
  reference: string;
  name: string;
  size: number;
  type: string;
  expires: number;
}
interface Saved {
  steps: Record<string, [string, string][]>;
  files: Record<string, HeldFile[]>;
}
interface AnswersModule {
  STEPWISE_DRAFT_KEY: string;
  textEntries: (formData: FormData, uploads?: readonly string[]) => [string, string][];
  stepFormData: (saved: Saved, slug: string, uploads?: readonly string[]) => FormData;
  StepAnswers: new (drafts: Drafts) => {
    read(citizen: string): Saved;
    saveStep(
      citizen: string,
      slug: string,
      entries: [string, string][],
      files?: Record<string, HeldFile[]>,
    ): void;
    clear(citizen: string): void;
  };
}
interface Drafts {
  get(citizen: string, key: string): { type: string; body: Buffer } | undefined;
  put(citizen: string, key: string, type: string, body: Buffer): void;
  delete(citizen: string, key: string): void;
}
// Plain JavaScript modules without type declarations: imported by URL and typed here.
const flow = (await import(new URL('../../../demo/stepwise/flow.mjs', import.meta.url).href)) as FlowModule;
const answers = (await import(
  new URL('../../../demo/stepwise/answers.mjs', import.meta.url).href
)) as AnswersModule;

/** The drafts table as a map (demo/store/drafts.mjs has the same three methods). */
function memoryDrafts(): Drafts & { rows: Map<string, { type: string; body: Buffer }> } {
  const rows = new Map<string, { type: string; body: Buffer }>();
  return {
    rows,
    get: (citizen, key) => rows.get(`${citizen}/${key}`),
    put: (citizen, key, type, body) => void rows.set(`${citizen}/${key}`, { type, body }),
    delete: (citizen, key) => void rows.delete(`${citizen}/${key}`),
  };
}

const held = (reference: string, name: string): HeldFile => ({
  reference,
  name,
  size: 10,
  type: 'application/pdf',
  expires: 0,
});

describe('the stepwise parking application: its steps (demo/stepwise/flow.mjs)', () => {
  it("takes each step's fields from the parking page's bf-step of the same heading", async () => {
    const names = async (step: Step) =>
      [...serialize((await flow.stepFields(step)).tree).matchAll(/<bf-[\w-]+ name="([^"]+)"/gu)].map(
        ([, name]) => name,
      );
    expect(await Promise.all(flow.STEPS.map(names))).toEqual([
      ['navn', 'folkeregisteradresse', 'cpr', 'telefon', 'email'],
      ['adresse'],
      ['bil', 'registreringsnummer'],
      ['startdato', 'varighed'],
      ['dokumentation'],
      ['erklaering'],
    ]);
    expect(serialize((await flow.stepFields(flow.CHECK)).tree)).toContain('Send ansøgningen');
  });

  it('opens the address field for typing, with a hint that speaks of no list (there is no provider)', async () => {
    const markup = serialize((await flow.stepFields(flow.STEPS[1])).tree);
    expect(markup).toMatch(/<bf-address-input [^>]*manual=""/u);
    expect(markup).toContain(
      'hint="Den adresse, du bor på. I demoen ligger kommunens adresser i 8000 Aarhus C',
    );
    expect(markup).not.toContain('vælg adressen på listen');
    expect(markup).toContain('municipality="0751"');
  });

  it('makes the CPR field optional once the server has the number, and never writes the number', async () => {
    const fields = flow.cprAlreadyGiven(await flow.stepFields(flow.STEPS[0]));
    const cpr = /<bf-cpr-input[^>]*>/u.exec(serialize(fields.tree))?.[0] ?? '';
    expect(cpr).not.toContain('required');
    expect(cpr).toContain('Vi har dit CPR-nummer fra før');
    expect(cpr).not.toContain('value=');
  });

  it('reads the start page and the exit from the parking page', async () => {
    expect(await flow.introParts()).toMatchObject({
      heading: 'Ansøg om beboerlicens til parkering',
      durationMinutes: 10,
      canSave: true,
    });
    expect((await flow.introParts()).needs).toHaveLength(4);
    // The parking page's link to this variant is not part of this variant's purpose.
    expect((await flow.introParts()).purpose).toHaveLength(1);
    expect(await flow.exitParts()).toMatchObject({
      when: 'bil=firmabil-uden-raadighed',
      heading: 'Du kan ikke få beboerlicens til bilen',
    });
  });

  it('lets the login return only to its own pages', () => {
    for (const page of ['/parkering/trinvis', '/parkering/trinvis/om-dig', '/parkering/trinvis/tjek'])
      expect(flow.isStepwisePage(page), page).toBe(true);
    for (const other of [
      'https://angriber.example/parkering/trinvis',
      '//angriber.example',
      '/parkering/trinvis/../../log-af',
      '/parkering/trinvis/ikke-muligt',
      '/parkering',
      '',
      undefined,
      ['/parkering/trinvis'],
    ])
      expect(flow.isStepwisePage(other), String(other)).toBe(false);
  });
});

describe('the stepwise parking application: its answers (demo/stepwise/answers.mjs)', () => {
  it("keeps a step's text entries in the order sent, without held files' references or files", () => {
    const posted = new FormData();
    posted.append('navn', 'Bo');
    posted.append('dokumentation-kept', 'abc');
    posted.append('dokumentation', new File(['x'], 'a.pdf'));
    posted.append('dokumentation-removed', 'def');
    posted.append('bf-prefill-changed', 'navn');
    expect(answers.textEntries(posted, ['dokumentation'])).toEqual([
      ['navn', 'Bo'],
      ['bf-prefill-changed', 'navn'],
    ]);
  });

  it('keeps the answers per citizen, one step replaced at a time, and forgets them', () => {
    const drafts = memoryDrafts();
    const store = new answers.StepAnswers(drafts);
    expect(store.read('borger-bo')).toEqual({ steps: {}, files: {} });
    store.saveStep('borger-bo', 'om-dig', [['telefon', '11111111']]);
    store.saveStep('borger-bo', 'dokumentation', [], { dokumentation: [held('r1', 'a.pdf')] });
    store.saveStep('borger-bo', 'om-dig', [['telefon', '22222222']]);
    expect(store.read('borger-bo')).toEqual({
      steps: { 'om-dig': [['telefon', '22222222']], dokumentation: [] },
      files: { dokumentation: [held('r1', 'a.pdf')] },
    });
    expect(store.read('borger-aase')).toEqual({ steps: {}, files: {} });
    expect([...drafts.rows.keys()]).toEqual([`borger-bo/${answers.STEPWISE_DRAFT_KEY}`]);
    store.clear('borger-bo');
    expect(store.read('borger-bo')).toEqual({ steps: {}, files: {} });
  });

  it('starts again when the kept answers cannot be read', () => {
    const drafts = memoryDrafts();
    drafts.put('borger-bo', answers.STEPWISE_DRAFT_KEY, 'application/json', Buffer.from('{not json'));
    expect(new answers.StepAnswers(drafts).read('borger-bo')).toEqual({ steps: {}, files: {} });
  });

  it("gives a step's answers back as its page posts them, held files as their references", () => {
    const saved: Saved = {
      steps: { dokumentation: [], 'om-dig': [['telefon', '12345678']] },
      files: { dokumentation: [held('r1', 'a.pdf'), held('r2', 'b.pdf')] },
    };
    expect([...answers.stepFormData(saved, 'dokumentation', ['dokumentation'])]).toEqual([
      ['dokumentation-kept', 'r1'],
      ['dokumentation-kept', 'r2'],
    ]);
    expect([...answers.stepFormData(saved, 'om-dig')]).toEqual([['telefon', '12345678']]);
    expect([...answers.stepFormData(saved, 'adresse')]).toEqual([]);
  });
});
