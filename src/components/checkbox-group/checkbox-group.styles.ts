import { choiceMarkStyles } from '../../base/choice-mark.styles.js';

/** The drawn checkbox: a square box, filled with a tick while ticked (DKFDS *tjekboks*, as `bf-checkbox`). */
export const checkboxGroupStyles = choiceMarkStyles({ input: '.native', tick: true });
