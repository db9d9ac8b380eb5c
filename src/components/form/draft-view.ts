import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import '../../define/alert.js'; // the offer and the warnings are bf-alerts
import { sentTime } from '../receipt/sent-time.js';
import type { DraftFailureKind } from '../../drafts/draft-store.js';
import { draftMessages, type draftDa } from '../../i18n/messages/draft.js';
import { registerMessages } from '../../i18n/registry.js';
import type { DraftController } from './draft-controller.js';

/** What `bf-form` loads when its drafts are first on (see `Drafts`): the controller, and this view. */
export { DraftController } from './draft-controller.js';

registerMessages(draftMessages);

type DraftMessageKey = keyof typeof draftDa;

/** The warning for a store's failure: what happened, and that filling in and sending go on. */
function failureMessage(reading: boolean, cause: DraftFailureKind): DraftMessageKey {
  if (reading) return cause === 'offline' ? 'draftLoadFailedOffline' : 'draftLoadFailed';
  const byCause: Record<DraftFailureKind, DraftMessageKey> = {
    unavailable: 'draftSaveFailed',
    quota: 'draftSaveFailedQuota',
    offline: 'draftSaveFailedOffline',
    server: 'draftSaveFailedServer',
    timeout: 'draftSaveFailedTimeout',
  };
  return byCause[cause];
}

/**
 * What `bf-form` shows of its draft above the form: the offer of a draft found on arrival, or a
 * warning when the store failed (filling in goes on).
 */
export function renderDraftNotice(
  drafts: DraftController,
  localize: LocalizeController,
): TemplateResult | typeof nothing {
  const status = drafts.status;
  if (status.kind === 'failed')
    return html`<bf-alert part="draft-alert" class="alert" variant="warning">${localize.term(
      failureMessage(status.reading, status.cause),
    )}</bf-alert>`;
  if (status.kind === 'elsewhere') {
    const when = sentTime(new Date(status.savedAt));
    return html`<bf-alert part="draft-alert" class="alert" variant="info">${localize.term('draftElsewhere', {
      time: when?.time ?? '',
    })}</bf-alert>`;
  }
  if (status.kind !== 'offer') return nothing;
  const when = sentTime(new Date(status.savedAt)) ?? { date: '', time: '' };
  return html`<bf-alert part="draft-offer" class="alert" variant="info"
    ><p class="draft-text">${localize.term('draftFound', when)}</p>
    <div class="draft-actions">
      <button class="draft-continue" type="button" @click=${() => void drafts.resume()}>${localize.term(
        'draftContinue',
      )}</button>
      <button class="draft-start-over" type="button" @click=${() => void drafts.startOver()}>${localize.term(
        'draftStartOver',
      )}</button>
    </div></bf-alert
  >`;
}

/** Below the form: "Gem kladde" and the quiet "Gemt kl. 10.42" (a polite status, after each save). */
export function renderDraftBar(
  drafts: DraftController,
  localize: LocalizeController,
): TemplateResult | typeof nothing {
  if (!drafts.enabled || drafts.status.kind === 'off' || drafts.status.kind === 'offer') return nothing;
  const status = drafts.status;
  const saved = status.kind === 'saved' ? sentTime(new Date(status.savedAt)) : null;
  return html`<div part="draft-bar" class="draft-bar">
    <button part="draft-save" class="draft-save" type="button" @click=${() => void drafts.save()}>${localize.term(
      'draftSave',
    )}</button>
    <span part="draft-status" class="draft-status" role="status">${
      saved ? localize.term('draftSaved', { time: saved.time }) : ''
    }</span>
  </div>`;
}
