// Every message area, listed once: a new area is its file in this folder and one line here. The
// catalogue's keys (`MessageKey`), its type (`Messages`) and the whole Danish and English catalogues
// (`locales/`) follow from this list.
export { addressMessages } from './address.js';
export { alertMessages } from './alert.js';
export { bankAccountMessages } from './bank-account.js';
export { checkboxMessages } from './checkbox.js';
export { choiceMessages } from './choice.js';
export { dateInputMessages } from './date-input.js';
export { declarationMessages } from './declaration.js';
export { detailsMessages } from './details.js';
export { draftMessages } from './draft.js';
export { exitMessages } from './exit.js';
export { fieldMessages } from './field.js';
export { fileUploadMessages } from './file-upload.js';
export { formMessages } from './form.js';
export { identifiersMessages } from './identifiers.js';
export { pageMessages } from './page.js';
export { postcodeInputMessages } from './postcode-input.js';
export { prefilledMessages } from './prefilled.js';
export { receiptMessages } from './receipt.js';
export { repeatMessages } from './repeat.js';
export { sessionMessages } from './session.js';
export { summaryMessages } from './summary.js';
export { textFieldMessages } from './text-field.js';
export { textareaMessages } from './textarea.js';
export { wizardMessages } from './wizard.js';
