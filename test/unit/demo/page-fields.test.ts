// The demo server's form pages as trees (demo/page-fields.mjs): fields found by walking the parsed
// page, and a page filled for one answer through nodes, so every value comes back as text and never
// as markup, and the rest of the page is unchanged.
import { parseFragment, serialize, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';

type Node = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;
type Fragment = DefaultTreeAdapterTypes.DocumentFragment;

interface PageField {
  tagName: string;
  attributes: Map<string, string | true>;
}
interface HeldFile {
  reference: string;
  name: string;
  size: number;
  type: string;
}
interface Fill {
  prefilled?: Record<string, string>;
  values?: FormData;
  errors?: Record<string, string>;
  held?: Record<string, HeldFile[]>;
  today?: string;
  hidden?: Record<string, string>;
  notice?: string;
}
interface PageFieldsModule {
  pageFields: (page: Fragment | string) => Map<string, PageField>;
  fillPage: (template: Fragment, fill: Fill) => Fragment;
  usesToday: (page: Fragment | string) => boolean;
}
// A plain JavaScript module without type declarations: imported by URL and typed here.
const { pageFields, fillPage, usesToday } = (await import(
  new URL('../../../demo/page-fields.mjs', import.meta.url).href
)) as PageFieldsModule;

const PAGE = `<h1>Form</h1>
<form method="post" action="/x">
  <bf-prefilled name="navn" label="Navn &amp; efternavn" value="Ada &amp; Bo" editable></bf-prefilled>
  <bf-cpr-input name="cpr" label="CPR-nummer" required></bf-cpr-input>
  <bf-text-field
    name="email"
    label="E-mail"
    required
  ></bf-text-field>
  <bf-checkbox-group name="besked" label="Besked"><bf-option value="a">A</bf-option></bf-checkbox-group>
  <bf-checkbox name="ok" label="OK" required></bf-checkbox>
  <bf-date-input name="dato" label="Dato" future></bf-date-input>
  <bf-date-input name="fast" label="Fast" past today="2020-01-01"></bf-date-input>
  <bf-file-upload name="bilag" label="Bilag"></bf-file-upload>
  <button type="submit">Send</button>
</form>
<form method="get" action="/search"><input name="q"></form>`;

/** What a hostile citizen may send: markup, replacement patterns, emoji, and 10,000 characters. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '$&',
  '$`',
  "$'",
  '$1 $<name>',
  'Åse 😀 👩‍👩‍👧',
  '&amp; &lt; &#x3C;',
  '<'.repeat(10_000),
];

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

/** Every element under `node`, in order. */
function elementsOf(node: Fragment | Element): Element[] {
  return node.childNodes.flatMap((child: Node) => ('tagName' in child ? [child, ...elementsOf(child)] : []));
}

/** The page as a browser would read the markup the server sends: parsed again from its serialization. */
function reparsed(page: Fragment): Fragment {
  return parseFragment(serialize(page));
}

function attribute(element: Element | undefined, name: string): string | undefined {
  return element?.attrs.find((attr) => attr.name === name)?.value;
}

function named(page: Fragment, name: string): Element | undefined {
  return elementsOf(page).find((element) => attribute(element, 'name') === name);
}

/** The tag names of the page, in order: its structure. */
function structure(page: Fragment): string[] {
  return elementsOf(page).map((element) => element.tagName);
}

describe('pageFields', () => {
  it("reads each named field's element and attributes across lines, values decoded", () => {
    const fields = pageFields(PAGE);
    expect([...fields.keys()]).toEqual(['navn', 'cpr', 'email', 'besked', 'ok', 'dato', 'fast', 'bilag']);
    expect(fields.get('email')?.tagName).toBe('bf-text-field');
    expect(Object.fromEntries(fields.get('email')!.attributes)).toEqual({
      name: 'email',
      label: 'E-mail',
      required: true,
    });
    expect(fields.get('navn')?.attributes.get('value')).toBe('Ada & Bo');
    expect(fields.get('navn')?.attributes.get('label')).toBe('Navn & efternavn');
  });

  it('reads a parsed template the same as its markup', () => {
    expect(pageFields(parseFragment(PAGE))).toEqual(pageFields(PAGE));
  });

  it('knows whether a date field is judged against a today it does not name', () => {
    expect(usesToday(PAGE)).toBe(true);
    expect(usesToday('<bf-date-input name="d" past today="2020-01-01"></bf-date-input>')).toBe(false);
    expect(usesToday('<bf-date-input name="d"></bf-date-input>')).toBe(false);
  });
});

describe('fillPage', () => {
  it('gives back every hostile value as text in its field and its message, never as markup', () => {
    const template = parseFragment(PAGE);
    for (const value of HOSTILE) {
      const page = reparsed(
        fillPage(template, {
          values: form([
            ['email', value],
            ['besked', value],
          ]),
          errors: { email: value },
          notice: value,
        }),
      );
      const label = value.slice(0, 30);
      expect(attribute(named(page, 'email'), 'value'), label).toBe(value);
      expect(attribute(named(page, 'email'), 'error'), label).toBe(value);
      expect(attribute(named(page, 'besked'), 'value'), label).toBe(value);
      const notice = elementsOf(page).find((element) => element.tagName === 'bf-alert');
      const text = notice && elementsOf(notice)[0].childNodes[0];
      expect(text && 'value' in text ? text.value : undefined, label).toBe(value);
      // Nothing new but the notice and its paragraph: no element was made of a value.
      expect(structure(page), label).toEqual(['bf-alert', 'p', ...structure(template)]);
    }
  });

  it('lists held files with their names as text, 10,000 characters and markup included', () => {
    const template = parseFragment(PAGE);
    const files = HOSTILE.map((name, index) => ({
      reference: `ref-${index}"><b>`,
      name,
      size: index,
      type: index % 2 ? 'application/pdf' : '',
    }));
    const page = reparsed(fillPage(template, { held: { bilag: files, email: files } }));
    const stored = elementsOf(page).filter((element) => element.tagName === 'bf-stored-file');
    expect(stored).toHaveLength(files.length); // only in the upload field
    stored.forEach((element, index) => {
      expect(element.parentNode).toBe(named(page, 'bilag'));
      const [text] = element.childNodes;
      expect(text && 'value' in text ? text.value : undefined).toBe(files[index].name);
      expect(element.childNodes).toHaveLength(1);
      expect(attribute(element, 'reference')).toBe(files[index].reference);
      expect(attribute(element, 'size')).toBe(String(index));
      expect(attribute(element, 'type')).toBe(index % 2 ? 'application/pdf' : undefined);
    });
  });

  it('never writes back the CPR number or a file, ticks boxes, joins several answers', () => {
    const page = reparsed(
      fillPage(parseFragment(PAGE), {
        values: form([
          ['cpr', '0101901234'],
          ['besked', 'a'],
          ['besked', 'b'],
          ['ok', 'on'],
          ['bilag', 'x.pdf'],
        ]),
      }),
    );
    expect(serialize(page)).not.toContain('0101901234');
    expect(attribute(named(page, 'besked'), 'value')).toBe('a,b');
    expect(attribute(named(page, 'ok'), 'checked')).toBe('');
    expect(attribute(named(page, 'bilag'), 'value')).toBeUndefined();
  });

  it("keeps a corrected prefilled value's register value beside it, decoded once", () => {
    const page = reparsed(
      fillPage(parseFragment(PAGE), {
        values: form([
          ['navn', 'Ada <Jensen>'],
          ['bf-prefill-changed', 'navn'],
        ]),
      }),
    );
    expect(attribute(named(page, 'navn'), 'value')).toBe('Ada <Jensen>');
    expect(attribute(named(page, 'navn'), 'fetched-value')).toBe('Ada & Bo');
  });

  it("sets a value fetched for the request before the answers: a corrected one keeps it as the register's", () => {
    const prefilled = { navn: 'Bo "Nørgaard" <Holm>' };
    const fetched = reparsed(fillPage(parseFragment(PAGE), { prefilled }));
    expect(attribute(named(fetched, 'navn'), 'value')).toBe('Bo "Nørgaard" <Holm>');
    expect(attribute(named(fetched, 'navn'), 'fetched-value')).toBeUndefined();
    const corrected = reparsed(
      fillPage(parseFragment(PAGE), {
        prefilled,
        values: form([
          ['navn', 'Bo Holm'],
          ['bf-prefill-changed', 'navn'],
        ]),
      }),
    );
    expect(attribute(named(corrected, 'navn'), 'value')).toBe('Bo Holm');
    expect(attribute(named(corrected, 'navn'), 'fetched-value')).toBe('Bo "Nørgaard" <Holm>');
  });

  it('ignores posted names the page has no field for: the page comes back as it was', () => {
    const template = parseFragment(PAGE);
    const posted = form([
      ['a(', 'x'],
      ['(?:[^>]*)*Z', 'x'],
      ['(a+)+'.repeat(2000), 'x'],
      ['constructor', 'x'],
      ['__proto__', 'x'],
    ]);
    expect(serialize(fillPage(template, { values: posted, errors: { constructor: 'x' } }))).toBe(
      serialize(template),
    );
  });

  it("sets today's date only where a date field is judged against a today it does not name", () => {
    const page = reparsed(fillPage(parseFragment(PAGE), { today: '2026-12-05' }));
    expect(attribute(named(page, 'dato'), 'today')).toBe('2026-12-05');
    expect(attribute(named(page, 'fast'), 'today')).toBe('2020-01-01');
  });

  it('puts the hidden entries first into every POST form, and into no other form', () => {
    const hidden = { 'bf-csrf': 'token"><x>', 'bf-submission': 'id-1' };
    const page = reparsed(fillPage(parseFragment(PAGE), { hidden }));
    const [post, search] = elementsOf(page).filter((element) => element.tagName === 'form');
    const inputs = elementsOf(post).slice(0, 2);
    expect(
      inputs.map((input) => [attribute(input, 'type'), attribute(input, 'name'), attribute(input, 'value')]),
    ).toEqual([
      ['hidden', 'bf-csrf', 'token"><x>'],
      ['hidden', 'bf-submission', 'id-1'],
    ]);
    expect(elementsOf(search).map((element) => element.tagName)).toEqual(['input']);
  });

  it('never changes the template it fills', () => {
    const template = parseFragment(PAGE);
    const before = serialize(template);
    fillPage(template, {
      values: form([['email', 'x']]),
      errors: { email: 'y' },
      held: { bilag: [{ reference: 'r', name: 'n', size: 1, type: '' }] },
      today: '2026-12-05',
      hidden: { a: 'b' },
      notice: 'z',
    });
    expect(serialize(template)).toBe(before);
  });
});
