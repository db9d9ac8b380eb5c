// The receipt: the case reference and every posted answer, escaped, on a page that is never cached.
import { escapeHtml } from './html.mjs';
import { renderPage } from './layout.mjs';
import { sendHtml } from './replies.mjs';

/**
 * @param {import('fastify').FastifyReply} reply
 * @param {FormData} formData
 * @param {string} reference the case reference the answers are kept under
 * @param {{ header?: string, scripts?: string[] }} [frame] the form page's own header and scripts
 *   (the parking application's `bf-header` with the logged-in citizen), if it has them
 */
export function sendReceipt(reply, formData, reference, frame = {}) {
  const rows = [];
  for (const [name, value] of formData) {
    const text = describeValue(value);
    const answer = text === '' ? '<span class="demo-empty">Ikke udfyldt</span>' : escapeHtml(text);
    rows.push(`      <dt>${escapeHtml(name)}</dt>\n      <dd>${answer}</dd>`);
  }
  const list = rows.length
    ? `<dl class="demo-answers">\n${rows.join('\n')}\n    </dl>`
    : '<p>Formularen indeholdt ingen oplysninger.</p>';
  reply.header('Cache-Control', 'no-store'); // a receipt with citizen data is never cached
  const heading = 'Vi har modtaget dine oplysninger';
  return sendHtml(
    reply,
    200,
    renderPage({
      ...frame,
      heading,
      main: `<p>Tak. Her er de oplysninger, du har sendt til Eksempel Kommune.</p>
    <p>Dit referencenummer er <strong class="demo-reference">${escapeHtml(reference)}</strong>. Skriv det, hvis du kontakter os om sagen.</p>
    ${list}
    <p><a href="/">Tilbage til formularen</a></p>`,
    }),
  );
}

/** Text for one FormData entry: a string as it is, a file as its name and size. */
function describeValue(value) {
  if (typeof value === 'string') return value;
  if (!value.name && value.size === 0) return '(ingen fil)';
  return `Fil: ${value.name} (${value.size} byte)`;
}
