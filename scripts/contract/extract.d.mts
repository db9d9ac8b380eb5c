// Types of extract.mjs for the TypeScript tests.
/** The parts of a custom-elements.json declaration the contract reads. */
export interface ManifestDeclaration {
  name?: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  members?: { kind: string; name: string; static?: boolean; privacy?: string }[];
  events?: { name?: string; description?: string }[];
  slots?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  cssStates?: { name: string }[];
}

/** The parts of custom-elements.json the contract reads. */
export interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

export const ELEMENT_KINDS: readonly [
  'attributes',
  'properties',
  'events',
  'slots',
  'cssParts',
  'cssProperties',
  'cssStates',
];

/** One element's public names, each list sorted. */
export type ElementContract = Record<(typeof ELEMENT_KINDS)[number], string[]>;

/** The public contract of one version (contract/public-contract.json). */
export interface PublicContract {
  version: string;
  elements: Record<string, ElementContract>;
  tokens: string[];
  texts: string[];
}

export function elementContract(declaration: ManifestDeclaration): ElementContract;
export function buildContract(sources: {
  manifest: Manifest;
  tokens: readonly string[];
  texts: readonly string[];
  version: string;
}): PublicContract;
export function contractEntries(contract: PublicContract): string[];
