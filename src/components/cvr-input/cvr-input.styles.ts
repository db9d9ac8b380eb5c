import { css } from 'lit';

/** Without a `width`, the input fits a CVR number, also written `DK 12 34 56 78`. */
export const cvrInputStyles = css`
  :host(:not([width])) .input { max-width: 30ex; }
`;
