// What the Docs page reads from custom-elements.json about one element: its summary and description.
import manifest from '../custom-elements.json';

interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
}

/** The manifest's declaration of the element `tag`, or `undefined` when it has none. */
export function declarationOf(tag: string): Declaration | undefined {
  for (const module of manifest.modules as { declarations?: Declaration[] }[])
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tag) return declaration;
  return undefined;
}
