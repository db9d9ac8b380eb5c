import { describe, expect, it } from 'vitest';
import { collapseWhiteSpace, slottedText } from '../../../src/components/declaration/declaration-text.js';

/** A node as `slottedText` reads it: Node runs no DOM, so a tiny stand-in of the parts it uses. */
interface FakeNode {
  nodeType: number;
  data?: string;
  localName?: string;
  attributes?: Record<string, string>;
  firstChild: FakeNode | null;
  nextSibling: FakeNode | null;
  hasAttribute(name: string): boolean;
  getAttribute(name: string): string | null;
}

type Child = string | FakeNode;

function node(nodeType: number, props: Partial<FakeNode>, children: Child[] = []): FakeNode {
  const attributes = props.attributes ?? {};
  const made: FakeNode = {
    nodeType,
    firstChild: null,
    nextSibling: null,
    hasAttribute: (name) => name in attributes,
    getAttribute: (name) => attributes[name] ?? null,
    ...props,
  };
  const kids = children.map((child) => (typeof child === 'string' ? node(3, { data: child }) : child));
  kids.forEach((kid, index) => {
    kid.nextSibling = kids[index + 1] ?? null;
  });
  made.firstChild = kids[0] ?? null;
  return made;
}

const el = (localName: string, children: Child[] = [], attributes: Record<string, string> = {}) =>
  node(1, { localName, attributes }, children);
const comment = (data: string) => node(8, { data });
const read = (...children: Child[]) => slottedText(el('bf-declaration', children) as unknown as Element);

describe('collapseWhiteSpace', () => {
  it('makes every run of HTML white space one space and trims the ends, as the browser lays text out', () => {
    expect(collapseWhiteSpace('\n   Jeg erklærer,\t at\r\n\f alt  er rigtigt.  ')).toBe(
      'Jeg erklærer, at alt er rigtigt.',
    );
  });

  it('keeps a no-break space (it is not collapsed on the page either) and leaves markup characters alone', () => {
    expect(collapseWhiteSpace('§\u00a012 <b>&amp;</b>')).toBe('§\u00a012 <b>&amp;</b>');
    expect(collapseWhiteSpace(' \n ')).toBe('');
  });
});

describe('slottedText', () => {
  it('reads the text of the default slot: text, inline elements and links, with white space collapsed', () => {
    expect(
      read('\n  Jeg har læst ', el('a', [el('b', ['vilkårene'])], { href: '/v' }), '\n og erklærer.\n'),
    ).toBe('Jeg har læst vilkårene og erklærer.');
  });

  it('leaves out content for a named slot (the hint), scripts, styles, templates, hidden content and comments', () => {
    expect(
      read(
        el('span', ['Du kan straffes.'], { slot: 'hint' }),
        'Jeg erklærer',
        el('script', ['alert(1)']),
        el('style', ['b {}']),
        el('template', ['skabelon']),
        el('span', [' skjult'], { hidden: '' }),
        comment('note'),
        ', at alt er rigtigt.',
      ),
    ).toBe('Jeg erklærer, at alt er rigtigt.');
  });

  it('keeps an element with an empty slot attribute (it goes to the default slot)', () => {
    expect(read(el('span', ['Jeg erklærer.'], { slot: '' }))).toBe('Jeg erklærer.');
  });

  it('keeps words apart across line breaks and paragraphs', () => {
    expect(read('Jeg erklærer,', el('br'), 'at', el('p', ['alt']), el('p', ['er rigtigt.']))).toBe(
      'Jeg erklærer, at alt er rigtigt.',
    );
  });

  it('gives markup characters in text as text, never as HTML', () => {
    expect(read('2 < 3 & <script>x</script>')).toBe('2 < 3 & <script>x</script>');
  });
});
