/**
 * The base of Borgerform's plain custom elements (`bf-option`, `bf-stored-file`): `HTMLElement`, or,
 * where there is none (Node rendering on the server, which has no global DOM), an empty stand-in, so
 * that the modules still import and register. On the server those elements are never made: their
 * groups read them, and the server renderer writes them out as they are (`src/ssr/`).
 */
export const HTMLElementBase: typeof HTMLElement =
  globalThis.HTMLElement ?? (class {} as unknown as typeof HTMLElement);
