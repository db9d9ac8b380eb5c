// The server's check of one step of the stepwise parking application, with the same modules as the
// check of POST /parkering: each field by its element's own rule set (`validatePage`, the library's
// `firstFailure` over its domain parses), the page's own rules (`parkingRules`: the registration number
// by demo/scripts/registration-number.js, the CPR number against the login), the files' content
// (`checkUploads`) and the declaration's text (`checkDeclarations`). The exit's answer (a company car
// not at the citizen's disposal) is judged by the exit's own `when`, with the library's step condition:
// it is not a mistake here but leads to the exit page, as the wizard shows it. Imports the built
// library (dist/): load it when first needed.
import {
  meetsStepCondition,
  parseStepCondition,
  stepValuesOf,
} from '../../dist/components/wizard/step-condition.js';
import { checkHeldReferences } from '../held-files.mjs';
import { pageFields } from '../page-fields.mjs';
import { parkingRules } from '../routes/parking.mjs';
import { checkDeclarations, checkUploads, localTodayIso, validatePage } from '../validate-page.mjs';
import { savedCpr, stepFormData } from './answers.mjs';
import { cprAlreadyGiven, exitParts, stepFields, STEPS } from './flow.mjs';

/** The upload fields of a step's template. @param {import('../templates.mjs').Template} template */
export function uploadsOf(template) {
  return [...pageFields(template)]
    .filter(([, field]) => field.tagName === 'bf-file-upload')
    .map(([name]) => name);
}

/** Whether these answers end the application on the exit page (the exit's `when`). @param {FormData} answers */
export async function leadsToExit(answers) {
  const { when } = await exitParts();
  return when !== '' && meetsStepCondition(when, stepValuesOf(answers));
}

/**
 * The step whose question the exit's `when` asks (where its page's "Tilbage" goes), or undefined.
 * @param {string} when
 */
export async function exitStep(when) {
  const names = parseStepCondition(when).map(({ name }) => name);
  for (const step of STEPS) {
    const fields = pageFields(await stepFields(step));
    if (names.some((name) => fields.has(name))) return step;
  }
  return undefined;
}

/**
 * Checks one step's posted answers. `answers` loses what is refused (files, a changed declaration,
 * held references that are not held) and keeps the rest in the order sent.
 * @param {FormData} answers the posted form without the guards' entries (changed in place)
 * @param {import('../templates.mjs').Template} template the step's fields (`stepFields`)
 * @param {import('fastify').FastifyRequest} request the logged-in citizen
 * @param {import('../held-files.mjs').HeldFiles} heldFiles
 * @returns {Promise<{ errors: Record<string, string>, kept: Map<string, import('../held-files.mjs').HeldFile[]>, exit: boolean }>}
 *   `errors`: field name → Danish message; `kept`: the held files the citizen kept, per upload field;
 *   `exit`: the answers lead to the exit page
 */
export async function checkStep(answers, template, request, heldFiles) {
  const kept = await checkHeldReferences(answers, uploadsOf(template), heldFiles);
  const refused = {
    ...(await checkUploads(answers, template, kept)),
    ...checkDeclarations(answers, template),
  };
  const errors = {
    ...parkingRules(answers, request),
    ...validatePage(answers, template, localTodayIso()),
    ...refused,
  };
  const exit = await leadsToExit(answers);
  if (exit) {
    const { when } = await exitParts();
    for (const { name } of parseStepCondition(when)) delete errors[name];
  }
  return { errors, kept, exit };
}

/**
 * A step's fields for a citizen: the CPR field not required once the server has the number.
 * @param {{ slug: string, heading: string }} step
 * @param {import('./answers.mjs').SavedAnswers} saved
 */
export async function fieldsFor(step, saved) {
  const fields = await stepFields(step);
  return savedCpr(saved) ? cprAlreadyGiven(fields) : fields;
}

/**
 * @typedef {object} AllChecked every step checked again with its saved answers: `missing`, the index
 *   of the first step not answered yet; `exit`, the answers lead to the exit page; `failed`, the first
 *   step with problems (its answers, messages and kept files); else `all`, one form with every answer
 *   in the order of the steps (each held file as its `-kept` reference, in its place) and `kept`, the
 *   held files per upload field
 * @property {number} [missing]
 * @property {boolean} [exit]
 * @property {{ index: number, values: FormData, errors: Record<string, string>, kept: Map<string, import('../held-files.mjs').HeldFile[]> }} [failed]
 * @property {FormData} [all]
 * @property {Map<string, import('../held-files.mjs').HeldFile[]>} [kept]
 */

/**
 * Checks every step again, as the application is about to be sent (or "Tjek dine svar" shown).
 * @param {import('./answers.mjs').SavedAnswers} saved
 * @param {import('fastify').FastifyRequest} request
 * @param {import('../held-files.mjs').HeldFiles} heldFiles
 * @returns {Promise<AllChecked>}
 */
export async function checkAllSteps(saved, request, heldFiles) {
  const all = new FormData();
  /** @type {Map<string, import('../held-files.mjs').HeldFile[]>} */
  const keptAll = new Map();
  for (const [index, step] of STEPS.entries()) {
    if (!Object.hasOwn(saved.steps, step.slug)) return { missing: index };
    const fields = await fieldsFor(step, saved);
    const values = stepFormData(saved, step.slug, uploadsOf(fields));
    const { errors, kept, exit } = await checkStep(values, fields, request, heldFiles);
    if (exit) return { exit: true };
    if (Object.keys(errors).length) return { failed: { index, values, errors, kept } };
    for (const [name, value] of values) all.append(name, value);
    for (const [name, records] of kept) keptAll.set(name, records);
  }
  return { all, kept: keptAll };
}
