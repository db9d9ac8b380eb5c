// "Ansøg om beboerlicens til parkering" as server-rendered pages, one a step (issue 16): the pages'
// addresses and the steps in order. Each step's fields are the ones of the same step in the parking
// application's own page (demo/pages/parkering.html, its `bf-step`s), taken from that page's tree,
// so both variants ask the same questions with the same attributes, rules and texts. Only what needs
// the host's script on /parkering is changed here: the address field has no provider, so it is typed
// by hand only (`manual`: the manual fields, no search box), with a hint that does not speak of a list.
import { parkingPage, readMain } from '../form-pages.mjs';
import { append, cloneNode, elements, getAttribute, parseContent, setAttribute } from '../html.mjs';

/** The start page's address; each step is a page under it. */
export const STEPWISE_PATH = '/parkering/trinvis';

/**
 * The steps in order: `slug` its page's last path segment, `heading` the `bf-step` it takes its fields
 * from (and its `h1`).
 * @type {readonly { slug: string, heading: string }[]}
 */
export const STEPS = Object.freeze([
  { slug: 'om-dig', heading: 'Om dig' },
  { slug: 'adresse', heading: 'Adresse' },
  { slug: 'koeretoej', heading: 'Køretøj' },
  { slug: 'periode', heading: 'Periode' },
  { slug: 'dokumentation', heading: 'Dokumentation' },
  { slug: 'erklaering', heading: 'Erklæring' },
]);

/** "Tjek dine svar", the page that sends the application. */
export const CHECK = Object.freeze({ slug: 'tjek', heading: 'Tjek dine svar' });

/** The exit page (the page's `bf-exit`): an answer that ends the application. */
export const EXIT = Object.freeze({ slug: 'ikke-muligt' });

/** The query that brings a step opened from "Tjek dine svar" back there once saved. */
export const RETURN_TO_CHECK = 'tilbage=tjek';

/** A page's address: a step's slug, or the start page without one. */
export const pathOf = (/** @type {string} */ slug = '') =>
  slug ? `${STEPWISE_PATH}/${slug}` : STEPWISE_PATH;

/** The step of a slug, or undefined. */
export const stepOf = (/** @type {string} */ slug) => STEPS.find((step) => step.slug === slug);

/** The address field's hint here: there is no list to choose from. */
const MANUAL_ADDRESS_HINT =
  'Den adresse, du bor på. I demoen ligger kommunens adresser i 8000 Aarhus C, fx Søndergade 3';

/** The CPR field's hint once the server has the number (the number itself is never written into a page). */
const SAVED_CPR_HINT =
  'Vi har dit CPR-nummer fra før. Lad feltet stå tomt, eller skriv det igen, hvis det skal rettes';

/**
 * A step's fields when the server already has the citizen's CPR number: its field is no longer
 * required and says so, so the number need not be typed again (and is never sent back to the page).
 * @param {import('../templates.mjs').Template} fields from `stepFields` (changed in place)
 */
export function cprAlreadyGiven(fields) {
  for (const element of elements(fields.tree)) {
    if (element.tagName !== 'bf-cpr-input') continue;
    element.attrs = element.attrs.filter((attribute) => attribute.name !== 'required');
    setAttribute(element, 'hint', SAVED_CPR_HINT);
  }
  return fields;
}

/** The parking page's tree of the moment (parsed again when the file changes). */
async function parkingTree() {
  return (await readMain(parkingPage)).tree;
}

/** The parking page's element `tagName` whose `heading` is `heading`, or undefined. */
async function flowElement(/** @type {string} */ tagName, /** @type {string} */ heading) {
  for (const element of elements(await parkingTree()))
    if (element.tagName === tagName && (heading === '' || getAttribute(element, 'heading') === heading))
      return element;
  return undefined;
}

/** A copy of an element's children as a fragment of their own. */
function childrenCopy(/** @type {import('../html.mjs').Element} */ element) {
  const fragment = parseContent('');
  append(fragment, ...element.childNodes.map((child) => cloneNode(child)));
  return fragment;
}

/**
 * A step's fields as a template of their own (`{ file, tree }`, as demo/templates.mjs gives one): the
 * children of the parking page's `bf-step` with the step's heading, the address field set for typing.
 * The server's checks read the same template, so they judge exactly the fields the page shows.
 * @param {{ slug: string, heading: string }} step
 * @returns {Promise<import('../templates.mjs').Template>}
 */
export async function stepFields(step) {
  const source = await flowElement('bf-step', step.heading);
  if (!source) throw new Error(`demo/pages/parkering.html has no step "${step.heading}"`);
  const tree = childrenCopy(source);
  for (const element of elements(tree)) {
    if (element.tagName !== 'bf-address-input') continue;
    setAttribute(element, 'manual', '');
    setAttribute(element, 'hint', MANUAL_ADDRESS_HINT);
  }
  return { file: `${parkingPage.file}#${step.slug}`, tree };
}

/**
 * The start page's parts from the parking page's `bf-intro`: its heading, duration and whether one can
 * save (its attributes), the purpose (its paragraphs) and "Du skal bruge" (its `slot="need"` items).
 */
export async function introParts() {
  const intro = await flowElement('bf-intro', '');
  if (!intro) throw new Error('demo/pages/parkering.html has no bf-intro');
  const children = intro.childNodes.map((child) => cloneNode(child));
  const isElement = (/** @type {any} */ node) => 'tagName' in node;
  /** @type {import('../html.mjs').Element[]} */
  const needs = [];
  /** @type {import('../html.mjs').Element[]} */
  const purpose = [];
  for (const child of children.filter(isElement)) {
    const element = /** @type {import('../html.mjs').Element} */ (child);
    // The link to this variant (on the parking page's start page) is not part of this variant's purpose.
    if (getAttribute(element, 'data-variant-link') !== undefined) continue;
    if (getAttribute(element, 'slot') === 'need') {
      element.attrs = element.attrs.filter((attribute) => attribute.name !== 'slot');
      needs.push(element);
    } else purpose.push(element);
  }
  return {
    heading: getAttribute(intro, 'heading') ?? '',
    durationMinutes: Number(getAttribute(intro, 'duration-minutes')) || 0,
    canSave: getAttribute(intro, 'can-save') !== undefined,
    purpose,
    needs,
  };
}

/** The parking page's exit (`bf-exit`): its `when` (the library's step condition), heading and content. */
export async function exitParts() {
  const exit = await flowElement('bf-exit', '');
  if (!exit) throw new Error('demo/pages/parkering.html has no bf-exit');
  return {
    when: getAttribute(exit, 'when') ?? '',
    heading: getAttribute(exit, 'heading') ?? '',
    content: childrenCopy(exit),
  };
}

/**
 * Whether `value` is the address of one of this variant's pages (the login may send the citizen
 * there afterwards: a fixed list, so the login never redirects anywhere else).
 * @param {unknown} value
 * @returns {value is string}
 */
export function isStepwisePage(value) {
  const pages = [pathOf(), ...STEPS.map(({ slug }) => pathOf(slug)), pathOf(CHECK.slug)];
  return typeof value === 'string' && pages.includes(value);
}
