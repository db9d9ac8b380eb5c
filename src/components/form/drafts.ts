import { nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { DraftController, DraftHost, DraftStatus } from './draft-controller.js';

type DraftView = typeof import('./draft-view.js');

const OFF: DraftStatus = { kind: 'off' };

/**
 * `bf-form`'s drafts (see `DraftController`, whose API this is), loaded when the form first has a
 * `draft-key` and a `draftStore`: a form without drafts never fetches the controller, its view or
 * its texts. An answer changed while it loads is saved once it is there.
 */
export class Drafts implements ReactiveController {
  readonly #host: DraftHost;
  readonly #restoredOnLoad?: () => Promise<boolean>;
  #controller: DraftController | null = null;
  #view: DraftView | null = null;
  #loading: Promise<DraftController | null> | null = null;
  /** An answer changed while the controller was loading. */
  #changed = false;

  /** `restoredOnLoad`: whether a reload already put the answers back (a draft is then not offered). */
  constructor(host: DraftHost, restoredOnLoad?: () => Promise<boolean>) {
    this.#host = host;
    this.#restoredOnLoad = restoredOnLoad;
    host.addController(this);
  }

  /** Where the draft stands now. */
  get status(): DraftStatus {
    return this.#controller?.status ?? OFF;
  }

  /** Settles once the store has been asked for a draft to offer (after the key or store changed). */
  get ready(): Promise<void> {
    return this.#then((drafts) => drafts.ready);
  }

  /** Settles when the store has no save in hand (tests, and a host that waits before it navigates). */
  get settled(): Promise<void> {
    return this.#then((drafts) => drafts.settled);
  }

  /** Whether the latest answers are not saved yet (a save is waiting or under way, or the store failed). */
  get hasUnsavedChanges(): boolean {
    return this.#controller?.hasUnsavedChanges ?? this.#changed;
  }

  /** Whether drafts are on (a key and a store). */
  get enabled(): boolean {
    return Boolean(this.#host.draftKey && this.#host.draftStore);
  }

  /** "Fortsæt med kladden": every answer that still fits, and the step it was on. */
  resume(): Promise<void> {
    return this.#then((drafts) => drafts.resume());
  }

  /** "Start forfra": the draft is thrown away. */
  startOver(): Promise<void> {
    return this.#then((drafts) => drafts.startOver());
  }

  /** Saves now ("Gem kladde", a step change). */
  save(): Promise<void> {
    return this.#then((drafts) => drafts.save());
  }

  /** Removes the draft (after sending, on "Log af" from a browser store, "Start forfra"). */
  clear(): Promise<void> {
    return this.#then((drafts) => drafts.clear());
  }

  /** The offer of a draft or a store's failure, above the form. */
  renderNotice(localize: LocalizeController): TemplateResult | typeof nothing {
    return this.#view && this.#controller
      ? this.#view.renderDraftNotice(this.#controller, localize)
      : nothing;
  }

  /** "Gem kladde" and "Gemt kl. …", below the form. */
  renderBar(localize: LocalizeController): TemplateResult | typeof nothing {
    return this.#view && this.#controller ? this.#view.renderDraftBar(this.#controller, localize) : nothing;
  }

  /** Loads the controller the first time the form has drafts on (answers typed meanwhile are noted). */
  hostUpdated(): void {
    const form = this.#host.form;
    if (this.#loading || !this.enabled || !form) return;
    form.addEventListener('input', this.#onChange);
    form.addEventListener('change', this.#onChange);
    this.#loading = import('./draft-view.js').then(
      (view) => {
        form.removeEventListener('input', this.#onChange);
        form.removeEventListener('change', this.#onChange);
        const drafts = new view.DraftController(this.#host, this.#restoredOnLoad);
        drafts.hostUpdated(); // looks for a draft to offer now (later updates reach it as the host's controller)
        if (this.#changed) drafts.changed();
        this.#controller = drafts;
        this.#view = view;
        this.#host.requestUpdate();
        return drafts;
      },
      () => {
        // Not loaded (the connection went): the form works on without drafts, the leave guard asks
        // before answers typed meanwhile are left, and the form's next update tries again.
        this.#loading = null;
        return null;
      },
    );
  }

  /** `act` on the controller once it is loaded; nothing while drafts were never on. */
  async #then(act: (drafts: DraftController) => Promise<void>): Promise<void> {
    const drafts = this.#controller ?? (await this.#loading);
    if (drafts) await act(drafts);
  }

  readonly #onChange = (): void => {
    this.#changed = true;
  };
}
