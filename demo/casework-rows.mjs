// The answers of a kept submission as the citizen saw them on "Tjek dine svar": one row per field of
// the form page (its label, and the answer as the field's summary shows it), grouped by the wizard
// step the field is in. Everything is read from the form page's own markup (parsed with parse5, so
// attribute values come out as text): the labels, the option texts, the steps, which fields are
// conditional on which answer. The texts the library writes ("Ikke udfyldt", "Bekræftet: …", a
// file's size) come from the library's own Danish catalogue (dist/). Loaded when first needed, since
// it imports the built library.
import { parse } from 'parse5';
import { formatCpr } from '../dist/domain/cpr.js';
import { formatFileSize } from '../dist/domain/files.js';
import { parsePhone } from '../dist/domain/phone.js';
import { formatMessage } from '../dist/i18n/format.js';
import { da } from '../dist/i18n/locales/da.js';

/** Fields whose answer is one of their `<bf-option>`s, shown by the option's text. */
const CHOICE_FIELDS = new Set(['bf-radio-group', 'bf-select', 'bf-checkbox-group']);

/** A wizard page with a heading of its own, under which the summary lists its fields. */
const STEP_ELEMENTS = new Set(['bf-step', 'bf-exit']);

/**
 * @typedef {object} FormField a named field in the form page
 * @property {string} name
 * @property {string} tagName
 * @property {Map<string, string>} attributes as text
 * @property {string} step the heading of the step it is in ('' outside a wizard)
 * @property {{ name: string, value: string }[]} conditions the answers it is revealed by (conditional content)
 * @property {Map<string, string>} options a choice field's option values → texts
 */

/**
 * @typedef {object} SummaryRow
 * @property {string} name the field's name
 * @property {string} label
 * @property {string} answer as the summary shows it ("Ikke udfyldt" when empty)
 * @property {boolean} answered
 */

/** @typedef {{ step: string, rows: SummaryRow[] }} SummarySection */

/** A node's attributes as a map of text. */
function attributesOf(node) {
  return new Map((node.attrs ?? []).map((attribute) => [attribute.name, attribute.value]));
}

/** A node's text, white space collapsed as a reader sees it. */
function textOf(node) {
  if (node.nodeName === '#text') return node.value;
  return (node.childNodes ?? []).map(textOf).join('');
}
const collapsed = (text) => text.replace(/\s+/gu, ' ').trim();

/**
 * The named field elements of a form page, in page order (the first element of each name).
 * @param {string} markup the page, whole or its main content
 * @returns {FormField[]}
 */
export function formFields(markup) {
  /** @type {Map<string, FormField>} */
  const fields = new Map();
  const visit = (node, step, conditions) => {
    const parentAttributes = attributesOf(node);
    for (const child of node.childNodes ?? []) {
      const attributes = attributesOf(child);
      let childStep = step;
      let childConditions = conditions;
      if (STEP_ELEMENTS.has(child.nodeName)) childStep = attributes.get('heading') ?? '';
      const slot = attributes.get('slot') ?? '';
      const group = parentAttributes.get('name');
      if (slot.startsWith('conditional-') && CHOICE_FIELDS.has(node.nodeName) && group !== undefined)
        childConditions = [...conditions, { name: group, value: slot.slice('conditional-'.length) }];
      const name = attributes.get('name');
      if (child.nodeName.startsWith('bf-') && name !== undefined && !fields.has(name)) {
        fields.set(name, {
          name,
          tagName: child.nodeName,
          attributes,
          step: childStep,
          conditions: childConditions,
          options: optionsOf(child),
        });
      }
      if (child.nodeName !== 'template') visit(child, childStep, childConditions);
    }
  };
  visit(parse(markup), '', []);
  return [...fields.values()];
}

/** A choice field's `<bf-option>` children: value (the text when it has none) → text. */
function optionsOf(node) {
  const options = new Map();
  if (!CHOICE_FIELDS.has(node.nodeName)) return options;
  for (const child of node.childNodes ?? []) {
    if (child.nodeName !== 'bf-option') continue;
    const text = collapsed(textOf(child));
    options.set(attributesOf(child).get('value') ?? text, text);
  }
  return options;
}

/**
 * The summary of a kept submission, in sections by step, as "Tjek dine svar" showed it: fields the
 * citizen could not see (conditional content whose answer was not chosen) and `summary-hidden` ones
 * are left out, as the summary leaves them out.
 * @param {string} markup the form page
 * @param {import('./store/submissions.mjs').StoredEntry[]} entries what was kept, in order
 * @returns {SummarySection[]}
 */
export function summarySections(markup, entries) {
  const posted = (name) => entries.filter((entry) => entry.name === name);
  const chosen = (name) => posted(name).map((entry) => entry.value);
  /** @type {SummarySection[]} */
  const sections = [];
  for (const field of formFields(markup)) {
    if (field.attributes.has('summary-hidden')) continue;
    if (!field.conditions.every(({ name, value }) => chosen(name).includes(value))) continue;
    const answer = answerOf(field, posted(field.name));
    const row = {
      name: field.name,
      label: labelOf(field),
      answer: answer.trim() ? answer : da.summaryNotAnswered,
      answered: answer.trim() !== '',
    };
    const section = sections.find(({ step }) => step === field.step);
    if (section) section.rows.push(row);
    else sections.push({ step: field.step, rows: [row] });
  }
  return sections;
}

/** The field's label as the summary shows it; a declaration is "Erklæring" unless it has one. */
function labelOf(field) {
  const label = field.attributes.get('label')?.trim();
  if (label) return label;
  return field.tagName === 'bf-declaration' ? da.declarationLabel : field.name;
}

/**
 * One field's answer as its element's summary shows it ('' when there is none).
 * @param {FormField} field
 * @param {import('./store/submissions.mjs').StoredEntry[]} entries the entries posted under its name
 */
function answerOf(field, entries) {
  const texts = entries.flatMap((entry) => (entry.value === null ? [] : [entry.value]));
  const text = texts.join(', ');
  switch (field.tagName) {
    case 'bf-radio-group':
    case 'bf-select':
    case 'bf-checkbox-group':
      return texts
        .filter(Boolean)
        .map((value) => field.options.get(value) ?? value)
        .join(', ');
    case 'bf-date-input': {
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
      return iso ? `${iso[3]}-${iso[2]}-${iso[1]}` : text;
    }
    case 'bf-phone-input': {
      // A Danish number as the field shows it ("12 34 56 78"); a foreign one as it was sent.
      const phone = parsePhone(text, { mode: 'dk+intl' });
      return phone.ok && phone.value.startsWith('+45') ? phone.display : text;
    }
    case 'bf-cpr-input':
      return /^\d{10}$/u.test(text) ? formatCpr(text) : text;
    case 'bf-checkbox':
      return texts.length ? da.summaryYes : da.summaryNo;
    case 'bf-declaration':
      return text ? formatMessage(da.declarationConfirmed, { text }, 'da') : da.declarationNotConfirmed;
    case 'bf-file-upload':
      return entries
        .flatMap((entry) => (entry.file && (entry.file.name || entry.file.size) ? [entry.file] : []))
        .map((file) =>
          formatMessage(da.summaryFile, { name: file.name, size: formatFileSize(file.size, 'da') }, 'da'),
        )
        .join(', ');
    case 'bf-text-field': {
      if (!text.trim()) return '';
      if (field.attributes.get('type') === 'password') return da.summaryHidden;
      const prefix = field.attributes.get('prefix');
      const suffix = field.attributes.get('suffix');
      return [prefix, text, suffix].filter(Boolean).join(' ');
    }
    default:
      return text;
  }
}

/** A size for people, as the upload field shows it: "28 B", "2,5 MB". @param {number} bytes */
export function fileSizeText(bytes) {
  return formatFileSize(bytes, 'da');
}
