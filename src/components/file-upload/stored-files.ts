import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isInside, LightDomObserver } from '../../base/light-dom-observer.js';
import { BfStoredFile, storedFileSize } from '../stored-file/stored-file.js';
import { optionText } from '../option/option.js';

/** A file the server already holds, as `bf-file-upload` reads it from a `<bf-stored-file>` child. */
export interface StoredFile {
  /** The `<bf-stored-file>` element. */
  readonly element: Element;
  /** The server's opaque reference. */
  readonly reference: string;
  /** The file name (the element's text), to be rendered as text. */
  readonly name: string;
  /** Size in bytes. */
  readonly size: number;
  /** MIME type, '' when unknown. */
  readonly type: string;
}

/** Whether an element is a stored file: `<bf-stored-file>`, or a fork's subclass under its own tag. */
export function isStoredFileElement(element: Element): boolean {
  return element.localName === 'bf-stored-file' || element instanceof BfStoredFile;
}

/**
 * The host's stored files, in document order, read from attributes and text; an entry without a
 * `reference`, or with one already listed, is left out (it could be neither kept nor removed).
 */
export function readStoredFiles(host: Element): StoredFile[] {
  const files: StoredFile[] = [];
  const seen = new Set<string>();
  for (const element of host.children) {
    if (!isStoredFileElement(element)) continue;
    const reference = element.getAttribute('reference') ?? '';
    if (!reference || seen.has(reference)) continue;
    seen.add(reference);
    files.push({
      element,
      reference,
      name: optionText(element),
      size: storedFileSize(element.getAttribute('size')),
      type: element.getAttribute('type') ?? '',
    });
  }
  return files;
}

/**
 * The form entries of an upload field: each new file under `name`, each stored file the citizen
 * kept under `<name>-kept` and each one removed under `<name>-removed` (its reference), so a plain
 * back end sees what to keep, what to add and what to delete. `null` when there is nothing to send.
 */
export function uploadEntries(
  name: string,
  chosen: readonly File[],
  kept: readonly StoredFile[],
  removed: readonly StoredFile[],
): FormData | null {
  if (!name || chosen.length + kept.length + removed.length === 0) return null;
  const data = new FormData();
  for (const file of chosen) data.append(name, file);
  for (const file of kept) data.append(`${name}-kept`, file.reference);
  for (const file of removed) data.append(`${name}-removed`, file.reference);
  return data;
}

/** The references a restored form state marks as removed (see `uploadEntries`). */
export function removedReferences(state: FormData, name: string): string[] {
  return state.getAll(`${name}-removed`).filter((entry): entry is string => typeof entry === 'string');
}

/**
 * Reads the host's `<bf-stored-file>` children and keeps them current: a stored file added, removed,
 * renamed or given another reference re-reads the list, calls `onChange` and re-renders the host.
 */
export class StoredFilesController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onChange: () => void;
  #files: readonly StoredFile[] = [];
  readonly #observer: LightDomObserver;

  constructor(host: ReactiveControllerHost & HTMLElement, onChange: () => void) {
    this.#host = host;
    this.#onChange = onChange;
    this.#observer = new LightDomObserver(host, (records) => this.#onMutations(records));
    host.addController(this);
  }

  /** Every stored file, removed or not, in document order. */
  get files(): readonly StoredFile[] {
    return this.#files;
  }

  hostConnected(): void {
    this.#observer.observe();
    this.#read();
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  #read(): void {
    this.#files = readStoredFiles(this.#host);
    this.#onChange();
    this.#host.requestUpdate();
  }

  /** Only changes inside stored-file children matter (not a slotted hint's). */
  #onMutations(records: MutationRecord[]): void {
    const host = this.#host;
    const relevant = records.some(
      (record) =>
        (record.type === 'childList' && record.target === host) ||
        isInside(record, host, isStoredFileElement),
    );
    if (relevant) this.#read();
  }
}
