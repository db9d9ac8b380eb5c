import { css } from 'lit';
import { token } from '../tokens/css.js';

/**
 * The text properties a host element sets for itself, inside `:host { … }`, so the page's inherited
 * typography (a theme's `body { text-align: center; text-transform: uppercase; letter-spacing: .2em;
 * font-style: italic }`, a 62.5 % root) cannot bend a field. Font, colour and line height come from
 * tokens a host may set; the rest is fixed where the layout depends on it. The font size is the one
 * base size (`font-size-body`, `medium` by default): every other size inside is in `em` of it.
 */
export const hostTextRule = css`
  color: ${token('color-text')};
  font-family: ${token('font-family')};
  font-size: ${token('font-size-body')};
  font-style: normal;
  font-variant: normal;
  font-weight: normal;
  line-height: ${token('line-height-body')};
  letter-spacing: normal;
  word-spacing: normal;
  text-align: start;
  text-indent: 0;
  text-transform: none;
  text-shadow: none;
  white-space: normal;
  overflow-wrap: break-word; /* long Danish compounds wrap instead of overflowing at 320 px */
`;
