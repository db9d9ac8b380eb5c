import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { BfFormControl, CONTROL_ID } from '../../base/form-control.js';
import { errorIcon } from '../../base/icons.js';
import { warnOnce } from '../../base/warn.js';
import { describeAccept, fileSizeParts, parseFileSize, selectFiles } from '../../domain/files.js';
import { fileValidators } from '../../validation/file-validators.js';
import type { Validator } from '../../validation/validator.js';
import { fileUploadStyles } from './file-upload.styles.js';
import { DropZoneController } from './drop-zone.js';
import { renderFileList, type ListedFile } from './file-list.js';
import { groupRejections, rejectionText, SIZE_KEYS, type Rejection } from './rejections.js';
import { removedReferences, StoredFilesController, uploadEntries, type StoredFile } from './stored-files.js';
import { fileUploadMessages } from '../../i18n/messages/file-upload.js';
import { registerMessages } from '../../i18n/registry.js';

registerMessages(fileUploadMessages);

export { fileRequiredValidator } from '../../validation/file-validators.js';

/**
 * A file upload field (DKFDS *filupload*): label, hint, error message, the native file picker inside
 * a drop zone, and the list of chosen files with a "Fjern" button each, in one shadow root. The
 * chosen files are submitted with the surrounding `<form>` as `File` entries under `name`, one per
 * file (a plain POST needs `enctype="multipart/form-data"`, as with a native file input).
 *
 * The native `<input type="file">` is the real control: it is labelled by the field label, takes
 * focus and opens the picker with Enter or Space, and on phones offers the camera through `accept`
 * and `capture`. It covers the drop zone invisibly, and the zone draws it as a DKFDS button
 * ("Vælg fil"). Dragging files onto the zone is an extra that goes through the same checks.
 *
 * Every chosen file is checked: type by name AND MIME type (`accept`), not empty, size at most
 * `max-size`, count at most `max-files`. A rejected file is not added; the error area says why, in
 * DKFDS wording with the file's name, and a polite live region announces it, followed by how many
 * files are chosen ("2 filer valgt"). Rejections do not block the form (the file was never added,
 * as a rejected upload is never stored); they stay until the next pick, removal or reset.
 *
 * The files live in the element (`files`), and the element's form value is built from them. A
 * `FileList` cannot be edited, so after every pick, drop and removal the native input's files are
 * rebuilt from the list through a `DataTransfer`; what the native control tells assistive
 * technology ("2 files") stays true, and a removed file can be picked again. With `multiple` each
 * pick adds to the list; without it a new pick replaces the chosen file (a rejected pick keeps it).
 * `value` holds the listed files' names, comma-separated, for summaries and drafts; it is not
 * submitted, and setting it chooses nothing.
 *
 * **Files the server already holds** (after a failed submit, or from a draft) are written as
 * children: `<bf-stored-file reference="…" size="182044">lejekontrakt.pdf</bf-stored-file>`. They are
 * listed first, like chosen files, count toward `required`, `max-files` and `max-total-size`, and
 * submit their reference under `<name>-kept`; a removed one submits it under `<name>-removed`.
 * Without `multiple`, a new pick replaces a stored file as it replaces a chosen one.
 *
 * The native input is not marked `required`: an empty required file input is exposed as invalid
 * before the citizen has done anything. The required rule runs in the element (`valueMissing`).
 *
 * @tagname bf-file-upload
 * @summary File picker with drop zone, type/size/count checks, a list of chosen files and live status.
 * @slot hint - Rich hint content (a link, a list). Plain text goes in the `hint` attribute.
 * @csspart drop-zone - The area around the picker that also takes dropped files.
 * @csspart input - The native `<input type="file">` (invisible, covering the drop zone).
 * @csspart choose - The button-like "Vælg fil" text drawn for the native input.
 * @csspart drop-text - The "eller træk filen hertil" text.
 * @slot - `<bf-stored-file>` children: files the server already holds (not shown themselves; listed by the field).
 * @csspart file-list - The list of chosen files.
 * @csspart file - One chosen file: name, size and remove button.
 * @csspart file-name - A chosen file's name.
 * @csspart file-size - A chosen file's size ("2,5 MB").
 * @csspart remove - A chosen file's "Fjern" button.
 * @cssprop --bf-input-border-color - Border colour of the drop zone.
 * @cssprop --bf-input-background - Background of the drop zone.
 * @cssprop --bf-button-background - Colour of the "Vælg fil" and "Fjern" buttons.
 * @fires input - The list of chosen files changed (a pick, a drop or a removal).
 * @fires change - The list of chosen files changed (a pick, a drop or a removal).
 */
export class BfFileUpload extends BfFormControl {
  static override styles = [...BfFormControl.styles, fileUploadStyles];

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /**
   * The accepted types, as HTML's `accept`: extensions and MIME types, wildcards allowed
   * (`.pdf,.jpg,.png`, `image/*`). Also filters the native picker. Empty: every type.
   */
  @property({ initial: '' }) accept!: string;

  /** The largest size of one file: bytes (`5000000`) or with a unit (`500kB`, `10MB`; 1 kB = 1000 bytes). */
  @property({ attribute: 'max-size' }) maxSize?: string | number;

  /** The most files in total (with `multiple`), counting files the server holds. */
  @property({ type: Number, attribute: 'max-files' }) maxFiles?: number;

  /**
   * The largest size of all files together, counting files the server holds: bytes or with a unit
   * (`20MB`). A file that would take the total over it is not added.
   */
  @property({ attribute: 'max-total-size' }) maxTotalSize?: string | number;

  /** More than one file may be chosen; each pick adds to the list. */
  @property({ type: Boolean, reflect: true, initial: false }) multiple!: boolean;

  /**
   * Passed to the native input: on phones, open the camera directly (`environment`: the rear
   * camera, `user`: the front camera). Use with `accept="image/*"`.
   */
  @property() capture?: string;

  /** The chosen files, in the order chosen. Read-only: the citizen picks, drops and removes them. */
  get files(): readonly File[] {
    return this.chosen;
  }

  /** The files the server holds (`<bf-stored-file>` children) that the citizen has not removed. */
  get storedFiles(): readonly StoredFile[] {
    const removed = this.removed;
    return this.#stored.files.filter((file) => !removed.includes(file.reference));
  }

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  /** The native file input. */
  @query(`#${CONTROL_ID}`) protected readonly inputNode!: HTMLInputElement | null;

  protected override get builtInValidators(): readonly Validator<this>[] {
    return fileValidators;
  }

  /**
   * One `File` entry per chosen file under `name`, the reference of each kept stored file under
   * `<name>-kept` and of each removed one under `<name>-removed`; nothing when there is none.
   */
  protected override get formValue(): FormData | null {
    const removed = this.#stored.files.filter((file) => this.removed.includes(file.reference));
    return uploadEntries(this.name, this.chosen, this.storedFiles, removed);
  }

  /** The same entries, so back/forward and reload bring back the chosen files and the removals. */
  protected override get formState(): FormData | null {
    return this.formValue;
  }

  /** The field's error and the rejections of the last pick, each its own line. */
  protected get errorMessages(): string[] {
    const failure = super.errorText;
    const rejections =
      this.isDisabled || this.readonly ? [] : this.rejections.map((r) => this.rejectionText(r));
    return failure ? [failure, ...rejections] : rejections;
  }

  protected override get errorText(): string {
    return this.errorMessages.join(' ');
  }

  /** The text for one rejection. */
  protected rejectionText(rejection: Rejection): string {
    return rejectionText(rejection, {
      term: (key, params) => this.localize.term(key, params),
      locale: this.localize.locale,
      acceptedTypes: () => this.acceptedTypes,
      maxSize: () => this.formatSize(this.#bytes(this.maxSize, 'max-size') ?? 0),
      maxTotalSize: () => this.formatSize(this.#bytes(this.maxTotalSize, 'max-total-size') ?? 0),
      maxFiles: this.#maxCount ?? 0,
    });
  }

  /** A size for people in the element's language: "2,5 MB" (units from the catalogue, decimal: 1 kB = 1000 bytes). */
  protected formatSize(bytes: number): string {
    const { value, unit } = fileSizeParts(bytes);
    return this.localize.term(SIZE_KEYS[unit], { size: value });
  }

  /** In a summary: each listed file (held by the server, then chosen) as "name (size)". */
  protected override get displayValue(): string {
    return [...this.storedFiles, ...this.files]
      .map((file) => this.localize.term('summaryFile', { name: file.name, size: this.formatSize(file.size) }))
      .join(', ');
  }

  /** The accepted types for people: "PDF, JPG eller PNG". */
  protected get acceptedTypes(): string {
    return describeAccept(this.accept, this.localize.locale, {
      image: this.localize.term('fileKindImage'),
      audio: this.localize.term('fileKindAudio'),
      video: this.localize.term('fileKindVideo'),
    });
  }

  /** Whether the citizen can change the files now. */
  protected get canChange(): boolean {
    return !this.isDisabled && !this.readonly;
  }

  protected override renderError(): TemplateResult | typeof nothing {
    const messages = this.errorMessages;
    if (messages.length === 0) return nothing;
    const prefix = this.localize.term('errorPrefix');
    return html`<div part="error" class="error" id="error" lang=${this.localize.textLang ?? nothing}>${errorIcon}<div
      class="messages">${messages.map((message) => html`<p class="message"><span class="visually-hidden">${prefix} </span>${message}</p>`)}</div></div>`;
  }

  protected override renderControl(): TemplateResult {
    const invalid = this.errorText !== '';
    const many = this.multiple;
    return html`<div part="drop-zone" class="zone ${this.#dropZone.dragging ? 'dragging' : ''} ${invalid ? 'invalid' : ''}"
        @dragenter=${this.#dropZone.onDragOver} @dragover=${this.#dropZone.onDragOver} @dragleave=${this.#dropZone.onDragLeave} @drop=${this.#dropZone.onDrop}>
        <input part="input" class="file-input" id="control" type="file"
          accept=${this.accept || nothing}
          capture=${this.capture ?? nothing}
          ?multiple=${many}
          ?disabled=${!this.canChange}
          aria-describedby=${this.describedBy || nothing}
          aria-invalid=${invalid ? 'true' : nothing}
          @input=${this.#stop}
          @change=${this.#onPick}
        />
        <span part="choose" class="button choose" aria-hidden="true">${this.localize.term(many ? 'fileChooseMany' : 'fileChooseOne')}</span>
        <span part="drop-text" class="drop-text" aria-hidden="true">${this.localize.term(many ? 'fileDropMany' : 'fileDropOne')}</span>
      </div>
      ${this.renderFileList()}
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }

  /** The listed files (stored ones first, then chosen ones): name, size and a "Fjern" button each. */
  protected renderFileList(): TemplateResult | typeof nothing {
    return renderFileList({
      files: this.#listed(),
      canChange: this.canChange,
      label: this.localize.term('fileListLabel'),
      removeText: this.localize.term('fileRemove'),
      removeLabel: (name) => this.localize.term('fileRemoveLabel', { name }),
      formatSize: (bytes) => this.formatSize(bytes),
      onRemove: (file) => void this.#remove(file),
    });
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  /** The chosen files. */
  @state() private chosen: readonly File[] = [];

  /** The references of the stored files the citizen removed. */
  @state() private removed: readonly string[] = [];

  /** The `<bf-stored-file>` children. */
  readonly #stored = new StoredFilesController(this, () => this.#onStoredChange());

  /** Why files of the last pick were not added. */
  @state() private rejections: readonly Rejection[] = [];

  /** The text of the polite live region. */
  @state({ initial: '' }) private announcement!: string;

  /** Files dragged onto the drop zone. */
  readonly #dropZone = new DropZoneController(
    this,
    () => this.canChange,
    (files) => this.#take(files),
  );

  /** A size attribute in bytes; `undefined` for no limit (or a limit that cannot be read, with a warning). */
  #bytes(size: string | number | undefined | null, attribute: string): number | undefined {
    if (size === undefined || size === null || size === '') return undefined;
    const parsed = parseFileSize(size);
    if (parsed.ok) return parsed.bytes;
    warnOnce(
      `<${this.localName}> has ${attribute}="${String(size)}", which is not a size. Write bytes or a size such as "500kB" or "10MB".`,
    );
    return undefined;
  }

  /** Every listed file: the kept stored ones, then the chosen ones. */
  #listed(): ListedFile[] {
    return [
      ...this.storedFiles.map((file) => ({ key: file, name: file.name, size: file.size })),
      ...this.chosen.map((file) => ({ key: file, name: file.name, size: file.size })),
    ];
  }

  /** The names of the listed files, for `value`. */
  #names(): string {
    return this.#listed()
      .map((file) => file.name)
      .join(', ');
  }

  /** The stored files were read (at connection or after a change in the page): the value and status follow. */
  #onStoredChange(): void {
    this.value = this.#names();
    if (this.storedFiles.length > 0 && !this.announcement) this.announcement = this.#countText();
  }

  /** How many files may be chosen: 1 without `multiple`. */
  get #maxCount(): number | undefined {
    if (!this.multiple) return 1;
    const max = this.maxFiles;
    return max !== undefined && Number.isFinite(max) && max >= 1 ? Math.floor(max) : undefined;
  }

  /** Takes picked or dropped files through the checks, then updates list, value, status and events. */
  #take(incoming: readonly File[]): void {
    if (!this.canChange || incoming.length === 0) return;
    const many = this.multiple;
    const { accepted, rejected } = selectFiles(many ? [...this.storedFiles, ...this.chosen] : [], incoming, {
      accept: this.accept,
      maxSize: this.#bytes(this.maxSize, 'max-size'),
      maxFiles: this.#maxCount,
      maxTotalSize: this.#bytes(this.maxTotalSize, 'max-total-size'),
    });
    const rejections = groupRejections(rejected);
    this.rejections = rejections;
    if (accepted.length > 0) {
      // Without `multiple`, the new file replaces the one listed, stored or chosen.
      if (!many) this.removed = this.#stored.files.map((file) => file.reference);
      this.#setFiles(many ? [...this.chosen, ...accepted] : accepted);
    }
    this.#announce(rejections.map((r) => this.rejectionText(r)));
    if (accepted.length > 0) this.#fireChange();
  }

  async #remove(file: ListedFile): Promise<void> {
    const index = this.#listed().findIndex((listed) => listed.key === file.key);
    if (!this.canChange || index < 0) return;
    this.rejections = [];
    const stored = this.#stored.files.find((candidate) => candidate === file.key);
    if (stored) this.removed = [...this.removed, stored.reference];
    this.#setFiles(this.chosen.filter((chosen) => chosen !== file.key));
    this.#announce([this.localize.term('fileRemoved', { name: file.name })]);
    this.#fireChange();
    await this.updateComplete;
    // Focus goes to the remove button now in the same place (the next file's), else the previous
    // file's, else the picker.
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.remove')];
    (buttons[Math.min(index, buttons.length - 1)] ?? this.inputNode)?.focus();
  }

  #setFiles(files: readonly File[]): void {
    this.chosen = files;
    // The value mirrors the names (for summaries); the change that follows ends a server error.
    this.commitValue(this.#names());
  }

  /** Announces the messages followed by the count, politely; a repeat is still announced. */
  #announce(messages: readonly string[]): void {
    const text = [...messages, this.#countText()].join('. ');
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  /** "3 filer valgt" (stored and chosen), or "Ingen filer valgt". */
  #countText(): string {
    const count = this.storedFiles.length + this.chosen.length;
    return count === 0 ? this.localize.term('fileNone') : this.localize.term('fileCount', { count });
  }

  #fireChange(): void {
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.redispatchChange();
  }

  /** The native input's own `input` event would cross the shadow root before the checks ran. */
  #stop(event: Event): void {
    event.stopPropagation();
  }

  #onPick(event: Event): void {
    this.#take([...((event.target as HTMLInputElement).files ?? [])]);
    this.#syncNativeFiles(); // a pick replaces the input's files: put back the list (also after a cancel)
  }

  /**
   * Gives the native input the chosen files, so that what it exposes (its value, "2 files" or the
   * file name in the browser's words) is true. `FileList` has no constructor: a `DataTransfer` builds
   * one. A browser without the `DataTransfer` constructor gets an empty input; the list is the truth.
   */
  #syncNativeFiles(): void {
    const input = this.inputNode;
    if (!input) return;
    try {
      const transfer = new DataTransfer();
      // A held file is named by an empty stand-in: this input is inside the shadow root and never
      // submitted, so it only tells assistive technology what is chosen ("3 files", not "No file chosen").
      for (const file of this.storedFiles) transfer.items.add(new File([], file.name, { type: file.type }));
      for (const file of this.chosen) transfer.items.add(file);
      input.files = transfer.files;
    } catch {
      input.value = '';
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('chosen') || changed.has('removed') || changed.has('value')) this.#syncNativeFiles();
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.chosen = [];
    this.removed = [];
    this.rejections = [];
    this.announcement = this.storedFiles.length > 0 ? this.#countText() : '';
    this.#dropZone.reset();
    this.value = this.#names();
  }

  override formStateRestoreCallback(state: string | File | FormData | null): void {
    if (state instanceof FormData) {
      this.chosen = state.getAll(this.name).filter((entry): entry is File => entry instanceof File);
      this.removed = removedReferences(state, this.name);
      this.value = this.#names();
    }
  }
}
