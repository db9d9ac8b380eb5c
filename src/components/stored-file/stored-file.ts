import { HTMLElementBase } from '../../base/html-element.js';
import { optionText } from '../option/option.js';

/**
 * A file the server (or a draft) already holds, written as a child of `bf-file-upload` so that a page
 * sent back after a failed submit still lists what the citizen attached:
 * `<bf-stored-file reference="f8c2…" size="182044" type="application/pdf">lejekontrakt.pdf</bf-stored-file>`.
 * A browser cannot put a file back into a file input; this is how the field shows it anyway.
 *
 * The upload field lists it like a freshly chosen file (name, size, a "Fjern" button), counts it
 * toward `max-files`, `max-total-size` and `required`, and submits its `reference` under
 * `<name>-kept`, or under `<name>-removed` once the citizen removed it. The reference is opaque: the
 * server chose it and must check it belongs to this citizen's session; it is never a path, and the
 * name is only for people (`docs/server-round-trip.md`). The text is read as text, never as HTML.
 *
 * Like `bf-option`, a plain custom element with no shadow root and no rendering: the field reads its
 * attributes, so it works the same from HTML or script, and before it is registered.
 *
 * @tagname bf-stored-file
 * @summary A file the server already holds (name, size, opaque reference), listed by bf-file-upload.
 * @attr reference - The server's opaque reference for the file (required; an entry without one is ignored).
 * @attr size - The size in bytes, shown as "2,5 MB".
 * @attr type - The MIME type, if known (used to tell the same file chosen again).
 */
export class BfStoredFile extends HTMLElementBase {
  /** The server's opaque reference ('' when missing). */
  get reference(): string {
    return this.getAttribute('reference') ?? '';
  }
  set reference(reference: string) {
    this.setAttribute('reference', reference);
  }

  /** The size in bytes (0 when missing or not a number). */
  get size(): number {
    return storedFileSize(this.getAttribute('size'));
  }
  set size(size: number) {
    this.setAttribute('size', String(size));
  }

  /** The MIME type ('' when unknown). */
  get type(): string {
    return this.getAttribute('type') ?? '';
  }
  set type(type: string) {
    this.setAttribute('type', type);
  }

  /** The file name: the element's text, whitespace collapsed. */
  get name(): string {
    return optionText(this);
  }
}

/** A `size` attribute as bytes: a whole, non-negative number, else 0. */
export function storedFileSize(attribute: string | null): number {
  const size = Number(attribute ?? '');
  return Number.isSafeInteger(size) && size >= 0 ? size : 0;
}
