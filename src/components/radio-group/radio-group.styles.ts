import { choiceMarkStyles } from '../../base/choice-mark.styles.js';

/** The drawn radio: a circle, with a filled dot while chosen (DKFDS *radioknap*). */
export const radioGroupStyles = choiceMarkStyles({ input: '.native', invalidGroup: '.fieldset' });
