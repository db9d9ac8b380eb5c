// The forms whose submissions the case-worker pages show: the address a submission is kept under
// (`form` in the database) → the form's title and its page's markup, where the labels come from.
import { readCmsPage, cmsPage } from './cms-page.mjs';
import { contactPage, movingPage, parkingPage, readMain } from './form-pages.mjs';
import { toHtml } from './html.mjs';
import { STEPWISE_PATH } from './stepwise/flow.mjs';

/** A template's markup, as the summary's rows read it (demo/casework-rows.mjs parses it). */
const markupOf = async (/** @type {Promise<import('./templates.mjs').Template>} */ template) =>
  toHtml((await template).tree);

/** @typedef {{ title: string, markup: () => Promise<string> }} ReceivedForm */

/** @type {Readonly<Record<string, ReceivedForm>>} */
const RECEIVED_FORMS = Object.freeze({
  '/submit': { title: contactPage.heading, markup: () => markupOf(readMain(contactPage)) },
  [movingPage.path]: { title: movingPage.heading, markup: () => markupOf(readMain(movingPage)) },
  [parkingPage.path]: { title: parkingPage.heading, markup: () => markupOf(readMain(parkingPage)) },
  // The same application, one page a step: the same fields, so the same page's labels.
  [STEPWISE_PATH]: {
    title: `${parkingPage.heading} (trin for trin, uden kommunens script)`,
    markup: () => markupOf(readMain(parkingPage)),
  },
  [cmsPage.path]: { title: `${cmsPage.heading} (CMS-side)`, markup: () => markupOf(readCmsPage()) },
});

/**
 * The form a submission came from; an address no page has (an old one) has its address as title and
 * no fields, so only its posted values are shown.
 * @param {string} form
 * @returns {ReceivedForm}
 */
export function receivedForm(form) {
  return Object.hasOwn(RECEIVED_FORMS, form)
    ? RECEIVED_FORMS[form]
    : { title: form, markup: () => Promise.resolve('') };
}
