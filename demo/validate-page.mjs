// The server's own check of a form page ("Anmeld flytning", "Ansøg om beboerlicens til parkering"),
// with the library's pure modules: each field of the page is checked by its element's own rule set (`src/validation/`) through `firstFailure`, with
// the same domain parses and Danish catalogue the elements use in the browser, so both sides say the
// same thing and no rule is written twice. Client-side validation is never the only check: a browser
// without JavaScript or a hand-made request reaches the server unchecked. What the rules read
// (`required`, `min`, `pattern` …) and the texts a field overrides (`message-required="…"`) come
// from the page, so there is one source for them.
export { localTodayIso } from '../dist/base/clock.js';
import { parseCpr } from '../dist/domain/cpr.js';
import { parseCvr } from '../dist/domain/cvr.js';
import { isIsoDate, parseDateValue } from '../dist/domain/dates.js';
import { parsePhone } from '../dist/domain/phone.js';
import { municipalityNamesText, parsePostcode, splitMunicipalityCodes } from '../dist/domain/postcode.js';
import { entryCheckOf } from '../dist/components/address-input/address-state.js';
import { formatMessage } from '../dist/i18n/format.js';
import { da } from '../dist/i18n/locales/da.js';
import {
  addressValidators,
  checkboxValidators,
  choiceValidators,
  choicesValidators,
  cprValidators,
  cvrValidators,
  dateValidators,
  declarationValidators,
  fileValidators,
  firstFailure,
  phoneValidators,
  prefilledValidators,
  textValidators,
  textareaValidators,
} from '../dist/validation/index.js';
import { pageFields } from './page-fields.mjs';
// The checks of posted files and declarations against the page, loaded with this module.
export { checkUploads } from './upload-check.mjs';
export { checkDeclarations } from './declaration-check.mjs';

/**
 * @typedef {object} PostedField a field as its rules see it on the server
 * @property {string} name
 * @property {(attributeName: string) => string | undefined} attr an attribute in the page, as text
 *   (character references decoded by the parser)
 * @property {(attributeName: string) => boolean} has whether the page gives the field an attribute
 * @property {boolean} required
 * @property {string} text the posted answer without surrounding white space ('' when none)
 * @property {string[]} values every non-empty text posted under the name (a checkbox group's ticks)
 * @property {(suffix: string) => string} posted another entry the field posts (`-postcode`), '' when none
 */

/** An attribute holding a whole number (`maxlength="500"`), or undefined. */
function whole(text) {
  return text !== undefined && /^\d+$/u.test(text) ? Number(text) : undefined;
}

/** What the text rules read (`TextConstraints`). */
function textConstraints(field) {
  return {
    value: field.text,
    required: field.required,
    minlength: whole(field.attr('minlength')),
    maxlength: whole(field.attr('maxlength')),
    pattern: field.attr('pattern'),
    type: field.attr('type'),
  };
}

/** What the choice rules of a select or radio group read. */
function choiceConstraints(field) {
  return { required: field.required, value: field.text };
}

/** The bounds of a date field, as `bf-date-input` passes them to the date parse (a malformed bound is ignored). */
function dateOptions(field, today) {
  const options = {};
  for (const bound of ['min', 'max']) {
    const value = field.attr(bound);
    if (value && isIsoDate(value)) options[bound] = value;
  }
  if (field.has('past') || field.has('future'))
    Object.assign(options, { today, past: field.has('past'), future: field.has('future') });
  return options;
}

/**
 * Each element's rule set, and what its rules read here (the element's `…Constraints`), built from
 * the posted answer and the field's attributes.
 * @type {Record<string, [readonly object[], (field: PostedField, today: string) => object]>}
 */
const RULE_SETS = {
  'bf-text-field': [textValidators, textConstraints],
  'bf-textarea': [textareaValidators, textConstraints],
  'bf-prefilled': [prefilledValidators, textConstraints],
  'bf-cpr-input': [
    cprValidators,
    (f, today) => ({ required: f.required, cprResult: parseCpr(f.text, { today }) }),
  ],
  'bf-cvr-input': [cvrValidators, (f) => ({ required: f.required, cvrResult: parseCvr(f.text) })],
  'bf-phone-input': [
    phoneValidators,
    (f) => ({
      required: f.required,
      allowForeign: f.has('allow-foreign'),
      phoneResult: parsePhone(f.text, { mode: f.has('allow-foreign') ? 'dk+intl' : 'dk' }),
    }),
  ],
  'bf-date-input': [
    dateValidators,
    (f, today) => ({
      required: f.required,
      min: f.attr('min') ?? '',
      max: f.attr('max') ?? '',
      dateResult: parseDateValue(f.text, dateOptions(f, today)),
    }),
  ],
  // The address as posted (the text, and the parts and register id the field sends with it), judged
  // by the field's own check: the postcode table, and the page's `municipality` rule.
  'bf-address-input': [
    addressValidators,
    (f) => {
      const municipalities = splitMunicipalityCodes(f.attr('municipality') ?? '');
      return {
        required: f.required,
        municipalityNames: municipalityNamesText(municipalities, 'da'),
        entryCheck: entryCheckOf(postedAddress(f), {
          knownPostcode: (code) => parsePostcode(code).ok,
          municipalities,
          // A `manual` field has no provider on a page without the host's script (the server never
          // has one): typed by hand only, so a missing address is asked for at the street.
          byHand: f.has('manual'),
        }),
      };
    },
  ],
  'bf-select': [choiceValidators, choiceConstraints],
  'bf-radio-group': [choiceValidators, choiceConstraints],
  'bf-checkbox-group': [choicesValidators, (f) => ({ required: f.required, values: f.values })],
  'bf-checkbox': [checkboxValidators, (f) => ({ required: f.required, checked: f.values.length > 0 })],
  // A declaration is required unless script says otherwise (the page cannot): it posts its text while confirmed.
  'bf-declaration': [declarationValidators, (f) => ({ required: true, checked: f.text !== '' })],
  'bf-file-upload': [fileValidators, (f) => ({ required: f.required, files: f.values, storedFiles: f.kept })],
};

/** The parts an address field posts next to its text (`<name>-street` …), as the field names them. */
const ADDRESS_PART_ENTRIES = {
  street: 'street',
  houseNumber: 'house-number',
  floor: 'floor',
  door: 'door',
  postcode: 'postcode',
  city: 'city',
};

/**
 * The address field's state as the server can rebuild it from what was posted: a register address
 * (with `-id` and its municipality code) or hand-written parts; only the text when no parts came.
 */
function postedAddress(f) {
  const parts = Object.fromEntries(
    Object.entries(ADDRESS_PART_ENTRIES).map(([part, entry]) => [part, f.posted(`-${entry}`)]),
  );
  const hasParts = Object.values(parts).some((value) => value !== '');
  const id = f.posted('-id');
  const chosen =
    id && hasParts ? { id, ...parts, municipalityCode: f.posted('-municipality-code'), text: f.text } : null;
  return { value: f.text, search: f.text, manual: (hasParts || f.has('manual')) && !chosen, parts, chosen };
}

/** The choice groups that reveal fields slotted into them (`slot="conditional-<value>"`). */
const REVEALING = new Set(['bf-radio-group', 'bf-checkbox-group']);

/** The `message-<key>` attribute that overrides a key's text (`dateMin` → `message-date-min`). */
function overrideAttribute(key) {
  return `message-${key.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * A failure's Danish text, chosen as the element chooses it: the field's own override of the key,
 * then for a missing value its `message-required`, then the rule's own message or default key, then
 * the catalogue.
 */
function messageOf(field, failure) {
  const generic =
    failure.flag === 'valueMissing' && failure.key !== 'required'
      ? field.attr('message-required')
      : undefined;
  const message =
    field.attr(overrideAttribute(failure.key)) ??
    generic ??
    failure.message ??
    da[failure.messageKey ?? failure.key] ??
    da.invalid;
  return formatMessage(message, { label: field.attr('label') ?? field.name, ...failure.params }, 'da');
}

/**
 * @param {FormData} formData the posted form
 * @param {import('./templates.mjs').Template | string} page the form page (its template, or its HTML):
 *   the fields, their rules' attributes, labels and message overrides
 * @param {string} today `YYYY-MM-DD`
 * @returns {Record<string, string>} field name → Danish message, for each wrong field
 */
export function validatePage(formData, page, today) {
  const errors = {};
  /** The value of the last choice group, which decides whether a field slotted into it is shown. */
  let group = { values: [] };
  for (const [name, { tagName, attributes }] of pageFields(page)) {
    const attr = (attributeName) => {
      const value = attributes.get(attributeName);
      return typeof value === 'string' ? value : undefined;
    };
    const posted = formData.getAll(name);
    const field = {
      name,
      attr,
      has: (attributeName) => attributes.has(attributeName),
      required: attributes.has('required'),
      text: typeof posted[0] === 'string' ? posted[0].trim() : '',
      values: posted.filter((value) => (typeof value === 'string' ? value : value.name) !== ''),
      kept: formData.getAll(`${name}-kept`),
      /** Another entry the field posts next to its own (`-city`, `-id` …), '' when none. */
      posted: (suffix) => {
        const value = formData.get(`${name}${suffix}`);
        return typeof value === 'string' ? value.trim() : '';
      },
    };
    if (REVEALING.has(tagName)) group = field;
    const slot = attr('slot');
    // A field revealed by a choice is hidden, disabled and not submitted until that choice is made.
    if (slot?.startsWith('conditional-') && !group.values.includes(slot.slice('conditional-'.length)))
      continue;
    if (field.has('disabled') || field.has('readonly') || !Object.hasOwn(RULE_SETS, tagName)) continue;
    const [rules, constraints] = RULE_SETS[tagName];
    const failure = firstFailure(rules, constraints(field, today));
    if (failure) errors[name] = messageOf(field, failure);
  }
  return errors;
}
