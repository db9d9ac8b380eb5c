// The CMS page (/cms/kontakt): a municipality's own page as its CMS would write it, in demo/cms/, with
// its own stylesheet and one module script from dist/cdn/, posting natively to this server. The file is
// a template (demo/templates.mjs): served as it is apart from the guards' hidden entries in its form
// (the CSRF token and the submission id, demo/form-guard.mjs), and on a POST the server refuses, filled
// with the answers and the messages in `error` (routes/cms.mjs).
import { fileURLToPath } from 'node:url';
import { loadTemplate } from './templates.mjs';

export const cmsPage = Object.freeze({
  /** Its address, which its form posts to. */
  path: '/cms/kontakt',
  /** Its stylesheet's address. */
  stylesheet: '/cms/kommune.css',
  heading: 'Skriv til kommunen',
  file: fileURLToPath(new URL('./cms/kontakt.html', import.meta.url)),
  stylesheetFile: fileURLToPath(new URL('./cms/kommune.css', import.meta.url)),
});

/** The page as a template (parsed again when the file changes, so an edited page shows on reload). */
export function readCmsPage() {
  return loadTemplate(cmsPage.file);
}
