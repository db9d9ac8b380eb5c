// The receipt: demo/templates/receipt.html filled through its tree with the case reference and every
// answer as it was kept (text, never markup), on a page that is never cached.
import { fileURLToPath } from 'node:url';
import { append, cloneNode, elements, getAttribute, h, remove } from './html.mjs';
import { renderPage } from './layout.mjs';
import { sendHtml } from './replies.mjs';
import { loadTemplate } from './templates.mjs';

const receiptFile = fileURLToPath(new URL('./templates/receipt.html', import.meta.url));

/**
 * @param {import('fastify').FastifyReply} reply
 * @param {{ reference: string, entries: readonly import('./store/submissions.mjs').StoredEntry[] }} submission
 *   what was kept (`SubmissionStore.get`)
 * @param {{
 *   header?: readonly import('./html.mjs').Node[],
 *   scripts?: string[],
 *   csrfToken?: string,
 *   notOnReceipt?: readonly string[],
 * }} [frame] the form page's own header and scripts (the parking application's `bf-header` with the
 *   logged-in citizen, whose "Log af" needs the CSRF token), if it has them; `notOnReceipt`: fields
 *   kept but never shown back (a CPR number)
 */
export async function sendReceipt(
  reply,
  { reference, entries },
  { header, scripts, csrfToken, notOnReceipt = [] } = {},
) {
  const main = cloneNode((await loadTemplate(receiptFile)).tree);
  const byClass = (/** @type {string} */ name) =>
    [...elements(main)].find((e) => getAttribute(e, 'class')?.split(/\s+/u).includes(name));
  append(/** @type {any} */ (byClass('demo-reference')), reference);
  const list = /** @type {any} */ (byClass('demo-answers'));
  const empty = /** @type {any} */ (byClass('demo-no-answers'));
  const shown = entries.filter(({ name }) => !notOnReceipt.includes(name));
  for (const { name, value, file } of shown) {
    const text = describeEntry(value, file);
    append(
      list,
      h('dt', {}, name),
      h('dd', {}, text === '' ? h('span', { class: 'demo-empty' }, 'Ikke udfyldt') : text),
    );
  }
  remove(shown.length ? empty : list);
  reply.header('Cache-Control', 'no-store'); // a receipt with citizen data is never cached
  const page = { heading: 'Vi har modtaget dine oplysninger', main, header, scripts, csrfToken };
  return sendHtml(reply, 200, await renderPage(page));
}

/** Text for one kept entry: a text as it is, a file as its name and size. */
function describeEntry(
  /** @type {string | null} */ value,
  /** @type {{ name: string, size: number } | null} */ file,
) {
  if (value !== null) return value;
  if (!file?.name && !file?.size) return '(ingen fil)';
  return `Fil: ${file.name} (${file.size} byte)`;
}
