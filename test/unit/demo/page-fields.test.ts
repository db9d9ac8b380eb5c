// The demo server's reading and refilling of a form page's fields (demo/page-fields.mjs): posted names
// are looked up among the page's own fields, posted values become escaped attribute text.
import { describe, expect, it } from 'vitest';

interface PageField {
  tagName: string;
  attributes: Map<string, string | true>;
}
interface PageFieldsModule {
  pageFields: (page: string) => Map<string, PageField>;
  refillPage: (page: string, formData: FormData, errors: Record<string, string>) => string;
}
// A plain JavaScript module without type declarations: imported by URL and typed here.
const { pageFields, refillPage } = (await import(
  new URL('../../../demo/page-fields.mjs', import.meta.url).href
)) as PageFieldsModule;

const PAGE = `<h1>Form</h1>
<form>
  <bf-prefilled name="navn" label="Navn" value="Ada &amp; Bo" editable></bf-prefilled>
  <bf-cpr-input name="cpr" label="CPR-nummer" required></bf-cpr-input>
  <bf-text-field
    name="email"
    label="E-mail"
    required
  ></bf-text-field>
  <bf-checkbox-group name="besked" label="Besked"><bf-option value="a">A</bf-option></bf-checkbox-group>
  <bf-checkbox name="ok" label="OK" required></bf-checkbox>
</form>`;

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('pageFields', () => {
  it("reads each named field's element and attributes as written, across lines", () => {
    const fields = pageFields(PAGE);
    expect([...fields.keys()]).toEqual(['navn', 'cpr', 'email', 'besked', 'ok']);
    expect(fields.get('email')?.tagName).toBe('bf-text-field');
    expect(Object.fromEntries(fields.get('email')!.attributes)).toEqual({
      name: 'email',
      label: 'E-mail',
      required: true,
    });
    expect(fields.get('navn')?.attributes.get('value')).toBe('Ada &amp; Bo');
  });
});

describe('refillPage', () => {
  it('writes values back escaped, exactly as posted, and never the CPR number', () => {
    const html = refillPage(
      PAGE,
      form([
        ['email', '$& $` $\' <script>"'],
        ['cpr', '0101901234'],
        ['besked', 'a'],
        ['besked', 'b'],
        ['ok', 'on'],
      ]),
      { email: 'Skriv <rigtigt>' },
    );
    expect(html).toContain(
      '<bf-text-field name="email" label="E-mail" required value="$&amp; $` $&#39; &lt;script&gt;&quot;" error="Skriv &lt;rigtigt&gt;">',
    );
    expect(html).not.toContain('0101901234');
    expect(html).toContain('<bf-checkbox-group name="besked" label="Besked" value="a,b">');
    expect(html).toContain('<bf-checkbox name="ok" label="OK" required checked>');
  });

  it('ignores posted names the page has no field for, and leaves fields without news as written', () => {
    const posted = form([
      ['a(', 'x'],
      ['(?:[^>]*)*Z', 'x'],
      ['(a+)+'.repeat(2000), 'x'],
      ['constructor', 'x'],
    ]);
    expect(refillPage(PAGE, posted, {})).toBe(PAGE);
  });

  it("keeps a corrected prefilled value's register value beside it, as written in the page", () => {
    const html = refillPage(
      PAGE,
      form([
        ['navn', 'Ada <Jensen>'],
        ['bf-prefill-changed', 'navn'],
      ]),
      {},
    );
    expect(html).toContain(
      '<bf-prefilled name="navn" label="Navn" value="Ada &lt;Jensen&gt;" editable fetched-value="Ada &amp; Bo">',
    );
  });
});
