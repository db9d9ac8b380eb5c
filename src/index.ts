// The package's main entry: classes and utilities, no registration (import `borgerform/define/*.js`
// or the CDN file for that).
export { BfFormControl, type Marking } from './base/form-control.js';
export { defineElement } from './base/define.js';
export { InteractionController } from './base/interaction-controller.js';
export { localTodayIso, type Clock } from './base/clock.js';
export { BfTextField, type TextFieldType, type TextFieldWidth } from './components/text-field/text-field.js';
export { BfCprInput } from './components/cpr-input/cpr-input.js';
export { BfCvrInput } from './components/cvr-input/cvr-input.js';
export { BfPhoneInput } from './components/phone-input/phone-input.js';
export { BfPostcodeInput, POSTCODE_CITY_SUFFIX } from './components/postcode-input/postcode-input.js';
export {
  BfBankAccount,
  BANK_ACCOUNT_PARTS,
  type BankAccountPart,
} from './components/bank-account/bank-account.js';
export { BfPrefilled, PREFILL_CHANGED_ENTRY } from './components/prefilled/prefilled.js';
export { BfPrefillEditEvent, type BfPrefillEditDetail } from './events/prefill-edit.js';
export {
  BfSubmitEvent,
  BfSubmittedEvent,
  type BfSubmittedDetail,
  type SubmitPayload,
  type SubmitSummaryRow,
  type SubmittedFile,
  type SubmittedValue,
} from './events/submit.js';
export { BfForm, type SubmitHandler, type SubmitResult } from './components/form/form.js';
export { BfErrorSummary } from './components/error-summary/error-summary.js';
export { BfAlert, ALERT_ANNOUNCE_DELAY, type AlertVariant } from './components/alert/alert.js';
export { BfDetails } from './components/details/details.js';
export { BfFieldset } from './components/fieldset/fieldset.js';
export { activeControls, isValidatableControl, type ValidatableControl } from './components/form/controls.js';
export { payloadValues, submitPayload, summaryRows } from './components/form/payload.js';
export { BfSummary, type SummaryFormatter } from './components/summary/summary.js';
export { BfWizard, type ExitPage, type StepEntry, type StepStatus } from './components/wizard/wizard.js';
export { BfStep, type StepPlace } from './components/wizard/step.js';
export { BfRepeat, type RepeatItem } from './components/repeat/repeat.js';
export { BfRepeatItem } from './components/repeat/repeat-item.js';
export { itemFieldName, itemsNeeded, parseItemFieldName } from './components/repeat/item-names.js';
export { BfExit } from './components/exit/exit.js';
export {
  meetsStepCondition,
  parseStepCondition,
  ruledOutByAnswers,
  type StepValues,
} from './components/wizard/step-condition.js';
export { BfStepIndicator } from './components/step-indicator/step-indicator.js';
export { BfReceipt } from './components/receipt/receipt.js';
export { BfIntro } from './components/intro/intro.js';
export { BfHeader } from './components/header/header.js';
export { BfFooter } from './components/footer/footer.js';
export { BfLogoutEvent } from './events/logout.js';
export { BfSessionTimeout, type SessionExtender } from './components/session-timeout/session-timeout.js';
export { BfSessionExpiredEvent, BfSessionExtendEvent } from './events/session.js';
export { DRAFT_SCHEMA, fittingValues, readDraft, type Draft, type DraftState } from './drafts/draft.js';
export { DraftStoreError, type DraftFailureKind, type DraftStore } from './drafts/draft-store.js';
export {
  DRAFT_PART,
  HttpDraftStore,
  type DraftFetch,
  type HttpDraftStoreOptions,
} from './drafts/http-draft-store.js';
export {
  DEFAULT_BROWSER_DRAFT_LIFETIME,
  IndexedDbDraftStore,
  type IndexedDbDraftStoreOptions,
} from './drafts/indexeddb-draft-store.js';
export { BfStepChangeEvent, type BfStepChangeDetail } from './events/step-change.js';
export { BfSummaryEditEvent, type BfSummaryEditDetail } from './events/summary-edit.js';
export type { SummaryAnswer } from './base/summary-answer.js';
export {
  BfDateInput,
  DATE_PARTS,
  type DateInputParts,
  type DatePurpose,
} from './components/date-input/date-input.js';
export { BfTextarea, COUNT_ANNOUNCE_DELAY, type TextareaClock } from './components/textarea/textarea.js';
export { BfCheckbox } from './components/checkbox/checkbox.js';
export { BfDeclaration } from './components/declaration/declaration.js';
export { BfFileUpload } from './components/file-upload/file-upload.js';
export { BfOption } from './components/option/option.js';
export { BfStoredFile } from './components/stored-file/stored-file.js';
export { readStoredFiles, type StoredFile } from './components/file-upload/stored-files.js';
export { BfSelect } from './components/select/select.js';
export { BfRadioGroup } from './components/radio-group/radio-group.js';
export { BfCheckboxGroup } from './components/checkbox-group/checkbox-group.js';
export {
  ChoiceOptionsController,
  readOptions,
  type ChoiceOption,
} from './components/choice-group/options.js';
export {
  BfAddressInput,
  ADDRESS_MIN_SEARCH_LENGTH,
  ADDRESS_PROVIDER_TIMEOUT,
  ADDRESS_SEARCH_DELAY,
  type AddressClock,
} from './components/address-input/address-input.js';
export {
  AddressProviderError,
  type Address,
  type AddressProvider,
  type AddressProviderErrorCode,
  type AddressSuggestion,
} from './address/address-provider.js';
export {
  DawaAddressProvider,
  HttpAddressProvider,
  type DawaAddressProviderOptions,
  type HttpAddressProviderOptions,
} from './address/dawa-address-provider.js';
export type { FetchFunction } from './address/http-json.js';
export {
  AdressevaelgerProvider,
  ADRESSEVAELGER_MAX_TEXT,
  type AdressevaelgerProviderOptions,
} from './address/adressevaelger-provider.js';
export {
  OfflineAddressProvider,
  type OfflineAddressProviderOptions,
} from './address/offline-address-provider.js';
export { sampleAddresses } from './address/sample-addresses.js';
export * from './i18n/index.js';
export * from './validation/index.js';
export { checkThemeContrast, defaultTheme, componentTokens, type Theme } from './tokens/index.js';
