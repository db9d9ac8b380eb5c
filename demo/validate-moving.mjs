// "Anmeld flytning"'s check on the server: the general check of a form page (validate-page.mjs),
// under the name the moving form's tests know.
export { localTodayIso, validatePage as validateMovingForm } from './validate-page.mjs';
