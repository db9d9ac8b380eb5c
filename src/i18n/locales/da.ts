import * as areas from '../messages/index.js';
import type { Messages } from '../types.js';

/**
 * Danish, the default catalogue: every listed area's Danish texts. Plain language, "du", one
 * instruction per message (DKFDS).
 */
export const da = Object.assign({}, ...Object.values(areas).map((area) => area.da)) as Messages;
