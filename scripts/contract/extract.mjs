// The public contract as data: what hosts, forks and themes name (tags, attributes, public
// properties, documented events, slots, CSS parts, CSS properties, custom states), the design
// tokens and the message keys, from custom-elements.json, the token list and the Danish catalogue.

/** The kinds of names each element has in the contract, in the order the baseline lists them. */
export const ELEMENT_KINDS = /** @type {const} */ ([
  'attributes',
  'properties',
  'events',
  'slots',
  'cssParts',
  'cssProperties',
  'cssStates',
]);

/** @param {Iterable<string>} names @returns {string[]} sorted, without repeats */
const sorted = (names) => [...new Set(names)].sort();

/**
 * The names one manifest declaration offers. Properties: public instance fields (the manifest
 * config already drops private, protected and static members). Events: the documented ones
 * (`@fires` gives a description); the analyzer also guesses events from `dispatchEvent` calls, and
 * those guesses carry a constructor's argument or a constant's name, not an event name.
 * @param {import('./extract.mjs').ManifestDeclaration} declaration
 * @returns {import('./extract.mjs').ElementContract}
 */
export function elementContract(declaration) {
  const names = (/** @type {{ name?: string }[] | undefined} */ list) =>
    sorted((list ?? []).map((item) => item.name ?? ''));
  return {
    attributes: names(declaration.attributes),
    properties: names(
      (declaration.members ?? []).filter(
        (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public',
      ),
    ),
    events: names((declaration.events ?? []).filter((event) => event.name && event.description)),
    slots: sorted((declaration.slots ?? []).map((slot) => slot.name || '(default)')),
    cssParts: names(declaration.cssParts),
    cssProperties: names(declaration.cssProperties),
    cssStates: names(declaration.cssStates),
  };
}

/**
 * The whole contract.
 * @param {{ manifest: import('./extract.mjs').Manifest, tokens: readonly string[], texts: readonly string[], version: string }} sources
 * @returns {import('./extract.mjs').PublicContract}
 */
export function buildContract({ manifest, tokens, texts, version }) {
  /** @type {Record<string, import('./extract.mjs').ElementContract>} */
  const elements = {};
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  for (const declaration of declarations.filter((d) => d.customElement && d.tagName)) {
    elements[/** @type {string} */ (declaration.tagName)] = elementContract(declaration);
  }
  const tags = Object.keys(elements).sort();
  return {
    version,
    elements: Object.fromEntries(tags.map((tag) => [tag, elements[tag]])),
    tokens: sorted(tokens),
    texts: sorted(texts),
  };
}

/**
 * Every name of a contract as one line each ("bf-text-field attribute label", "token --bf-color-primary",
 * "text required"), so two contracts compare as sets.
 * @param {import('./extract.mjs').PublicContract} contract
 * @returns {string[]}
 */
export function contractEntries(contract) {
  const entries = [];
  for (const [tag, element] of Object.entries(contract.elements)) {
    entries.push(`element ${tag}`);
    for (const kind of ELEMENT_KINDS) {
      const singular = kind.replace(/ies$/u, 'y').replace(/s$/u, '');
      for (const name of element[kind] ?? []) entries.push(`${tag} ${singular} ${name}`);
    }
  }
  for (const token of contract.tokens) entries.push(`token ${token}`);
  for (const text of contract.texts) entries.push(`text ${text}`);
  return entries;
}
