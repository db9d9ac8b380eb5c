// The demo's one layout (demo/layout.mjs): every page the demo server writes gets the same head,
// header and footer around its main content, with every value as text.
import { describe, expect, it } from 'vitest';

interface LayoutModule {
  LIBRARY_SCRIPT: string;
  renderPage: (page: {
    heading: string;
    title?: string;
    main: string;
    scripts?: string[];
    stylesheets?: string[];
    path?: string;
  }) => string;
}
// A plain JavaScript module without type declarations: imported by URL and typed here.
const { LIBRARY_SCRIPT, renderPage } = (await import(
  new URL('../../../demo/layout.mjs', import.meta.url).href
)) as LayoutModule;

describe('renderPage', () => {
  it('wraps the main content under the heading, between the header and the footer', () => {
    const html = renderPage({ heading: 'Kontakt kommunen', main: '<form id="f"></form>' });
    expect(html.startsWith('<!doctype html>\n<html lang="da">')).toBe(true);
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
  });

  it('writes heading, title and links as text', () => {
    const html = renderPage({
      heading: 'Fejl <b>&</b>',
      title: 'Fejl: "<script>"',
      main: '',
      scripts: [LIBRARY_SCRIPT, '/demo/x.js?a=1&b="2"'],
    });
    expect(html).toContain('<h1>Fejl &lt;b&gt;&amp;&lt;/b&gt;</h1>');
    expect(html).toContain('<title>Fejl: &quot;&lt;script&gt;&quot; – Eksempel Kommune</title>');
    expect(html).toContain('<script type="module" src="/dist/cdn/borgerform.js"></script>');
    expect(html).toContain('<script type="module" src="/demo/x.js?a=1&amp;b=&quot;2&quot;"></script>');
  });

  it("marks the page's own footer link as the current page", () => {
    const html = renderPage({ heading: 'Anmeld flytning', main: '', path: '/flytning' });
    expect(html).toContain('<a href="/flytning" aria-current="page">');
    expect(html.match(/aria-current/gu)).toHaveLength(1);
    expect(renderPage({ heading: 'Siden findes ikke', main: '' })).not.toContain('aria-current');
  });
});
