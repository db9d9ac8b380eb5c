import { css } from 'lit';
import { hostTextRule } from '../../base/host-text.styles.js';
import { token } from '../../tokens/css.js';

/**
 * DKFDS 11 fejlopsummering: an error *besked* (a tinted box with the error colour's bar along its start
 * edge), the error icon, a heading and a list of links in the text colour. Tokens only.
 */
export const errorSummaryStyles = css`
  :host {
    display: block;
    ${hostTextRule}
  }
  :host([hidden]) {
    display: none;
  }
  .summary {
    display: flex;
    gap: ${token('space-2')};
    align-items: flex-start;
    margin-block-end: ${token('space-6')};
    padding: ${token('space-4')};
    border-inline-start: 4px solid ${token('error-color')};
    border-radius: ${token('radius')};
    background: ${token('color-error-background')};
  }
  .summary:focus {
    outline: ${token('focus-width')} solid ${token('focus-color')};
    outline-offset: ${token('focus-offset')};
  }
  .icon {
    flex: none;
    width: 1.5em;
    height: 1.5em;
  }
  .body {
    flex: 1 1 auto;
    min-width: 0;
  }
  .heading {
    margin: 0;
    font-size: 1em;
    font-weight: ${token('font-weight-label')};
    line-height: inherit;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list li {
    margin-block-start: ${token('space-2')};
  }
  .link {
    color: ${token('color-text')};
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
      border: ${token('border-width')} solid CanvasText;
      border-inline-start: 4px solid CanvasText;
    }
  }
`;
