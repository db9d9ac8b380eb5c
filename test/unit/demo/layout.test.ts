// The demo's one layout (demo/layout.mjs, demo/templates/layout.html): every page the demo server
// writes gets the same head, header and footer around its main content, filled through the tree, so
// every value is text.
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';

interface LayoutModule {
  LIBRARY_SCRIPT: string;
  renderPage: (page: {
    heading: string;
    title?: string;
    main: DefaultTreeAdapterTypes.Node | DefaultTreeAdapterTypes.Node[];
    scripts?: string[];
    stylesheets?: string[];
    path?: string;
    ownHeadings?: boolean;
    csrfToken?: string;
  }) => Promise<string>;
}
// A plain JavaScript module without type declarations: imported by URL and typed here.
const { LIBRARY_SCRIPT, renderPage } = (await import(
  new URL('../../../demo/layout.mjs', import.meta.url).href
)) as LayoutModule;

const empty = () => parseFragment('');

describe('renderPage', () => {
  it('wraps the main content under the heading, between the header and the footer', async () => {
    const html = await renderPage({
      heading: 'Kontakt kommunen',
      main: parseFragment('<form id="f"></form>'),
    });
    expect(html.startsWith('<!DOCTYPE html><html lang="da">')).toBe(true);
    expect(html).toContain('<title>Kontakt kommunen – Eksempel Kommune</title>');
    const order = [
      'demo-skip-link',
      '<header',
      '<h1>Kontakt kommunen</h1>',
      '<form id="f">',
      '</main>',
      '<footer',
    ];
    const positions = order.map((part) => html.indexOf(part));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(html).not.toContain('<script'); // a page without scripts (the receipt) gets none
    expect(html).not.toContain('<!--'); // the template's notes are for its developers
    expect(html).not.toContain('csrf-token');
  });

  it('writes heading, title, links and the token as text', async () => {
    const html = await renderPage({
      heading: 'Fejl <b>&</b>',
      title: 'Fejl: "<script>"',
      main: empty(),
      scripts: [LIBRARY_SCRIPT, '/demo/x.js?a=1&b="2"'],
      csrfToken: '"><script>',
    });
    expect(html).toContain('<h1>Fejl &lt;b&gt;&amp;&lt;/b&gt;</h1>');
    expect(html).toContain('<title>Fejl: "&lt;script&gt;" – Eksempel Kommune</title>');
    expect(html).toContain('<script type="module" src="/dist/cdn/borgerform.js"></script>');
    expect(html).toContain('<script type="module" src="/demo/x.js?a=1&amp;b=&quot;2&quot;"></script>');
    expect(html).toContain('<meta name="csrf-token" content="&quot;&gt;&lt;script&gt;">');
    expect(html.match(/<script/gu)).toHaveLength(2);
  });

  it("marks the page's own footer link as the current page", async () => {
    const html = await renderPage({ heading: 'Anmeld flytning', main: empty(), path: '/flytning' });
    expect(html).toContain('<a href="/flytning" aria-current="page">');
    expect(html.match(/aria-current/gu)).toHaveLength(1);
    expect(await renderPage({ heading: 'Siden findes ikke', main: empty() })).not.toContain('aria-current');
  });

  it('writes no heading for content that gives its own, and never changes the layout itself', async () => {
    const flow = await renderPage({
      heading: 'Flow',
      main: parseFragment('<h1>Trin 1</h1>'),
      ownHeadings: true,
    });
    expect(flow.match(/<h1>/gu)).toHaveLength(1);
    const again = await renderPage({ heading: 'Kontakt kommunen', main: empty() });
    expect(again).not.toContain('Trin 1');
    expect(again.match(/<h1>/gu)).toHaveLength(1);
  });
});
