import { css } from 'lit';
import { hostTextRule } from '../../base/host-text.styles.js';
import { focusRing, focusedHeadingRules, pageHeading, secondaryButton } from '../../base/action.styles.js';
import { token } from '../../tokens/css.js';

/** DKFDS kvittering: a success box with the heading and reference, what happens next, the answers. */
export const receiptStyles = css`
  :host {
    display: block;
    ${hostTextRule}
  }
  :host([hidden]) {
    display: none;
  }
  .confirmation {
    margin-block-end: ${token('space-6')};
    padding: ${token('space-5')};
    border: ${token('border-width')} solid ${token('button-background')};
    border-inline-start-width: calc(${token('border-width')} * 4);
  }
  .heading {
    ${pageHeading}
    margin-block-end: ${token('space-3')};
  }
  ${focusedHeadingRules}
  .reference {
    margin: 0;
    font-size: 1.25em;
    font-weight: ${token('font-weight-label')};
  }
  .sent,
  .digital-post {
    margin: ${token('space-2')} 0 0;
  }
  .subheading {
    margin: ${token('space-6')} 0 ${token('space-3')};
    font-size: 1.5em;
    font-weight: ${token('font-weight-label')};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-4')};
    margin-block: ${token('space-5')};
  }
  .print {
    ${secondaryButton}
  }
  .pdf {
    color: ${token('button-background')};
  }
  .print:focus-visible,
  .pdf:focus-visible {
    ${focusRing}
  }
  @media print {
    .actions {
      display: none;
    }
    .confirmation {
      border-color: CanvasText;
    }
  }
`;
