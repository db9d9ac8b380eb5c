import { css } from 'lit';

/** Without a `width`, the input fits a CPR number as `DDMMYY-SSSS` (11 characters). */
export const cprInputStyles = css`
  :host(:not([width])) .input { max-width: 25ex; }
`;
