// The stepwise parking application (/parkering/trinvis, demo/stepwise/): the same application as
// /parkering, as one server-rendered page per step that posts natively, with the library's script and
// none of the host's. For the logged-in citizen only (the demo login, as /parkering): a page asked for
// without a login goes to the start page, a POST is answered 401. A step's POST is guarded as every
// change (own origin, the page's CSRF token), checked again on the server (demo/stepwise/checks.mjs)
// and answered 303 to the next page (Post/Redirect/Get; an answer that ends the application: the exit
// page; a step opened from "Tjek dine svar": back there) with the answers kept on the server
// (demo/stepwise/answers.mjs), or 422 with the same step filled in and each message in `error`, which
// the library's error summary lists and focuses on load. "Tjek dine svar" posts with a one-time
// submission id: every step is checked again, and the application is kept once, with every value in
// the order of the steps and its files, then the receipt.
import {
  checkChange,
  checkPost,
  CSRF_ENTRY,
  newCsrfToken,
  SEND_AGAIN,
  SUBMISSION_ENTRY,
} from '../form-guard.mjs';
import { todayFor } from '../form-pages.mjs';
import { readForm } from '../forms.mjs';
import { checkHeldReferences, holdPostedFiles, withHeldFiles } from '../held-files.mjs';
import { notLoggedInPage, sessionEndedNotice } from '../login-pages.mjs';
import { parkingPageFor } from '../parking-page.mjs';
import { sendReceipt } from '../receipt.mjs';
import { sendForbidden, sendHtml } from '../replies.mjs';
import { CPR, savedCpr, StepAnswers, stepFormData, textEntries } from '../stepwise/answers.mjs';
import {
  CHECK,
  EXIT,
  exitParts,
  introParts,
  pathOf,
  STEPS,
  STEPWISE_PATH,
  stepFields,
} from '../stepwise/flow.mjs';

/** Loaded when first needed: they import the built library (dist/), which the static pages do not need. */
const pages = () => import('../stepwise/pages.mjs');
const checks = () => import('../stepwise/checks.mjs');

/** A copy of a posted form without the guards' entries. @param {FormData} formData */
function withoutGuards(formData) {
  const answers = new FormData();
  for (const [name, value] of formData)
    if (name !== CSRF_ENTRY && name !== SUBMISSION_ENTRY) answers.append(name, value);
  return answers;
}

/**
 * @type {import('fastify').FastifyPluginCallback<{
 *   heldFiles: import('../held-files.mjs').HeldFiles,
 *   submissions: import('../store/submissions.mjs').SubmissionStore,
 *   ids: import('../store/submission-ids.mjs').SubmissionIds,
 *   drafts: import('../store/drafts.mjs').DraftRepository,
 * }>}
 */
export function stepwiseRoutes(app, { heldFiles, submissions, ids, drafts }, done) {
  const answers = new StepAnswers(drafts);

  // Nobody logged in, or the session has ended: a page goes to the start page (which says so and
  // links to the login); a POST is refused before its body is read, as POST /parkering is.
  app.addHook('onRequest', async (request, reply) => {
    if (request.citizen || (request.method !== 'POST' && request.url.split('?')[0] === STEPWISE_PATH)) return;
    reply.header('Cache-Control', 'no-store');
    if (request.method !== 'POST') return reply.redirect(STEPWISE_PATH, 303);
    reply.header('Connection', 'close');
    return sendHtml(reply, 401, await notLoggedInPage(request.sessionEnded));
  });

  /** The logged-in citizen (the hook above answered for anyone else). */
  const citizenOf = (/** @type {import('fastify').FastifyRequest} */ request) =>
    /** @type {import('../register.mjs').Citizen} */ (request.citizen);

  /**
   * A step's page: the saved answers (GET), or the posted ones with the messages (422, 403).
   * @param {import('fastify').FastifyRequest} request
   * @param {import('fastify').FastifyReply} reply
   * @param {number} index
   * @param {{ status?: number, values?: FormData, errors?: Record<string, string>,
   *   held?: Record<string, import('../held-files.mjs').HeldFile[]>, notice?: string, returning: boolean }} state
   */
  const sendStep = async (
    request,
    reply,
    index,
    { status = 200, values, errors, held, notice, returning },
  ) => {
    const { stepPage } = await pages();
    const { fieldsFor, uploadsOf } = await checks();
    const step = STEPS[index];
    const saved = answers.read(citizenOf(request).id);
    const fields = await fieldsFor(step, saved);
    const uploads = uploadsOf(fields);
    /** @type {Record<string, import('../held-files.mjs').HeldFile[]>} */
    const listed = held ?? {};
    if (!held) {
      // The files held for the step that are still held (they lapse after two hours).
      const stillHeld = async (records) =>
        (await Promise.all(records.map((record) => heldFiles.find(record.reference)))).filter(Boolean);
      for (const name of uploads) listed[name] = await stillHeld(saved.files[name] ?? []);
    }
    const csrfToken = newCsrfToken(request, reply);
    const html = await stepPage({
      index,
      fields,
      returning,
      problems: status !== 200,
      citizen: citizenOf(request),
      csrfToken,
      multipart: uploads.length > 0,
      fill: {
        prefilled: parkingPageFor(request).prefilled,
        values: values ?? stepFormData(saved, step.slug),
        errors,
        held: listed,
        notice,
        hidden: { [CSRF_ENTRY]: csrfToken },
        today: await todayFor(fields),
      },
    });
    reply.header('Cache-Control', 'no-store');
    return sendHtml(reply, status, html);
  };

  app.get(STEPWISE_PATH, async (request, reply) => {
    const { startPage } = await pages();
    const citizen = request.citizen;
    const csrfToken = newCsrfToken(request, reply);
    const notice = citizen ? undefined : sessionEndedNotice(request.sessionEnded);
    reply.header('Cache-Control', 'no-store');
    const saved = citizen ? Object.keys(answers.read(citizen.id).steps).length > 0 : false;
    const page = await startPage({ intro: await introParts(), citizen, csrfToken, notice, saved });
    return sendHtml(reply, 200, page);
  });

  // "Start forfra": the answers kept so far are forgotten; the first step, empty.
  app.post(STEPWISE_PATH, async (request, reply) => {
    const verdict = checkChange(app, request, await readForm(request));
    if (verdict === 'forged') return sendForbidden(reply);
    if (verdict === 'stale') return reply.redirect(STEPWISE_PATH, 303); // the page again, with a new token
    answers.clear(citizenOf(request).id);
    return reply.redirect(pathOf(STEPS[0].slug), 303);
  });

  STEPS.forEach((step, index) => {
    const returningOf = (request) => /** @type {Record<string, string>} */ (request.query).tilbage === 'tjek';

    app.get(pathOf(step.slug), async (request, reply) =>
      sendStep(request, reply, index, { returning: returningOf(request) }),
    );

    app.post(pathOf(step.slug), async (request, reply) => {
      const formData = await readForm(request);
      const verdict = checkChange(app, request, formData);
      if (verdict === 'forged') return sendForbidden(reply);
      const returning = returningOf(request);
      const posted = withoutGuards(formData);
      const citizen = citizenOf(request);
      const saved = answers.read(citizen.id);
      const { checkStep, fieldsFor, uploadsOf } = await checks();
      const fields = await fieldsFor(step, saved);
      const uploads = uploadsOf(fields);
      if (verdict === 'stale') {
        const kept = await checkHeldReferences(posted, uploads, heldFiles);
        const held = await holdPostedFiles(posted, kept, heldFiles);
        return sendStep(request, reply, index, {
          status: 403,
          values: posted,
          held,
          notice: SEND_AGAIN.stale,
          returning,
        });
      }
      const { errors, kept, exit } = await checkStep(posted, fields, request, heldFiles);
      const held = await holdPostedFiles(posted, kept, heldFiles);
      if (Object.keys(errors).length)
        return sendStep(request, reply, index, { status: 422, values: posted, errors, held, returning });
      // The CPR field left empty: the number the server has stays.
      const entries = textEntries(posted, uploads).map(([name, value]) =>
        name === CPR && value === '' ? [name, savedCpr(saved) ?? ''] : [name, value],
      );
      answers.saveStep(citizen.id, step.slug, /** @type {[string, string][]} */ (entries), held);
      const next = exit
        ? pathOf(EXIT.slug)
        : returning || index === STEPS.length - 1
          ? pathOf(CHECK.slug)
          : pathOf(STEPS[index + 1].slug);
      return reply.redirect(next, 303);
    });
  });

  /** Every step checked again with the citizen's saved answers (`checkAllSteps`). */
  const checkAll = async (/** @type {import('fastify').FastifyRequest} */ request) => {
    const { checkAllSteps } = await checks();
    return checkAllSteps(answers.read(citizenOf(request).id), request, heldFiles);
  };

  /** "Tjek dine svar", with a new submission id and, when it comes back, why. */
  const sendCheck = async (request, reply, { status = 200, notice } = {}) => {
    const { checkPage } = await pages();
    const { answerSections } = await import('../stepwise/summary.mjs');
    const sections = await answerSections(answers.read(citizenOf(request).id));
    const send = [...(await stepFields(CHECK)).tree.childNodes].filter(
      (node) => 'tagName' in node && node.tagName !== 'bf-summary',
    );
    const csrfToken = newCsrfToken(request, reply);
    const hidden = {
      [CSRF_ENTRY]: csrfToken,
      [SUBMISSION_ENTRY]: ids.issue(request.browser, pathOf(CHECK.slug)),
    };
    reply.header('Cache-Control', 'no-store');
    const html = await checkPage({
      sections,
      send: /** @type {any[]} */ (send),
      hidden,
      citizen: citizenOf(request),
      csrfToken,
      notice,
    });
    return sendHtml(reply, status, html);
  };

  app.get(pathOf(CHECK.slug), async (request, reply) => {
    const state = await checkAll(request);
    if (state.missing !== undefined) return reply.redirect(pathOf(STEPS[state.missing].slug), 303);
    if (state.exit) return reply.redirect(pathOf(EXIT.slug), 303);
    if (state.failed) return reply.redirect(`${pathOf(STEPS[state.failed.index].slug)}?tilbage=tjek`, 303);
    return sendCheck(request, reply);
  });

  /** The receipt of a kept application, under the variant's header. */
  const receipt = async (reply, reference) => {
    const { receiptFrame } = await pages();
    const submission = /** @type {NonNullable<ReturnType<typeof submissions.get>>} */ (
      submissions.get(reference)
    );
    return sendReceipt(reply, submission, { ...(await receiptFrame()), notOnReceipt: [CPR] });
  };

  app.post(pathOf(CHECK.slug), async (request, reply) => {
    const check = checkPost(app, request, await readForm(request), { ids, form: pathOf(CHECK.slug) });
    if (check.verdict === 'forged') return sendForbidden(reply);
    if (check.verdict === 'replay') return receipt(reply, /** @type {string} */ (check.reference));
    if (check.verdict === 'stale')
      return sendCheck(request, reply, { status: 403, notice: SEND_AGAIN.stale });
    if (check.verdict === 'unknown-id')
      return sendCheck(request, reply, { status: 422, notice: SEND_AGAIN['unknown-id'] });
    const state = await checkAll(request);
    if (state.missing !== undefined) return reply.redirect(pathOf(STEPS[state.missing].slug), 303);
    if (state.exit) return reply.redirect(pathOf(EXIT.slug), 303);
    if (state.failed) {
      const { index, values, errors, kept } = state.failed;
      const held = Object.fromEntries(kept);
      return sendStep(request, reply, index, { status: 422, values, errors, held, returning: true });
    }
    const received = await withHeldFiles(
      /** @type {FormData} */ (state.all),
      /** @type {Map<string, any>} */ (state.kept),
      heldFiles,
    );
    const reference = await submissions.save(STEPWISE_PATH, received, undefined, {
      ids,
      id: /** @type {string} */ (check.id),
    });
    answers.clear(citizenOf(request).id);
    return receipt(reply, reference);
  });

  app.get(pathOf(EXIT.slug), async (request, reply) => {
    const { exitPage } = await pages();
    const { exitStep } = await checks();
    const csrfToken = newCsrfToken(request, reply);
    reply.header('Cache-Control', 'no-store');
    const exit = await exitParts();
    const back = pathOf((await exitStep(exit.when))?.slug ?? STEPS[0].slug);
    return sendHtml(reply, 200, await exitPage({ exit, back, citizen: citizenOf(request), csrfToken }));
  });
  done();
}
