// "Modtagne ansøgninger": the case-worker pages behind their own demo login. GET /sagsbehandling lists
// what arrived, newest first; /sagsbehandling/ansoegninger/{reference} shows one application (the
// answers as the citizen saw them, every posted value in order) and .../filer/{position} downloads one
// of its files. Without a case worker's session (a citizen's session is none) every page answers 303
// to the login. Logging in and out are guarded as every change (demo/form-guard.mjs `checkChange`:
// only from the server's own pages, with the page's CSRF token). Every answer here holds citizen data
// or leads to it: none is cached.
import { attachmentHeaders } from '../attachment.mjs';
import { CASEWORK_URLS, applicationPage, listPage, loginPage } from '../casework-pages.mjs';
import {
  CASE_WORKERS,
  CASEWORKER_COOKIE,
  CASEWORKER_COOKIE_OPTIONS,
  CaseWorkerSessions,
} from '../casework-session.mjs';
import { checkChange, CSRF_ENTRY, newCsrfToken } from '../form-guard.mjs';
import { readForm } from '../forms.mjs';
import { renderPage } from '../layout.mjs';
import { receivedForm } from '../received-forms.mjs';
import { sendHtml, sendNotFound, sendPage } from '../replies.mjs';

/** A case reference as `newReference` draws them. */
const REFERENCE = /^EK-[2-9A-Z]{4}-[2-9A-Z]{4}$/u;
const POSITION = /^\d{1,6}$/u;

const NOTHING_CHOSEN = 'Vælg, hvem du vil logge ind som';

/** @type {import('fastify').FastifyPluginCallback<{ submissions: import('../store/submissions.mjs').SubmissionStore }>} */
export function caseworkRoutes(app, { submissions }, done) {
  const sessions = new CaseWorkerSessions();
  const tokenOf = (request) => request.cookies[CASEWORKER_COOKIE];

  // Nothing under /sagsbehandling is ever cached: its pages hold citizen data, or a login that changes.
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
  });

  const seeOther = (reply, location) => reply.code(303).header('Location', location).send();

  /** The logged-in case worker, or null after answering 303 to the login. */
  const caseWorker = (request, reply) => {
    const worker = sessions.worker(tokenOf(request));
    if (!worker) seeOther(reply, CASEWORK_URLS.login);
    return worker;
  };

  /** Answers 403 to a change that does not come from the server's own pages with their token. */
  const refuseForeign = (reply) =>
    sendPage(reply, 403, 'Ingen adgang', 'Du kan kun logge ind og af fra demoens egne sider.');

  /** The hidden entries of the pages' forms: a fresh CSRF token. */
  const hiddenFor = (request, reply) => ({ [CSRF_ENTRY]: newCsrfToken(request, reply) });

  app.get(CASEWORK_URLS.login, async (request, reply) => {
    if (sessions.worker(tokenOf(request))) return seeOther(reply, CASEWORK_URLS.list);
    const page = loginPage({ workers: CASE_WORKERS, hidden: hiddenFor(request, reply) });
    return sendHtml(reply, 200, await renderPage(page));
  });

  app.post(CASEWORK_URLS.login, async (request, reply) => {
    const formData = await readForm(request);
    if (checkChange(app, request, formData) !== 'ok') return refuseForeign(reply);
    const chosen = formData.get('sagsbehandler');
    const token = typeof chosen === 'string' ? sessions.start(chosen) : null;
    if (!token) {
      const hidden = hiddenFor(request, reply);
      const page = loginPage({ workers: CASE_WORKERS, error: NOTHING_CHOSEN, hidden });
      return sendHtml(reply, 422, await renderPage(page));
    }
    sessions.end(tokenOf(request)); // a new login is a new session, never the one the browser had
    reply.setCookie(CASEWORKER_COOKIE, token, CASEWORKER_COOKIE_OPTIONS);
    return seeOther(reply, CASEWORK_URLS.list);
  });

  app.post(CASEWORK_URLS.logout, async (request, reply) => {
    if (checkChange(app, request, await readForm(request)) !== 'ok') return refuseForeign(reply);
    sessions.end(tokenOf(request));
    reply.clearCookie(CASEWORKER_COOKIE, CASEWORKER_COOKIE_OPTIONS);
    return seeOther(reply, CASEWORK_URLS.login);
  });

  app.get(CASEWORK_URLS.list, async (request, reply) => {
    const worker = caseWorker(request, reply);
    if (!worker) return reply;
    const received = submissions
      .list()
      .map((submission) => ({ ...submission, title: receivedForm(submission.form).title }));
    const page = listPage({ worker, submissions: received, hidden: hiddenFor(request, reply) });
    return sendHtml(reply, 200, await renderPage(page));
  });

  app.get(`${CASEWORK_URLS.list}/ansoegninger/:reference`, async (request, reply) => {
    const worker = caseWorker(request, reply);
    if (!worker) return reply;
    const { reference } = /** @type {{ reference: string }} */ (request.params);
    const submission = REFERENCE.test(reference) ? submissions.get(reference) : null;
    if (!submission) return sendNotFound(reply);
    // Loaded when first needed: it imports the built library (dist/) for the summary's texts.
    const { fileSizeText, summarySections } = await import('../casework-rows.mjs');
    const form = receivedForm(submission.form);
    const sections = summarySections(await form.markup(), submission.entries);
    const page = applicationPage({
      worker,
      submission,
      title: form.title,
      sections,
      fileSize: fileSizeText,
      hidden: hiddenFor(request, reply),
    });
    return sendHtml(reply, 200, await renderPage(page));
  });

  app.get(`${CASEWORK_URLS.list}/ansoegninger/:reference/filer/:position`, async (request, reply) => {
    const worker = caseWorker(request, reply);
    if (!worker) return reply;
    const { reference, position } = /** @type {{ reference: string, position: string }} */ (request.params);
    const file =
      REFERENCE.test(reference) && POSITION.test(position)
        ? submissions.file(reference, Number(position))
        : null;
    if (!file) return sendNotFound(reply);
    return reply.code(200).headers(attachmentHeaders(file)).send(file.data);
  });
  done();
}
