import { css } from 'lit';
import { focusRing, secondaryButton } from '../../base/action.styles.js';
import { hostTextRule } from '../../base/host-text.styles.js';
import { visuallyHiddenRule } from '../../base/visually-hidden.styles.js';
import { token } from '../../tokens/css.js';

/** What `bf-repeat` and `bf-repeat-item` share: a frameless fieldset with its legend, and the buttons. */
const groupRules = css`
  :host {
    display: block;
    ${hostTextRule}
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  .fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .legend {
    max-width: 100%;
    padding: 0;
    color: ${token('label-color')};
    font-weight: ${token('font-weight-label')};
    overflow-wrap: break-word;
    white-space: normal;
  }
  .button {
    ${secondaryButton}
  }
  .button:focus-visible {
    ${focusRing}
  }
`;

/** `bf-repeat`: the question, its hint, the items, then "Tilføj …". Tokens only. */
export const repeatStyles = [
  groupRules,
  css`
    .fieldset {
      margin-block-end: ${token('field-spacing')};
    }
    .legend {
      margin-block-end: ${token('space-2')};
      font-size: 1.25em;
    }
    .hint {
      margin-block-end: ${token('space-4')};
      color: ${token('hint-color')};
    }
    .max {
      margin: 0;
      color: ${token('hint-color')};
    }
    ${visuallyHiddenRule}
  `,
];

/** `bf-repeat-item`: one item, set off by a rule above it, its heading, its fields, "Fjern …". */
export const repeatItemStyles = [
  groupRules,
  css`
    .fieldset {
      margin-block-end: ${token('space-5')};
      padding-block-start: ${token('space-4')};
      border-block-start: ${token('border-width')} solid ${token('color-border-strong')};
    }
    .legend {
      float: inline-start; /* keeps the legend inside the rule's padding in every browser */
      width: 100%;
      margin-block-end: ${token('space-3')};
      font-size: 1.125em;
    }
    .fields {
      clear: both;
    }
  `,
];
