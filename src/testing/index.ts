export { runFormControlSuite, type FormControlSuiteOptions } from './form-control-suite.js';
export {
  canReadAccessibilityTree,
  deepActiveElement,
  findAxNodes,
  idReferenceProblems,
  itWithAccessibilityTree,
  labelAndDescription,
  type AxNode,
} from './a11y.js';
export { FakeClock } from './fake-clock.js';
export {
  runIdentifierSuite,
  type IdentifierMessageCase,
  type IdentifierSuiteOptions,
} from './identifier-suite.js';
export {
  createField,
  fieldInForm,
  shownError,
  submitAndRead,
  type FieldAttributes,
  type FieldInForm,
} from './field-in-form.js';
