// The CMS page (/cms/kontakt): a municipality's own page as its CMS would write it, in demo/cms/, with
// its own stylesheet and one module script from dist/cdn/, posting natively to this server. The file
// is served as it is; a POST with answers the server refuses gets the same file back with them filled
// in and the messages in `error` (routes/cms.mjs).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const cmsPage = Object.freeze({
  /** Its address, which its form posts to. */
  path: '/cms/kontakt',
  /** Its stylesheet's address. */
  stylesheet: '/cms/kommune.css',
  heading: 'Skriv til kommunen',
  file: fileURLToPath(new URL('./cms/kontakt.html', import.meta.url)),
  stylesheetFile: fileURLToPath(new URL('./cms/kommune.css', import.meta.url)),
});

/** The page's HTML, read for every request (an edited page shows on reload). */
export function readCmsPage() {
  return readFile(cmsPage.file, 'utf8');
}
