import { css } from 'lit';
import { hostTextRule } from '../../base/host-text.styles.js';
import { focusRing, focusedHeadingRules, pageHeading, primaryButton } from '../../base/action.styles.js';
import { token } from '../../tokens/css.js';

/** DKFDS startside: heading, purpose, facts (time, steps, saving), what you need, "Gå i gang". */
export const introStyles = css`
  :host {
    display: block;
    ${hostTextRule}
  }
  :host([hidden]) {
    display: none;
  }
  .heading {
    ${pageHeading}
    margin-block-end: ${token('space-5')};
  }
  ${focusedHeadingRules}
  .facts,
  .needs {
    margin: ${token('space-4')} 0;
    padding-inline-start: ${token('space-5')};
  }
  .facts li + li,
  .needs ::slotted(li) {
    margin-block-start: ${token('space-1')};
  }
  .subheading {
    margin: ${token('space-5')} 0 ${token('space-2')};
    font-size: 1.25em;
    font-weight: ${token('font-weight-label')};
  }
  .start {
    ${primaryButton}
    margin-block-start: ${token('space-5')};
  }
  .start::after {
    content: '›';
    font-size: 1.5em;
    line-height: 1;
  }
  .start:hover {
    background: ${token('color-primary-hover')};
  }
  .start:focus-visible {
    ${focusRing}
  }
`;
