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
