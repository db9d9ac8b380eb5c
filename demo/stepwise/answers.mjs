// The answers of the stepwise parking application, kept on the server between its pages for the
// logged-in citizen: in the drafts table (demo/store/drafts.mjs), per citizen, under a key of its own,
// as JSON. Each step keeps the text entries it last posted and was accepted with, in the order sent;
// each upload field keeps the records of the files held for it (demo/held-files.mjs), never the bytes.
// `formDataOf` puts them together, in the order of the steps, for the check and for the submission.

/** The draft key (the parking page's own draft is `parkering`, in the library's draft format). */
export const STEPWISE_DRAFT_KEY = 'parkering-trinvis';

/**
 * @typedef {object} SavedAnswers
 * @property {Record<string, [string, string][]>} steps step slug → its text entries, in the order sent
 * @property {Record<string, import('../held-files.mjs').HeldFile[]>} files upload field name → held files
 */

/** The CPR number's field name in the parking page. */
export const CPR = 'cpr';

/** The CPR number the server has, if the person step gave one. @param {SavedAnswers} saved */
export const savedCpr = (saved) =>
  Object.values(saved.steps)
    .flat()
    .find(([name, value]) => name === CPR && value !== '')?.[1];

/** No answers yet. @returns {SavedAnswers} */
const empty = () => ({ steps: {}, files: {} });

/** The text entries of a posted form, without the references of held files (`-kept`, `-removed`). */
export function textEntries(/** @type {FormData} */ formData, /** @type {readonly string[]} */ uploads = []) {
  const references = new Set(uploads.flatMap((name) => [`${name}-kept`, `${name}-removed`]));
  /** @type {[string, string][]} */
  const entries = [];
  for (const [name, value] of formData)
    if (typeof value === 'string' && !references.has(name)) entries.push([name, value]);
  return entries;
}

export class StepAnswers {
  /** @param {import('../store/drafts.mjs').DraftRepository} drafts */
  constructor(drafts) {
    this.drafts = drafts;
  }

  /**
   * The citizen's answers (none yet: empty).
   * @param {string} citizen the register's id
   * @returns {SavedAnswers}
   */
  read(citizen) {
    const draft = this.drafts.get(citizen, STEPWISE_DRAFT_KEY);
    if (!draft) return empty();
    try {
      const saved = JSON.parse(draft.body.toString('utf8'));
      return { steps: saved.steps ?? {}, files: saved.files ?? {} };
    } catch {
      return empty(); // not ours to read: start again
    }
  }

  /**
   * Keeps one step's accepted answers (replacing what it had) and the files held for its uploads.
   * @param {string} citizen
   * @param {string} slug
   * @param {[string, string][]} entries
   * @param {Record<string, import('../held-files.mjs').HeldFile[]>} [files]
   */
  saveStep(citizen, slug, entries, files = {}) {
    const saved = this.read(citizen);
    saved.steps[slug] = entries;
    Object.assign(saved.files, files);
    this.drafts.put(citizen, STEPWISE_DRAFT_KEY, 'application/json', Buffer.from(JSON.stringify(saved)));
  }

  /** Forgets the citizen's answers (the application was received). @param {string} citizen */
  clear(citizen) {
    this.drafts.delete(citizen, STEPWISE_DRAFT_KEY);
  }
}

/**
 * One step's answers as a posted form would hold them, with the references of its held files
 * (`<name>-kept`), as the step's page posts them back.
 * @param {SavedAnswers} saved
 * @param {string} slug
 * @param {readonly string[]} [uploads] the step's upload fields
 */
export function stepFormData(saved, slug, uploads = []) {
  const formData = new FormData();
  for (const [name, value] of saved.steps[slug] ?? []) formData.append(name, value);
  for (const name of uploads)
    for (const file of saved.files[name] ?? []) formData.append(`${name}-kept`, file.reference);
  return formData;
}
