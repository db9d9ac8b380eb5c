// The CDN entry: one file with Lit inside that registers every element and exports the runtime API a
// page needs from script (element classes, text overrides, address providers). Build-time tools
// (theme contrast check, catalogue lint) and demo data stay out of it.
import './define/all.js';

export { defineElement } from './base/define.js';
export { BfFormControl } from './base/form-control.js';
export { BfTextField } from './components/text-field/text-field.js';
export { BfTextarea } from './components/textarea/textarea.js';
export { BfCheckbox } from './components/checkbox/checkbox.js';
export { BfOption } from './components/option/option.js';
export { BfSelect } from './components/select/select.js';
export { BfRadioGroup } from './components/radio-group/radio-group.js';
export { BfCheckboxGroup } from './components/checkbox-group/checkbox-group.js';
export { BfDateInput } from './components/date-input/date-input.js';
export { BfFileUpload } from './components/file-upload/file-upload.js';
export { BfStoredFile } from './components/stored-file/stored-file.js';
export { BfCprInput } from './components/cpr-input/cpr-input.js';
export { BfCvrInput } from './components/cvr-input/cvr-input.js';
export { BfPhoneInput } from './components/phone-input/phone-input.js';
export { BfPrefilled, PREFILL_CHANGED_ENTRY } from './components/prefilled/prefilled.js';
export { BfAddressInput } from './components/address-input/address-input.js';
export { BfForm } from './components/form/form.js';
export { BfErrorSummary } from './components/error-summary/error-summary.js';
export { BfSummary } from './components/summary/summary.js';
export { BfSummaryEditEvent } from './events/summary-edit.js';
export { BfWizard } from './components/wizard/wizard.js';
export { BfStep } from './components/wizard/step.js';
export { BfStepIndicator } from './components/step-indicator/step-indicator.js';
export { BfReceipt } from './components/receipt/receipt.js';
export { BfIntro } from './components/intro/intro.js';
export { BfHeader } from './components/header/header.js';
export { BfFooter } from './components/footer/footer.js';
export { BfLogoutEvent } from './events/logout.js';
export { BfSessionTimeout } from './components/session-timeout/session-timeout.js';
export { BfSessionExpiredEvent, BfSessionExtendEvent } from './events/session.js';
export { IndexedDbDraftStore } from './drafts/indexeddb-draft-store.js';
export { HttpDraftStore } from './drafts/http-draft-store.js';
export { DraftStoreError } from './drafts/draft-store.js';
export { BfAlert } from './components/alert/alert.js';
export { BfDetails } from './components/details/details.js';
export { BfFieldset } from './components/fieldset/fieldset.js';
export { BfStepChangeEvent } from './events/step-change.js';
export { BfSubmitEvent, BfSubmittedEvent } from './events/submit.js';
export { BfPrefillEditEvent } from './events/prefill-edit.js';
export { AddressProviderError } from './address/address-provider.js';
export { HttpAddressProvider } from './address/http-address-provider.js';
export { OfflineAddressProvider } from './address/offline-address-provider.js';
export { configureMessages, registerCatalogue } from './i18n/registry.js';
