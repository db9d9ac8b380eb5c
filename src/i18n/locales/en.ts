import * as areas from '../messages/index.js';
import type { Messages } from '../types.js';

/** English: every listed area's English texts. */
export const en = Object.assign({}, ...Object.values(areas).map((area) => area.en)) as Messages;
