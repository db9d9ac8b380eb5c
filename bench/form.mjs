// The citizen form the benchmark measures, written four ways: as plain HTML (native inputs, no JS, no
// CSS: the floor), with DKFDS 11 (its CSS and JS and its documented markup, plus the submit handler a
// service writes: dkfds-service.mjs), with Borgerform elements rendered in the client (the public
// contract, DESIGN.md §3), and with Borgerform rendered on the server and hydrated (ssr-page.mjs).
// All are generated per request from the same list of control kinds, so a page that leaves out a kind
// (its element is not in the bundle yet) leaves it out in every variant.

/** Text as HTML: the bench's own helper (the bench imports only from the library and its own folder). */
const escapeHtml = (text) => text.replace(/[&<>"']/gu, (character) => `&#${character.codePointAt(0)};`);

const OPTIONAL = ' (frivilligt)'; // plain HTML writes the marker Borgerform adds to optional fields

const RADIO_OPTIONS = [
  ['brev', 'Brev'],
  ['email', 'E-mail'],
  ['sms', 'SMS'],
];
const SELECT_OPTIONS = [
  ['0101', 'København'],
  ['0751', 'Aarhus'],
  ['0851', 'Aalborg'],
  ['0461', 'Odense'],
  ['0561', 'Esbjerg'],
];

/**
 * The control kinds of one fieldset, in order. `tags`: the elements the library variant needs (a
 * kind is measured only when every one is defined); `required`: counts towards the expected number
 * of invalid controls after submitting the empty form.
 */
export const KINDS = [
  {
    id: 'text',
    title: 'text field (label, hint, required)',
    tags: ['bf-text-field'],
    required: true,
    library: (i) =>
      `<bf-text-field name="fornavn-${i}" label="Fornavn" hint="Som det står i dit pas" autocomplete="given-name" required></bf-text-field>`,
    plain: (i) => `<div><label for="fornavn-${i}">Fornavn</label>
<p id="fornavn-${i}-hint">Som det står i dit pas</p>
<input id="fornavn-${i}" name="fornavn-${i}" type="text" autocomplete="given-name" required aria-describedby="fornavn-${i}-hint"></div>`,
    // DKFDS: form-group, form-label, form-hint, form-input (the error message goes between hint and input).
    dkfds: (i) => `<div class="form-group"><label class="form-label" for="fornavn-${i}">Fornavn</label>
<span class="form-hint" id="fornavn-${i}-hint">Som det står i dit pas</span>
<input type="text" class="form-input" id="fornavn-${i}" name="fornavn-${i}" autocomplete="given-name" required aria-describedby="fornavn-${i}-hint"></div>`,
  },
  {
    id: 'email',
    title: 'email field (label, hint, required)',
    tags: ['bf-text-field'],
    required: true,
    library: (i) =>
      `<bf-text-field type="email" name="email-${i}" label="E-mail" hint="Vi sender en kvittering hertil" required></bf-text-field>`,
    plain: (i) => `<div><label for="email-${i}">E-mail</label>
<p id="email-${i}-hint">Vi sender en kvittering hertil</p>
<input id="email-${i}" name="email-${i}" type="email" autocomplete="email" required aria-describedby="email-${i}-hint"></div>`,
    dkfds: (i) => `<div class="form-group"><label class="form-label" for="email-${i}">E-mail</label>
<span class="form-hint" id="email-${i}-hint">Vi sender en kvittering hertil</span>
<input type="email" class="form-input" id="email-${i}" name="email-${i}" autocomplete="email" required aria-describedby="email-${i}-hint"></div>`,
  },
  {
    id: 'radio',
    title: 'radio group of 3 (required)',
    tags: ['bf-radio-group', 'bf-option'],
    required: true,
    library: (i) =>
      `<bf-radio-group name="kontakt-${i}" label="Hvordan vil du kontaktes?" required>${RADIO_OPTIONS.map(
        ([value, text]) => `<bf-option value="${value}">${text}</bf-option>`,
      ).join('')}</bf-radio-group>`,
    plain: (i) => `<fieldset><legend>Hvordan vil du kontaktes?</legend>
${RADIO_OPTIONS.map(([value, text]) => `<div><input type="radio" id="kontakt-${i}-${value}" name="kontakt-${i}" value="${value}" required><label for="kontakt-${i}-${value}">${text}</label></div>`).join('\n')}
</fieldset>`,
    // DKFDS: a form-group around a fieldset labelled by its legend; one form-group-radio per option.
    dkfds: (
      i,
    ) => `<div class="form-group"><fieldset aria-labelledby="kontakt-${i}-legend"><legend class="form-label" id="kontakt-${i}-legend">Hvordan vil du kontaktes?</legend>
${RADIO_OPTIONS.map(([value, text]) => `<div class="form-group-radio"><input type="radio" class="form-radio" id="kontakt-${i}-${value}" name="kontakt-${i}" value="${value}" required><label class="form-label" for="kontakt-${i}-${value}">${text}</label></div>`).join('\n')}
</fieldset></div>`,
  },
  {
    id: 'checkbox',
    title: 'checkbox (optional)',
    tags: ['bf-checkbox'],
    required: false,
    library: (i) =>
      `<bf-checkbox name="samtykke-${i}" label="Jeg vil gerne have nyheder fra kommunen"></bf-checkbox>`,
    plain: (i) =>
      `<div><input type="checkbox" id="samtykke-${i}" name="samtykke-${i}" value="on"><label for="samtykke-${i}">Jeg vil gerne have nyheder fra kommunen${OPTIONAL}</label></div>`,
    dkfds: (i) =>
      `<div class="form-group"><div class="form-group-checkbox"><input type="checkbox" class="form-checkbox" id="samtykke-${i}" name="samtykke-${i}" value="on"><label class="form-label" for="samtykke-${i}">Jeg vil gerne have nyheder fra kommunen<span class="weight-normal">${OPTIONAL}</span></label></div></div>`,
  },
  {
    id: 'select',
    title: 'select of 5 (required)',
    tags: ['bf-select', 'bf-option'],
    required: true,
    library: (i) =>
      `<bf-select name="kommune-${i}" label="Kommune" required>${SELECT_OPTIONS.map(
        ([value, text]) => `<bf-option value="${value}">${text}</bf-option>`,
      ).join('')}</bf-select>`,
    // The empty first option mirrors bf-select's "Vælg" option: without it a required select is never empty.
    plain: (i) => `<div><label for="kommune-${i}">Kommune</label>
<select id="kommune-${i}" name="kommune-${i}" required><option value="">Vælg</option>${SELECT_OPTIONS.map(
      ([value, text]) => `<option value="${value}">${text}</option>`,
    ).join('')}</select></div>`,
    dkfds: (i) => `<div class="form-group"><label class="form-label" for="kommune-${i}">Kommune</label>
<select class="form-select" id="kommune-${i}" name="kommune-${i}" required><option value="">Vælg</option>${SELECT_OPTIONS.map(
      ([value, text]) => `<option value="${value}">${text}</option>`,
    ).join('')}</select></div>`,
  },
  {
    id: 'textarea',
    title: 'textarea (label, hint, optional)',
    tags: ['bf-textarea'],
    required: false,
    library: (i) =>
      `<bf-textarea name="besked-${i}" label="Besked" hint="Skriv kort, hvad din henvendelse handler om"></bf-textarea>`,
    plain: (i) => `<div><label for="besked-${i}">Besked${OPTIONAL}</label>
<p id="besked-${i}-hint">Skriv kort, hvad din henvendelse handler om</p>
<textarea id="besked-${i}" name="besked-${i}" rows="5" aria-describedby="besked-${i}-hint"></textarea></div>`,
    dkfds: (
      i,
    ) => `<div class="form-group"><label class="form-label" for="besked-${i}">Besked<span class="weight-normal">${OPTIONAL}</span></label>
<span class="form-hint" id="besked-${i}-hint">Skriv kort, hvad din henvendelse handler om</span>
<textarea class="form-input" id="besked-${i}" name="besked-${i}" rows="5" aria-describedby="besked-${i}-hint"></textarea></div>`,
  },
];

/**
 * The flow elements around the form, as a GOV.UK or DKFDS page has them: `bf-form` (validation on
 * submit, focus) and its error summary. The plain page builds the same summary by hand.
 */
export const FRAME_TAGS = ['bf-form', 'bf-error-summary'];

/** Every tag the full form uses. */
export const ALL_TAGS = [...new Set([...FRAME_TAGS, ...KINDS.flatMap((kind) => kind.tags)])];

/** The `src/define/<name>.ts` modules that define them: what the form's own bundle is built from. */
export const FORM_DEFINES = ALL_TAGS.map((tag) => tag.replace(/^bf-/, ''));

/** The path of a variant's page for `n` fieldsets of the given kinds (all kinds: no `kinds` parameter). */
export function pagePath(variantId, n, kinds = KINDS) {
  const all = kinds.length === KINDS.length;
  return `/${variantId}?n=${n}${all ? '' : `&kinds=${kinds.map((kind) => kind.id).join(',')}`}`;
}

/** The Borgerform bundle's URL on the bench server. */
export const BUNDLE_PATH = '/dist/cdn/borgerform.js';

/** Where the server serves DKFDS's dist folder (node_modules/dkfds/dist) and the service's handler. */
export const DKFDS_PATH = '/dkfds';
export const DKFDS_SERVICE_PATH = '/dkfds-service.js';

/** The hydrating bundle of the server-rendered page (Lit's hydrate support first, then the form's elements). */
export const SSR_BUNDLE_PATH = '/ssr/borgerform.js';

/**
 * With `--ssr-hydrate=after-paint`: a module the server-rendered page loads instead of its bundle, which
 * waits for the frame after parsing (so the parsed form is painted first) and then imports the bundle.
 */
export const SSR_AFTER_PAINT_PATH = '/ssr/after-paint.js';
export const SSR_AFTER_PAINT_SCRIPT = `await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
await import('${SSR_BUNDLE_PATH}');
`;

/** Where the server-rendered page's shadow roots find their stylesheets (`dist/ssr/styles/<tag>.css`). */
export const SSR_STYLES_PATH = '/ssr/styles/';

/**
 * The page variants, measured in one rotation. Each writes the document for `n` fieldsets of the given
 * kinds. `components`: the page's fields are Borgerform elements (the harness waits for them);
 * `serverRendered`: the document comes from ssr-page.mjs (rendered with `borgerform/ssr`), not from
 * `page()`, and whether it can be measured is decided when the bench starts.
 */
export const VARIANTS = [
  {
    id: 'plain',
    title: 'plain HTML',
    components: false,
    head: '',
    field: (kind, i) => kind.plain(i),
  },
  {
    id: 'dkfds',
    title: 'DKFDS 11',
    components: false,
    // Its borger.dk stylesheet and its JS (DKFDS.init()), then the service's submit handler; the form
    // has `novalidate`, as the handler validates and shows DKFDS's messages and error summary itself.
    head: `<link rel="stylesheet" href="${DKFDS_PATH}/css/dkfds-borgerdk.min.css">
<script defer src="${DKFDS_PATH}/js/dkfds.min.js"></script>
<script defer src="${DKFDS_SERVICE_PATH}"></script>`,
    field: (kind, i) => kind.dkfds(i),
    formAttributes: ' novalidate',
    button: '<button type="submit" class="button button-primary">Send ansøgning</button>',
  },
  {
    id: 'library',
    title: 'Borgerform, rendered in the client',
    components: true,
    head: `<script type="module" src="${BUNDLE_PATH}"></script>`,
    field: (kind, i) => kind.library(i),
    wrap: (form) => `<bf-form>\n${form}\n</bf-form>`,
  },
  {
    id: 'ssr',
    title: 'Borgerform, rendered on the server',
    components: true,
    serverRendered: true,
    head: `<script type="module" src="${SSR_BUNDLE_PATH}"></script>`,
  },
];

/** The harness's options for a variant's page (see harness.mjs). */
export function harnessOptions(variant, kinds = KINDS) {
  return {
    selector: variant.components ? ALL_TAGS.join(',') : '',
    firstField: variant.components
      ? `#bench-form ${kinds[0].tags[0]}`
      : '#bench-form :is(input, select, textarea)',
    paintedWhen: variant.id === 'library' ? 'settled' : 'parsed',
    serverRendered: variant.serverRendered === true,
  };
}

/** The form (inside the variant's wrapper) for `n` fieldsets of the given kinds. */
export function formMarkup(variant, n, kinds = KINDS) {
  const fieldsets = [];
  for (let i = 1; i <= n; i++) {
    fieldsets.push(`<fieldset>
<legend>Person ${i}</legend>
${kinds.map((kind) => variant.field(kind, i)).join('\n')}
</fieldset>`);
  }
  return (
    variant.wrap ?? ((form) => form)
  )(`<form method="post" action="/submitted" id="bench-form"${variant.formAttributes ?? ''}>
${fieldsets.join('\n')}
${variant.button ?? '<button type="submit">Send ansøgning</button>'}
</form>`);
}

/** The document around a form: the same head and page structure for every variant. */
export function documentShell(variant, n, form) {
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ansøgning (${escapeHtml(variant.title)}, ${n} personer)</title>
${variant.head}
</head>
<body>
<main>
<h1>Ansøgning</h1>
${form}
</main>
</body>
</html>
`;
}

/**
 * The whole document for one variant (the server-rendered one comes from ssr-page.mjs).
 * @param {object} variant one of VARIANTS
 * @param {number} n fieldsets
 * @param {readonly object[]} kinds the control kinds in each fieldset (default: all)
 */
export function page(variant, n, kinds = KINDS) {
  return documentShell(variant, n, formMarkup(variant, n, kinds));
}
