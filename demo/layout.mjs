// The one layout of every page the demo server writes: head, header and footer around a page's main
// content. The form pages in demo/pages/ hold only their main content; the receipt and the error pages
// are written by the server. Every value is text (escaped here); `main` is markup the demo itself wrote.
import { escapeHtml } from './html.mjs';

/** The library, which every form page loads. */
export const LIBRARY_SCRIPT = '/dist/cdn/borgerform.js';

/** Every page's stylesheets: the demo's layout, then the demo municipality's theme of the fields. */
const STYLESHEETS = ['/demo/demo.css', '/demo/eksempel-kommune-theme.css'];

/** The footer's links: the demo's pages, the case-worker pages and the component catalogue. */
const LINKS = [
  { href: '/', text: 'Kontakt kommunen' },
  { href: '/flytning', text: 'Anmeld flytning (alle felttyper)' },
  { href: '/parkering', text: 'Ansøg om beboerlicens til parkering' },
  { href: '/cms/kontakt', text: 'Skriv til kommunen (en CMS-side)' },
  { href: '/sagsbehandling', text: 'Modtagne ansøgninger (for sagsbehandlere)' },
  { href: '/catalogue/', text: 'Se komponentkataloget' },
];

/** The skip link and header of a page without a header of its own. */
const DEMO_HEADER = `    <a class="demo-skip-link" href="#indhold">Gå til hovedindhold</a>
    <header class="demo-header">
      <div class="demo-container">
        <p class="demo-authority">Eksempel Kommune</p>
        <p class="demo-solution">Selvbetjening</p>
      </div>
    </header>`;

/**
 * A whole page in the demo's layout.
 * @param {object} page
 * @param {string} page.heading the page's heading (text)
 * @param {string} [page.title] the document's title, before " – Eksempel Kommune" (text); the heading by default
 * @param {string} page.main the main content after the heading (markup the demo wrote, values escaped)
 * @param {string[]} [page.scripts] module scripts to load (same-origin URLs)
 * @param {string[]} [page.stylesheets] stylesheets after the demo's own (same-origin URLs)
 * @param {string} [page.path] the page's own path, so its footer link is marked as the current page
 * @param {boolean} [page.ownHeadings] the main content gives its own `h1`s (a flow: its start page and
 *   each step), so the layout writes none
 * @param {string} [page.header] the page's own header (markup the demo wrote, values escaped: `bf-header`
 *   with its skip link), instead of the demo's skip link and header
 * @returns {string}
 */
export function renderPage({
  heading,
  title = heading,
  main,
  scripts = [],
  stylesheets = [],
  path,
  ownHeadings = false,
  header,
}) {
  const head = [
    ...[...STYLESHEETS, ...stylesheets].map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}" />`),
    ...scripts.map((src) => `<script type="module" src="${escapeHtml(src)}"></script>`),
  ];
  const links = LINKS.map(({ href, text }) => {
    const current = href === path ? ' aria-current="page"' : '';
    return `<a href="${escapeHtml(href)}"${current}>${escapeHtml(text)}</a>`;
  });
  return `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)} – Eksempel Kommune</title>
    ${head.join('\n    ')}
  </head>
  <body>
${header ?? DEMO_HEADER}
    <main id="indhold" class="demo-container demo-main" tabindex="-1">
${ownHeadings ? '' : `      <h1>${escapeHtml(heading)}</h1>\n`}${main}
    </main>
    <footer class="demo-footer">
      <div class="demo-container">
        <p>
          Eksempel Kommune er en opdigtet kommune, og adresserne er eksempler. Siden viser komponenterne fra
          Borgerform.
        </p>
        <p>${links.join(' · ')}</p>
      </div>
    </footer>
  </body>
</html>
`;
}
