import { css } from 'lit';
import { hostTextRule } from '../../base/host-text.styles.js';
import { visuallyHiddenRule } from '../../base/visually-hidden.styles.js';
import { focusRing } from '../../base/action.styles.js';
import { token } from '../../tokens/css.js';

/** DKFDS opsummering / GOV.UK summary list: label, answer and "Rediger" per row. Tokens only, em sizes. */
export const summaryStyles = css`
  :host {
    display: block;
    margin-block-end: ${token('space-6')};
    ${hostTextRule}
  }
  :host([hidden]) {
    display: none;
  }
  .heading {
    margin: ${token('space-5')} 0 ${token('space-3')};
    font-size: 1.25em;
    font-weight: ${token('font-weight-label')};
  }
  .group-heading {
    margin: ${token('space-4')} 0 ${token('space-2')};
    font-size: 1.125em;
    font-weight: ${token('font-weight-label')};
  }
  .list {
    margin: 0;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
    gap: ${token('space-2')} ${token('space-4')};
    padding-block: ${token('space-3')};
    border-block-end: 1px solid ${token('input-border-color')};
  }
  .label {
    font-weight: ${token('font-weight-label')};
  }
  .value {
    margin: 0;
    white-space: pre-line; /* a text area's lines */
    overflow-wrap: anywhere;
  }
  .actions {
    margin: 0;
  }
  .edit {
    color: ${token('button-background')};
    text-decoration: underline;
  }
  .edit:focus-visible {
    ${focusRing}
  }
  /* Narrow screens (and 200 % zoom): label, answer and link stacked. */
  @container (max-width: 30em) {
    .row {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .list {
    container-type: inline-size;
  }
  ${visuallyHiddenRule}
`;
