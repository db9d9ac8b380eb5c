import { css } from 'lit';

/** Without a `width`, the input fits a phone number with its country code (`+45 12 34 56 78`). */
export const phoneInputStyles = css`
  :host(:not([width])) .input { max-width: 41ex; }
`;
