import { css } from 'lit';
import { hostTextRule } from '../../base/host-text.styles.js';
import { token } from '../../tokens/css.js';

/** DKFDS fejlopsummering: a box with the error colour's bar, a heading and a list of links. Tokens only. */
export const errorSummaryStyles = css`
  :host {
    display: block;
    ${hostTextRule}
  }
  :host([hidden]) {
    display: none;
  }
  .summary {
    margin-block-end: ${token('space-6')};
    padding: ${token('space-4')};
    border: ${token('border-width')} solid ${token('error-color')};
    border-inline-start-width: calc(${token('border-width')} * 4);
    background: ${token('color-background')};
  }
  .summary:focus {
    outline: ${token('focus-width')} solid ${token('focus-color')};
    outline-offset: ${token('focus-offset')};
  }
  .heading {
    margin: 0 0 ${token('space-3')};
    font-size: 1.25em;
    font-weight: ${token('font-weight-label')};
  }
  .list {
    margin: 0;
    padding-inline-start: ${token('space-5')};
  }
  .list li + li {
    margin-block-start: ${token('space-2')};
  }
  .link {
    color: ${token('error-color')};
    font-weight: ${token('font-weight-label')};
    text-decoration: underline;
    overflow-wrap: anywhere;
  }
  .link:focus-visible {
    outline: ${token('focus-width')} solid ${token('focus-color')};
    outline-offset: ${token('focus-offset')};
    box-shadow: 0 0 0 ${token('focus-offset')} ${token('color-focus-halo')};
  }
  @media (forced-colors: active) {
    .summary {
      border-color: CanvasText;
    }
  }
`;
