// The citizen form the benchmark measures, written twice: with Borgerform elements (the public
// contract, DESIGN.md §3) and as plain HTML (native inputs, no JS, no CSS: the floor). Both are
// generated per request from the same list of control kinds, so a page that leaves out a kind (its
// element is not in the bundle yet) leaves it out in both variants.

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

/**
 * The page variants. Each writes the document for `n` fieldsets of the given kinds.
 * The third variant, the same form rendered on the server to declarative shadow DOM with
 * `@lit-labs/ssr` and hydrated, goes here once Borgerform has server rendering (see RESULTS.md).
 */
export const VARIANTS = [
  {
    id: 'plain',
    title: 'plain HTML',
    available: true,
    head: '',
    field: (kind, i) => kind.plain(i),
  },
  {
    id: 'library',
    title: 'Borgerform',
    available: true,
    head: `<script type="module" src="${BUNDLE_PATH}"></script>`,
    field: (kind, i) => kind.library(i),
    wrap: (form) => `<bf-form>\n${form}\n</bf-form>`,
  },
  {
    id: 'ssr',
    title: 'Borgerform, server-rendered (declarative shadow DOM + hydration)',
    available: false,
    reason: 'comes once Borgerform has server rendering (@lit-labs/ssr)',
    head: '',
    field: () => '',
  },
];

/**
 * The whole document for one variant.
 * @param {object} variant one of VARIANTS
 * @param {number} n fieldsets
 * @param {readonly object[]} kinds the control kinds in each fieldset (default: all)
 */
export function page(variant, n, kinds = KINDS) {
  const fieldsets = [];
  for (let i = 1; i <= n; i++) {
    fieldsets.push(`<fieldset>
<legend>Person ${i}</legend>
${kinds.map((kind) => variant.field(kind, i)).join('\n')}
</fieldset>`);
  }
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
${(variant.wrap ?? ((form) => form))(`<form method="post" action="/submitted" id="bench-form">
${fieldsets.join('\n')}
<button type="submit">Send ansøgning</button>
</form>`)}
</main>
</body>
</html>
`;
}
