// The server's own check of the "Anmeld flytning" form, with the library's pure modules: the same
// domain rules, validators and Danish catalogue the elements use in the browser, so both sides say
// the same thing. Client-side validation is never the only check: a browser without JavaScript or a
// hand-made request reaches the server unchecked. Texts a field overrides in the page
// (`message-required="…"`) are read from the page, so there is one source for them.
export { localTodayIso } from '../dist/base/clock.js';
import { parseCpr } from '../dist/domain/cpr.js';
import { compareIsoDates, formatDate, isIsoDate } from '../dist/domain/dates.js';
import { parsePhone } from '../dist/domain/phone.js';
import { formatMessage } from '../dist/i18n/format.js';
import { da } from '../dist/i18n/locales/da.js';
import { cprValidators, phoneValidators } from '../dist/validation/identifier-validators.js';
import { isEmail, matchesPattern } from '../dist/validation/text.js';
import { firstFailure } from '../dist/validation/validator.js';
import { pageFields } from './page-fields.mjs';

/** An attribute of the page's field named `name` (the page's own HTML, entities as written), or undefined. */
function attribute(page, name, attributeName) {
  const value = pageFields(page).get(name)?.attributes.get(attributeName);
  return typeof value === 'string' ? value : undefined;
}

/**
 * @param {FormData} formData the posted form
 * @param {string} page the form page's HTML (labels and message overrides come from it)
 * @param {string} today `YYYY-MM-DD`
 * @returns {Record<string, string>} field name → Danish message, for each wrong field
 */
export function validateMovingForm(formData, page, today) {
  const text = (name) => (typeof formData.get(name) === 'string' ? formData.get(name).trim() : '');
  const label = (name) => attribute(page, name, 'label') ?? name;
  const say = (name, key, params = {}) =>
    attribute(page, name, `message-${key}`) ??
    formatMessage(da[key], { label: label(name), ...params }, 'da');
  const required = (name, key) => attribute(page, name, 'message-required') ?? say(name, key);
  const errors = {};

  const cpr = firstFailure(cprValidators, { required: true, cprResult: parseCpr(text('cpr'), { today }) });
  if (cpr)
    errors.cpr = cpr.key === 'cprRequired' ? required('cpr', 'cprRequired') : say('cpr', cpr.key, cpr.params);
  if (text('telefon')) {
    const phone = firstFailure(phoneValidators, {
      required: false,
      allowForeign: true,
      phoneResult: parsePhone(text('telefon'), { mode: 'dk+intl' }),
    });
    if (phone) errors.telefon = say('telefon', phone.key, phone.params);
  }
  if (!text('email')) errors.email = required('email', 'required');
  else if (!isEmail(text('email'))) errors.email = say('email', 'email');
  if (!text('adresse')) errors.adresse = required('adresse', 'addressRequired');
  const date = text('flyttedato');
  const min = attribute(page, 'flyttedato', 'min');
  if (!date) errors.flyttedato = required('flyttedato', 'required');
  else if (!isIsoDate(date)) errors.flyttedato = say('flyttedato', 'dateNotReal');
  else if (min && compareIsoDates(date, min) < 0)
    errors.flyttedato = say('flyttedato', 'dateMin', { min: formatDate(min) });
  if (!text('boligtype')) errors.boligtype = required('boligtype', 'choiceRequired');
  if (!text('flytter-med')) errors['flytter-med'] = required('flytter-med', 'choiceRequired');
  if (text('flytter-med') === 'ja') {
    const pattern = attribute(page, 'antal-med', 'pattern') ?? '';
    if (!text('antal-med')) errors['antal-med'] = required('antal-med', 'required');
    else if (!matchesPattern(text('antal-med'), pattern)) errors['antal-med'] = say('antal-med', 'pattern');
  }
  if (!text('bekraeft')) errors.bekraeft = required('bekraeft', 'checkboxRequired');
  return errors;
}
